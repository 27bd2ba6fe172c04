import type { AgendaContext } from "./context";
import { timingOf, type ItemTiming, type MeetingDates } from "./deadlines";
import { scheduleOf, upcomingOf } from "./schedule";
import { LIMITS, type AgendaItem, type Meeting, type Schedule } from "./schema";

/**
 * What the agenda cards show, decided by the use cases (who may do what, which meetings and groups to
 * offer); cards/ turns a view into a card in a language. Text is raw here: the cards escape it.
 */

export interface GroupRef {
  readonly id: string;
  readonly name: string;
}

/** An item's card: the triage card for the group, or the submitter's receipt. */
export interface TriageView {
  readonly item: AgendaItem;
  readonly groupName: string;
  /** The item's meeting (for its date and time). */
  readonly meeting?: Pick<Meeting, "id" | "date" | "time" | "place">;
  /** Accept: planned meetings, the item's own first (the default). */
  readonly acceptMeetings: readonly Meeting[];
  /** Defer: planned meetings after the item's (the first is the default). */
  readonly laterMeetings: readonly Meeting[];
  /** Redirect: the other concrete groups, by name. */
  readonly groups: readonly GroupRef[];
  readonly viewer: { readonly mayTriage: boolean; readonly isSubmitter: boolean };
  /** Redirected: the receiving group's name. */
  readonly redirectedTo?: string;
  /** The item against its meeting's deadline (absent: as `item.late` says). */
  readonly timing?: ItemTiming;
  /** The time zone dates are shown in (TIME_ZONE); absent: Europe/Stockholm. */
  readonly timeZone?: string;
}

/** Concrete groups (not kinds) of the directory, by name. */
export async function concreteGroups(ctx: AgendaContext, except?: string): Promise<GroupRef[]> {
  const entries = (await ctx.options.directory?.get())?.entries ?? [];
  return entries
    .filter((e) => e.entryType !== "kind" && e.id !== except)
    .map((e) => ({ id: e.id, name: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

export async function triageView(ctx: AgendaContext, item: AgendaItem, viewer: TriageView["viewer"], schedule?: Schedule): Promise<TriageView> {
  const s = schedule ?? (await scheduleOf(ctx, item.groupId));
  const upcoming = await upcomingOf(ctx, s);
  const own = upcoming.find((m) => m.id === item.meetingId);
  const meeting = own ?? (item.meetingId ? await ctx.store.meeting(item.groupId, item.meetingId) : undefined);
  const mayAct = viewer.mayTriage && item.status !== "withdrawn";
  return {
    item,
    groupName: await ctx.groupName(item.groupId),
    ...(meeting ? { meeting } : {}),
    acceptMeetings: mayAct ? [...(own ? [own] : []), ...upcoming.filter((m) => m !== own)].slice(0, 12) : [],
    laterMeetings: mayAct ? upcoming.filter((m) => m.id !== item.meetingId && (!own || m.startsAt > own.startsAt)).slice(0, 12) : [],
    groups: mayAct ? (await concreteGroups(ctx, item.groupId)).slice(0, 80) : [],
    viewer,
    ...(item.status === "redirected" && item.triage?.toGroupId ? { redirectedTo: await ctx.groupName(item.triage.toGroupId) } : {}),
    timing: timingOf(item, meeting, s.settings),
    timeZone: ctx.options.timeZone,
  };
}

/** What the submit (or edit) form was given or typed, as raw text. */
export interface FormValues {
  readonly title?: string;
  readonly description?: string;
  readonly kind?: string;
  readonly meetingId?: string;
  readonly links?: string;
  readonly raiseAtMeeting?: boolean;
}

/** Why the form comes back: what to fix, or a group whose mandate fits better. */
export type FormNotice =
  | { readonly kind: "invalid"; readonly fields: readonly string[] }
  /** Another concrete group fits better: send it there, or send anyway. */
  | { readonly kind: "suggest"; readonly to: GroupRef }
  /** A kind of group fits better: which group of the kind? */
  | { readonly kind: "suggestKind"; readonly of: GroupRef; readonly groups: readonly GroupRef[] }
  /** A kind of group fits better, but the catalog has no group of that kind. */
  | { readonly kind: "kindWithoutGroups"; readonly of: GroupRef };

export interface FormView {
  readonly mode: "submit" | "edit";
  /** The group; undefined when the person chooses it on the form (`groups`, `preselected`). */
  readonly group?: GroupRef;
  readonly groups: readonly GroupRef[];
  readonly preselected?: string;
  /** The group's planned meetings (a chosen group only). */
  readonly meetings: readonly Meeting[];
  readonly next?: { readonly meeting: Meeting; readonly dates: MeetingDates; readonly late: boolean };
  readonly values: FormValues;
  readonly edit?: { readonly itemId: string; readonly revision: number };
  readonly notice?: FormNotice;
  /** Longest description the bot accepts (LIMITS and MAX_TEXT_LENGTH). */
  readonly descriptionMax: number;
  /** A new id per rendered submit form, sent back by its Send buttons (the item's id comes from it). */
  readonly formId?: string;
}

export const descriptionMax = (ctx: AgendaContext) => Math.min(LIMITS.description.max, ctx.options.maxDescription ?? LIMITS.description.max);
