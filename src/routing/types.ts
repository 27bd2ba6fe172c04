/**
 * The router's answer: the JSON contract of `samverkan route --json` (RouteResult) and the extra facts
 * the card shows (RouteDetail).
 */
import { z } from "zod";
import { RelationSchema } from "./lexicon";

export const RouteStatusSchema = z.enum(["owner", "ambiguous", "none"]);
export type RouteStatus = z.infer<typeof RouteStatusSchema>;

export const RouteCitationSchema = z.object({ groupId: z.string(), section: z.string(), text: z.string() });
export type RouteCitation = z.infer<typeof RouteCitationSchema>;

export const RouteOwnerSchema = z.object({ id: z.string(), name: z.string(), organization: z.string() });

export const RouteCandidateSchema = RouteOwnerSchema.extend({ score: z.number().min(0).max(1) });
export type RouteCandidate = z.infer<typeof RouteCandidateSchema>;

export const RouteEscalationSchema = z.object({ to: z.object({ id: z.string(), name: z.string() }), section: z.string(), text: z.string() });
export type RouteEscalation = z.infer<typeof RouteEscalationSchema>;

export const RouteResultSchema = z.object({
  status: RouteStatusSchema,
  owner: RouteOwnerSchema.nullable(),
  confidence: z.number().min(0).max(1),
  citations: z.array(RouteCitationSchema),
  candidates: z.array(RouteCandidateSchema),
  escalation: RouteEscalationSchema.nullable(),
});
export type RouteResult = z.infer<typeof RouteResultSchema>;

export const OrganizationSourceSchema = z.enum(["question", "given", "remembered", "subject"]);

/** What the question asked, as the router read it (for the card, the CLI's --explain and logs). */
export const RouteAnalysisSchema = z.object({
  /** The organisation used (id) and where it came from; absent when none was known. */
  organization: z
    .object({
      id: z.string(),
      name: z.string(),
      source: OrganizationSourceSchema,
      /** The question itself settles it: it names the organisation, or a group by a name only that organisation has
       * ("VCG", "Chefsforum", "samordningsrådet för …"), not only a care area another organisation's groups may cover. */
      settled: z.boolean().optional(),
    })
    .nullable(),
  /** The group the question names, if any. */
  subject: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** "topic" (who owns it) or the relation asked for. */
  asks: z.union([z.literal("topic"), RelationSchema]),
  /** How the answer was found. */
  reason: z.enum(["topic", "boundary", "actor", "relation", "relation-unknown", "relation-unsure", "kind-only", "name", "empty", "organization", "own-case", "not-care", "political", "outside"]),
  /** A kind of group answered because no concrete group of it covers the area; its concrete groups. */
  kindOnly: z.object({ kind: z.object({ id: z.string(), name: z.string() }), groups: z.array(z.object({ id: z.string(), name: z.string() })) }).nullable(),
  /** What the owner is: a concrete group, a kind of group (a template), a role (a person's post), another body. */
  ownerIs: z.enum(["group", "kind", "role", "body"]).nullable(),
  /** Several organisations fit: ask which one. */
  askOrganization: z.boolean(),
  language: z.enum(["sv", "en"]),
});
export type RouteAnalysis = z.infer<typeof RouteAnalysisSchema>;

export interface RouteDetail {
  readonly result: RouteResult;
  readonly analysis: RouteAnalysis;
}

export interface RouteQuery {
  readonly question: string;
  /** Organisation id or alias given explicitly (--org, a click on the card). */
  readonly org?: string;
  /** Organisation remembered for the person (id or alias). */
  readonly rememberedOrg?: string;
}

export const noAnswer = (): RouteResult => ({ status: "none", owner: null, confidence: 0, citations: [], candidates: [], escalation: null });
