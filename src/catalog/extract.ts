import type { BodyPattern } from "./bodies";
import type { ParsedDocument, ParseNote } from "./parser";
import type { Clause, GroupRecord } from "./schema";
import { fold } from "./text";
import { extractBoundaries } from "./extract/boundaries";
import { extractCommissioner, extractParent } from "./extract/commissioner";
import { extractComposition } from "./extract/composition";
import type { ExtractContext, Placeholder } from "./extract/context";
import { extractDecisionRules, extractEscalation } from "./extract/decisions";
import { extractDuties, extractPurpose } from "./extract/duties";
import { detectOrganization, extractIdentity, titleOf } from "./extract/identity";
import { mentionsOf, notePlaceholders, noteUnplacedPreamble, otherClauses } from "./extract/leftovers";
import { extractMeetingFrequency } from "./extract/meetings";
import { extractReporting } from "./extract/reporting";
import { extractValidity } from "./extract/validity";

export { detectOrganization, nameFromPreamble } from "./extract/identity";

/**
 * Interprets a parsed document: the document's own catalog entry with every fact cited, and the bodies
 * its clauses name. Nothing is guessed: a fact without a clause to cite stays absent. Each field has its
 * extractor in ./extract/; this file puts the record together.
 */

export interface ExtractedDocument {
  readonly record: GroupRecord;
  /** Bodies named in the document: the entry id and the clause naming it. */
  readonly mentions: { body: BodyPattern; clause: Clause }[];
  /** Referenced entries that no lexicon knows (e.g. a commissioner named only in words). */
  readonly adHocBodies: BodyPattern[];
  readonly notes: ParseNote[];
  /** Placeholders ("xxx") left in the document, with the field they leave open. */
  readonly placeholders: Placeholder[];
  readonly missingDate: boolean;
}

export interface ExtractOptions {
  readonly organizationId?: string;
  readonly name?: string;
  readonly entryType?: "group" | "kind";
  readonly extraBodies?: readonly BodyPattern[];
}

export function extractDocument(doc: ParsedDocument, opts: ExtractOptions = {}): ExtractedDocument {
  const allText = [...doc.preamble.map((s) => s.text), ...doc.sections.flatMap((s) => [s.heading, ...s.clauses.map((c) => c.text)])].join("\n");
  const organizationId = opts.organizationId ?? detectOrganization(allText);
  const identity = extractIdentity(doc, organizationId, opts);
  const ctx: ExtractContext = { doc, organizationId, extra: opts.extraBodies ?? [], selfId: identity.id, notes: [...doc.notes], placeholders: [...identity.placeholders] };

  const { commissioner, clauses: commissionerClauses, adHocBodies } = extractCommissioner(ctx);
  const parent = extractParent(ctx);
  const purpose = extractPurpose(ctx);
  const { duties, misplacedComposition } = extractDuties(ctx);
  const boundaries = extractBoundaries(ctx);
  const people = extractComposition(ctx, misplacedComposition);
  const meetingFrequency = extractMeetingFrequency(ctx);
  const reporting = extractReporting(ctx);
  const decisionRules = extractDecisionRules(ctx);
  const escalation = extractEscalation(ctx);
  const dated = extractValidity(ctx);
  notePlaceholders(ctx);
  noteUnplacedPreamble(ctx);
  const used = [...duties, ...purpose, ...commissionerClauses, ...people.used, ...(dated.validity?.clauses ?? []), ...decisionRules, ...escalation, ...boundaries, ...reporting.map((r) => r.clause)];
  if (meetingFrequency) used.push(meetingFrequency.clause);
  const title = titleOf(doc);

  const record: GroupRecord = {
    id: identity.id,
    type: "group",
    entryType: identity.isKind ? "kind" : "group",
    name: identity.name,
    aliases: [...new Set([identity.selfBody?.name, identity.parsedName].filter((a): a is string => !!a && fold(a) !== fold(identity.name)))],
    ...(identity.area ? { area: identity.area } : {}),
    organizationId,
    knownOnlyFromReferences: false,
    ...(commissioner ? { commissioner } : {}),
    ...(parent ? { parent } : {}),
    purpose,
    duties,
    boundaries,
    ...(people.composition ? { composition: people.composition } : {}),
    ...(people.chair ? { chair: people.chair } : {}),
    ...(people.viceChair ? { viceChair: people.viceChair } : {}),
    coOpted: people.coOpted,
    ...(meetingFrequency ? { meetingFrequency } : {}),
    reporting,
    decisionRules,
    escalation,
    ...(dated.validity ? { validity: dated.validity } : {}),
    other: otherClauses(ctx, used),
    mentions: [],
    document: {
      documentId: doc.documentId,
      fileName: doc.fileName,
      ...(title ? { title } : {}),
      ...(dated.diarienummer ? { diarienummer: dated.diarienummer } : {}),
      ...(dated.date ? { date: dated.date } : {}),
      ...(dated.decidedBy ? { decidedBy: dated.decidedDate ? `${dated.decidedBy}, ${dated.decidedDate}` : dated.decidedBy } : {}),
      contentHash: doc.contentHash,
      lineCount: doc.lineCount,
    },
    overriddenFields: [],
  };
  const mentions = mentionsOf(ctx, adHocBodies, commissioner ? { text: commissioner.text, citation: commissioner.citation } : undefined);
  return { record, mentions, adHocBodies, notes: ctx.notes, placeholders: ctx.placeholders, missingDate: dated.missingDate };
}
