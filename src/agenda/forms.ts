import { handledBy, holds, type AgendaContext } from "./context";
import { editItem, submitItem, type SubmitOptions } from "./items";
import { nextOf, scheduleOf, upcomingOf } from "./schedule";
import { ItemInputSchema, LIMITS, refuse, type Actor, type AgendaItem, type ItemInput, type Result } from "./schema";
import { suggestionFor } from "./suggest";
import { concreteGroups, descriptionMax, type FormNotice, type FormValues, type FormView, type GroupRef, type TriageView } from "./views";

/**
 * The submit form and its answers: the form for a group (or with a group picker), the form sent back with
 * what to fix or a better group, the submit itself, and the submitter's edit of an untriaged item.
 */

/** What comes back from the form: the receipt, or the form again (with what was typed, and why). */
export type FormOutcome = Result<{ kind: "receipt"; item: AgendaItem; view: TriageView } | { kind: "form"; view: FormView }>;

export interface FormFields {
  readonly title: string;
  readonly description: string;
  readonly kind: string;
  /** Links as typed: separated by spaces or new lines. */
  readonly links: string;
}

export interface SubmitFields extends FormFields {
  readonly groupId: string;
  readonly preferredMeetingId?: string;
  readonly raiseAtMeeting: boolean;
  /** "Send anyway" after a suggestion: no second routing check. */
  readonly force: boolean;
  /** The form's id (FormView.formId): a second press of the same form makes no second item. */
  readonly formId?: string;
}

async function concreteGroup(ctx: AgendaContext, groupId: string): Promise<GroupRef | undefined> {
  const e = ((await ctx.options.directory?.get())?.entries ?? []).find((x) => x.id === groupId && x.entryType !== "kind");
  return e ? { id: e.id, name: e.name } : undefined;
}

/** Values cut to what the form's inputs hold. */
function clipped(ctx: AgendaContext, v: FormValues): FormValues {
  const cut = (s: string | undefined, n: number) => (s === undefined ? undefined : s.trim().slice(0, n));
  return { ...v, title: cut(v.title, LIMITS.title.max), description: cut(v.description, descriptionMax(ctx)), links: cut(v.links, 4000) };
}

async function formFor(ctx: AgendaContext, group: GroupRef, values: FormValues, extra: Partial<Pick<FormView, "notice" | "edit">> = {}): Promise<FormView> {
  const edit = !!extra.edit;
  const schedule = edit ? undefined : await scheduleOf(ctx, group.id);
  const next = schedule ? await nextOf(ctx, schedule) : undefined;
  return {
    mode: edit ? "edit" : "submit",
    group,
    groups: [],
    meetings: schedule ? (await upcomingOf(ctx, schedule)).slice(0, 12) : [],
    ...(next ? { next } : {}),
    values: clipped(ctx, values),
    descriptionMax: descriptionMax(ctx),
    ...(edit ? {} : { formId: ctx.newId() }),
    ...extra,
  };
}

/**
 * The submit form of a group (a routing answer's "submit an item", a suggestion's "send there"), or,
 * without a group, the form with a group picker, the group the person last submitted to preselected.
 */
export async function form(ctx: AgendaContext, actor: Actor, request: { groupId?: string; values?: FormValues }): Promise<Result<{ view: FormView }>> {
  const values = request.values ?? {};
  if (request.groupId !== undefined) {
    const group = await concreteGroup(ctx, request.groupId);
    if (!group) return refuse("UNKNOWN_GROUP");
    return { ok: true, view: await formFor(ctx, group, values) };
  }
  const groups = await concreteGroups(ctx);
  const last = actor.tenantId ? await ctx.options.preferences?.lastAgendaGroup(actor.tenantId, actor.userId) : undefined;
  const preselected = groups.some((g) => g.id === last) ? last : undefined;
  return {
    ok: true,
    view: { mode: "submit", groups, ...(preselected ? { preselected } : {}), meetings: [], values: clipped(ctx, values), descriptionMax: descriptionMax(ctx), formId: ctx.newId() },
  };
}

/** The fields as the item's input, or the names of the fields to fix. */
function itemInput(ctx: AgendaContext, f: FormFields & { preferredMeetingId?: string; raiseAtMeeting?: boolean }): { input: ItemInput } | { fields: string[] } {
  const input: ItemInput = {
    title: f.title,
    description: f.description,
    kind: f.kind as ItemInput["kind"],
    ...(f.preferredMeetingId?.trim() ? { preferredMeetingId: f.preferredMeetingId.trim() } : {}),
    links: f.links.split(/\s+/).filter(Boolean),
    raiseAtMeeting: !!f.raiseAtMeeting,
  };
  const checked = ItemInputSchema.safeParse(input);
  const tooLong = f.description.trim().length > descriptionMax(ctx);
  if (checked.success && !tooLong) return { input };
  return { fields: [...new Set([...(checked.success ? [] : checked.error.issues.map((i) => i.path.join("."))), ...(tooLong ? ["description"] : [])])] };
}

const invalidNotice = (fields: readonly string[]): FormNotice => ({ kind: "invalid", fields });

/** The form's Send: checked, then (unless sent anyway) compared with the mandates, then submitted. */
export async function submitFromForm(ctx: AgendaContext, actor: Actor, f: SubmitFields, options: SubmitOptions = {}): Promise<FormOutcome> {
  const group = await concreteGroup(ctx, f.groupId);
  if (!group) return refuse("UNKNOWN_GROUP");
  const values: FormValues = { ...f, meetingId: f.preferredMeetingId ?? "" };
  const checked = itemInput(ctx, f);
  if ("fields" in checked) return { ok: true, kind: "form", view: await formFor(ctx, group, values, { notice: invalidNotice(checked.fields) }) };
  if (!f.force) {
    const notice = await suggestionFor(ctx, `${f.title}\n${f.description}`, group.id);
    if (notice) return { ok: true, kind: "form", view: await formFor(ctx, group, values, { notice }) };
  }
  const r = await submitItem(ctx, actor, group.id, checked.input, undefined, { ...options, ...(f.formId ? { formId: f.formId } : {}) });
  if (!r.ok) {
    if (r.code !== "INVALID_INPUT") return r;
    return { ok: true, kind: "form", view: await formFor(ctx, group, values, { notice: invalidNotice((r.issues ?? []).map((i) => i.path)) }) };
  }
  return { ok: true, kind: "receipt", item: r.item, view: r.receipt };
}

/** The receipt's "Edit": the form with the item's text, for its submitter while untriaged. */
export async function editForm(ctx: AgendaContext, actor: Actor, groupId: string, itemId: string, revision: number): Promise<Result<{ view: FormView }>> {
  const item = await ctx.store.item(groupId, itemId);
  const group = await concreteGroup(ctx, groupId);
  if (!item || !group) return refuse("NOT_FOUND", { subject: "item" });
  if (!holds(item.submitter, actor)) return refuse("NOT_ALLOWED", { right: "edit" });
  if (item.status !== "submitted") return handledBy(item);
  if (item.revision !== revision) return refuse("STALE_REVISION", { subject: "item", revision: item.revision });
  const values = { title: item.title, description: item.description, kind: item.kind, links: item.links.join("\n") };
  return { ok: true, view: await formFor(ctx, group, values, { edit: { itemId, revision } }) };
}

/** The edit form's Save: submitter, status and revision are checked by editItem. */
export async function saveEdit(ctx: AgendaContext, actor: Actor, f: FormFields & { groupId: string; itemId: string; revision: number }): Promise<FormOutcome> {
  const group = await concreteGroup(ctx, f.groupId);
  if (!group) return refuse("NOT_FOUND", { subject: "item" });
  const edit = { itemId: f.itemId, revision: f.revision };
  const checked = itemInput(ctx, f);
  if ("fields" in checked) return { ok: true, kind: "form", view: await formFor(ctx, group, f, { edit, notice: invalidNotice(checked.fields) }) };
  const { title, description, kind, links } = checked.input;
  const r = await editItem(ctx, actor, group.id, f.itemId, f.revision, { title, description, kind, links });
  if (!r.ok) {
    if (r.code !== "INVALID_INPUT") return r;
    return { ok: true, kind: "form", view: await formFor(ctx, group, f, { edit, notice: invalidNotice((r.issues ?? []).map((i) => i.path)) }) };
  }
  return { ok: true, kind: "receipt", item: r.item, view: r.receipt };
}
