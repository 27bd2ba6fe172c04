import { z } from "zod";
import template from "./agenda-submit.json";
import { escapeInput, escapeText, renderTemplate, truncate, unescapeInput, type AdaptiveCard } from "./render";
import { IdSchema } from "../src/domain/ids";
import { RevisionSchema } from "./agenda-triage";
import { LanguageSchema, type Language } from "../src/domain/language";
import { ITEM_KINDS } from "../src/agenda/schema";
import type { FormView } from "../src/agenda/views";
import type { Messages } from "../src/i18n";

/**
 * The form for submitting an item (ärende) to a group — with a group picker when no group was named —
 * or for editing an untriaged item (mode "edit"). The form comes back with what was typed and a notice:
 * what to fix, or a group whose mandate fits better (a concrete group, or a choice of the groups of a kind).
 * The group, item and revision are checked again on the server.
 */
export const AgendaSubmitCardSchema = z.object({
  mode: z.enum(["submit", "edit"]).default("submit"),
  lang: LanguageSchema,
  heading: z.string().min(1),
  deadline: z.string().default(""),
  deadlinePassed: z.boolean().default(false),
  /** A message above the form: what to fix (attention), or a suggestion (accent). */
  notice: z.string().default(""),
  noticeColor: z.enum(["Attention", "Accent"]).default("Accent"),
  /** The router suggested another group: "Send anyway" replaces "Send". */
  suggested: z.boolean().default(false),
  /** A concrete group to send it to instead ("" for none). */
  suggestedGroupId: z.string().default(""),
  /** The rendered form's id, in its Send buttons' data ("" in the edit form). */
  formId: z.string().default(""),
  /** The groups of a suggested kind: "Send to a group of that kind" with a choice. */
  suggestedGroups: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  /** No group named: the person picks it (the last one they used preselected). */
  picker: z.boolean().default(false),
  groups: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  preselected: z.string().default(""),
  groupId: z.string().default(""),
  /** Opened from a routing answer: "Back to the answer" answers that question again (routing.choose), in the group's organisation. */
  backQuestion: z.string().max(500).default(""),
  backOrganizationId: z.string().default(""),
  itemId: z.string().default(""),
  revision: z.number().int().min(0).default(0),
  kinds: z.array(z.object({ title: z.string(), value: z.string() })).min(1),
  meetings: z.array(z.object({ title: z.string(), value: z.string() })),
  values: z
    .object({
      title: z.string().default(""),
      description: z.string().default(""),
      kind: z.string().default("information"),
      meetingId: z.string().default(""),
      links: z.string().default(""),
      raiseAtMeeting: z.enum(["true", "false"]).default("false"),
    })
    .default({}),
  labels: z.object({
    group: z.string(),
    title: z.string(),
    description: z.string(),
    kind: z.string(),
    meeting: z.string(),
    links: z.string(),
    raiseAtMeeting: z.string(),
    send: z.string(),
    sendAnyway: z.string(),
    sendTo: z.string(),
    sendToOne: z.string(),
    whichGroup: z.string(),
    save: z.string(),
    back: z.string(),
    groupMissing: z.string(),
    titleMissing: z.string(),
    descriptionMissing: z.string(),
  }),
});
export type AgendaSubmitCardData = z.input<typeof AgendaSubmitCardSchema>;

/** Card inputs come as strings; a toggle or flag may come as a boolean from other clients. */
const Flag = z.union([z.boolean(), z.string().max(10)]).transform((v) => v === true || v === "true");
/** A typed text: the form's inputs neutralise template expressions, taken back here. */
const Typed = (max: number) => z.string().max(max).default("").transform(unescapeInput);
const OptionalId = z.union([IdSchema, z.literal("")]).optional();

/** agenda.submit: the form's Send (the group from the action data, or from the picker input). */
export const SubmitDataSchema = z.object({
  groupId: IdSchema,
  lang: LanguageSchema.optional(),
  title: Typed(100_000),
  description: Typed(100_000),
  kind: z.string().max(100).default("information"),
  preferredMeetingId: OptionalId,
  links: Typed(100_000),
  raiseAtMeeting: Flag.default(false),
  /** "Send anyway" after a suggestion: no second routing check. */
  force: Flag.default(false),
  /** The rendered form's id: the same form sent twice makes one item. */
  formId: z.union([IdSchema.max(100), z.literal("")]).optional().transform((v) => v || undefined),
});

/** agenda.form: the form for a group (a routing answer's button, or a suggestion with the typed inputs). */
export const FormDataSchema = z
  .object({
    groupId: IdSchema.optional(),
    /** From "send to a group of that kind": the group chosen on the card. */
    suggestedGroupId: IdSchema.optional(),
    lang: LanguageSchema.optional(),
    question: Typed(100_000).optional(),
    carry: Flag.default(false),
    title: Typed(100_000).optional(),
    description: Typed(100_000).optional(),
    kind: z.string().max(100).optional(),
    links: Typed(100_000).optional(),
  })
  .refine((d) => !!(d.suggestedGroupId ?? d.groupId), { message: "a group is required" });

/** agenda.edit: the item and the revision the submitter saw, plus the inputs. */
export const EditDataSchema = z.object({
  groupId: IdSchema,
  itemId: IdSchema,
  revision: RevisionSchema,
  lang: LanguageSchema.optional(),
  title: Typed(100_000),
  description: Typed(100_000),
  kind: z.string().max(100).default("information"),
  links: Typed(100_000),
});

const choice = (g: { id: string; name: string }) => ({ title: escapeInput(truncate(g.name, 90)), value: g.id });

function noticeText(view: FormView, t: Messages): { notice: string; color: "Attention" | "Accent" } {
  const s = t.agenda.submit;
  const group = escapeText(view.group?.name ?? "");
  const n = view.notice;
  if (!n) return { notice: "", color: "Accent" };
  if (n.kind === "invalid") return { notice: s.invalid(n.fields), color: "Attention" };
  if (n.kind === "suggest") return { notice: s.suggest(group, escapeText(n.to.name)), color: "Accent" };
  if (n.kind === "suggestKind") return { notice: s.suggestKind(group, escapeText(n.of.name)), color: "Accent" };
  return { notice: s.kindWithoutGroups(group, escapeText(n.of.name)), color: "Accent" };
}

/** Where the form was opened from a routing answer: its question and organisation, for "Back to the answer". */
export interface FormOrigin {
  readonly question: string;
  readonly organizationId: string;
}

/** The form card of a view, in a language. */
export function submitFormCard(view: FormView, t: Messages, lang: Language, origin?: FormOrigin): AdaptiveCard {
  const s = t.agenda.submit;
  const v = view.values;
  const next = view.next;
  const n = view.notice;
  const { notice, color } = noticeText(view, t);
  const heading = !view.group ? s.pickHeading : view.mode === "edit" ? s.editHeading(escapeText(view.group.name)) : s.heading(escapeText(view.group.name));
  const deadline = next && view.mode === "submit" ? (next.late ? s.deadlinePassed : s.deadline)(next.dates.itemDeadline, `${next.meeting.date} ${next.meeting.time}`) : "";
  const card = renderTemplate(template, AgendaSubmitCardSchema, {
    mode: view.mode,
    lang,
    heading,
    deadline,
    deadlinePassed: !!next?.late,
    notice,
    noticeColor: color,
    suggested: !!n && n.kind !== "invalid",
    suggestedGroupId: n?.kind === "suggest" ? n.to.id : "",
    suggestedGroups: n?.kind === "suggestKind" ? n.groups.map(choice) : [],
    picker: !view.group,
    groups: view.groups.map(choice),
    preselected: view.preselected ?? "",
    groupId: view.group?.id ?? "",
    formId: view.formId ?? "",
    // the question goes back in an action's data (never shown), as the answer card carries it
    backQuestion: origin && view.mode === "submit" ? escapeInput(truncate(origin.question.replace(/[<>]/g, " "), 500)) : "",
    backOrganizationId: origin?.organizationId ?? "",
    ...(view.edit ? { itemId: view.edit.itemId, revision: view.edit.revision } : {}),
    kinds: ITEM_KINDS.map((k) => ({ title: t.agenda.kindLabel[k], value: k })),
    meetings: view.meetings.map((m) => ({ title: escapeInput(`${t.agenda.localDate(`${m.date} ${m.time}`)}${m.place ? `, ${truncate(m.place, 60)}` : ""}`), value: m.id })),
    values: {
      title: escapeInput(v.title ?? ""),
      description: escapeInput(v.description ?? ""),
      kind: v.kind && (ITEM_KINDS as readonly string[]).includes(v.kind) ? v.kind : "information",
      // The next meeting shown as chosen (the default anyway): an empty picker reads as "no meeting".
      meetingId: v.meetingId || view.meetings[0]?.id || "",
      links: escapeInput(v.links ?? ""),
      raiseAtMeeting: v.raiseAtMeeting ? "true" : "false",
    },
    labels: s.labels,
  });
  // Templating turns every value into a string: the revision and the description's limit go back as numbers.
  const out = JSON.parse(JSON.stringify(card).replace(/"revision":"(\d+)"/g, '"revision":$1')) as AdaptiveCard & { body: { id?: string; maxLength?: number }[] };
  const description = out.body.find((b) => b.id === "description");
  if (description) description.maxLength = view.descriptionMax;
  return out;
}
