import { homeChannel } from "./channel";
import { zonedDate, type LocalDate } from "../domain/working-days";
import type { AgendaContext } from "./context";
import { agenda } from "./items";
import { cancelMeeting, createMeeting, meetingsView, rescheduleMeeting, type MeetingInput, type MeetingsView } from "./meetings";
import { refreshKallelse } from "./notices";
import type { Actor, Meeting, Refusal, Result } from "./schema";

/**
 * A change to a group's meetings from Teams or the CLI, with what follows it: a kallelse already posted
 * is updated with the new details, and the meetings card shows the group's meetings after the change.
 */

export type MeetingChange =
  | { readonly kind: "create"; readonly input: MeetingInput }
  | { readonly kind: "reschedule"; readonly meetingId: string; readonly revision: number; readonly input: MeetingInput }
  | { readonly kind: "cancel"; readonly meetingId: string; readonly revision: number; readonly reason?: string };

export interface MeetingChanged {
  readonly done: MeetingChange["kind"];
  readonly meeting: Meeting;
  /** A kallelse had been posted for the meeting and is updated. */
  readonly kallelseUpdated: boolean;
  /** The group's meetings after the change, for the actor. */
  readonly view: MeetingsView;
  /**
   * Dates of a created or moved meeting that had already passed when it was set: the kallelse then goes
   * out at the next kallelse run (`posted`: the group has a home channel for it), and items submitted now
   * are late. A secretary who books a meeting four days ahead must be told, not find out from the channel.
   */
  readonly passed?: { readonly kallelse?: { readonly date: LocalDate; readonly posted: boolean }; readonly itemDeadline?: LocalDate };
}

/** A refusal, and for a stale card the current meetings (the card shows them with the refusal above). */
export type MeetingChangeOutcome = Result<MeetingChanged> | (Refusal & { readonly view?: MeetingsView });

/** Re-renders a posted kallelse after a reschedule or cancellation; false when none was posted. */
export async function updatePostedKallelse(ctx: AgendaContext, meeting: Meeting): Promise<boolean> {
  const posting = ctx.options.posting;
  if (!posting?.kallelse) return false;
  const lookups = { agenda: (g: string, m?: string) => agenda(ctx, g, m), homeChannel: (g: string) => homeChannel(ctx, g) };
  return refreshKallelse(lookups, posting.outbox, meeting, posting.kallelse);
}

export async function changeMeeting(ctx: AgendaContext, actor: Actor, groupId: string, change: MeetingChange): Promise<MeetingChangeOutcome> {
  const r =
    change.kind === "create"
      ? await createMeeting(ctx, actor, groupId, change.input)
      : change.kind === "reschedule"
        ? await rescheduleMeeting(ctx, actor, groupId, change.meetingId, change.revision, change.input)
        : await cancelMeeting(ctx, actor, groupId, change.meetingId, change.revision, change.reason);
  if (!r.ok) {
    if (r.code !== "STALE_REVISION") return r;
    const current = await meetingsView(ctx, actor, groupId);
    return current.ok ? { ...r, view: current.view } : r;
  }
  const kallelseUpdated = change.kind === "create" ? false : await updatePostedKallelse(ctx, r.meeting);
  const view = await meetingsView(ctx, actor, groupId);
  if (!view.ok) return view;
  const passed = change.kind === "cancel" || kallelseUpdated ? undefined : await passedDates(ctx, view.view, r.meeting);
  return { ok: true, done: change.kind, meeting: r.meeting, kallelseUpdated, view: view.view, ...(passed ? { passed } : {}) };
}

async function passedDates(ctx: AgendaContext, view: MeetingsView, meeting: Meeting): Promise<MeetingChanged["passed"]> {
  const dates = view.meetings.find((m) => m.id === meeting.id)?.dates;
  if (!dates) return undefined;
  const now = ctx.clock.now();
  const kallelse = Date.parse(dates.kallelseAt) <= now.getTime() ? { date: dates.kallelseDate, posted: (await homeChannel(ctx, meeting.groupId)) !== undefined } : undefined;
  const itemDeadline = zonedDate(now, ctx.options.timeZone) > dates.itemDeadline ? dates.itemDeadline : undefined;
  return kallelse || itemDeadline ? { ...(kallelse ? { kallelse } : {}), ...(itemDeadline ? { itemDeadline } : {}) } : undefined;
}
