import type { Payload } from "../delivery/model";
import type { EnqueueRequest, Outbox } from "../delivery/ports";
import type { ScheduledJob } from "../delivery/scheduler";
import type { AgendaService } from "./agenda-service";
import { lateOn, meetingDates, type MeetingDates } from "./deadlines";
import type { AgendaItem, ChannelBinding, GroupSettingsInput, Meeting } from "./schema";
import type { Messages } from "../i18n";

/**
 * The kallelse: at its time (kallelseAt: the group's kallelse date and time in TIME_ZONE) the meeting's
 * details and agenda are posted in the group's home channel, once (outbox id `<meetingId>:kallelse`).
 * The job runs every 15 minutes and catches up: a kallelse whose time has passed is posted on the next
 * run while the meeting has not started. A group without a home channel gets nothing posted; its
 * kallelse is listed as unsent (`kallelser(at)` with `binding` undefined).
 */
export interface KallelseView {
  readonly groupId: string;
  readonly meeting: Meeting;
  readonly dates: MeetingDates;
  /** Accepted items, in agenda order. */
  readonly items: readonly AgendaItem[];
  readonly binding?: ChannelBinding;
}

export const KALLELSE_JOB = "kallelse";
export const kallelseOutboxId = (meetingId: string) => `${meetingId}:kallelse`;

/** Kallelser due at an instant: planned meetings not started whose kallelse time has come. */
export async function kallelserDue(agenda: AgendaService, at: Date): Promise<KallelseView[]> {
  const out: KallelseView[] = [];
  const settings = new Map<string, GroupSettingsInput>();
  for (const meeting of await agenda.plannedMeetingsAfter(at.toISOString())) {
    // The dates first (one settings read per group): only a due kallelse reads its agenda.
    if (!settings.has(meeting.groupId)) settings.set(meeting.groupId, await agenda.settings(meeting.groupId));
    if (Date.parse(meetingDates(meeting, settings.get(meeting.groupId)).kallelseAt) > at.getTime()) continue;
    const r = await agenda.agenda(meeting.groupId, meeting.id);
    if (!r.ok) continue;
    const binding = await agenda.homeChannel(meeting.groupId);
    out.push({ groupId: meeting.groupId, meeting, dates: r.agenda.dates, items: r.agenda.items, ...(binding ? { binding } : {}) });
  }
  return out;
}

/** The outbox requests for the kallelser due at an instant (only groups with a home channel). */
export type KallelseRenderer = (view: KallelseView) => Payload | Promise<Payload>;

export async function kallelseRequests(agenda: AgendaService, at: Date, render: KallelseRenderer): Promise<EnqueueRequest[]> {
  const due = await kallelserDue(agenda, at);
  const out: EnqueueRequest[] = [];
  for (const v of due) {
    if (!v.binding) continue;
    out.push({
      id: kallelseOutboxId(v.meeting.id),
      target: { kind: "channel", tenantId: v.binding.tenantId, conversationId: v.binding.conversationId, groupId: v.groupId },
      payload: await render(v),
    });
  }
  return out;
}

/**
 * The scheduler job. `render` turns a view into the posted activity (the bot composes it with the
 * kallelse card; src/ does not know cards). Register it on the delivery scheduler of each process.
 */
/**
 * Reads only: whether the job has work at `at` — a schedule to repair, or a kallelse whose time has come
 * for a group with a home channel and that is not in the outbox yet. Most runs have none: then the slot
 * is not claimed and nothing is written.
 */
export async function kallelsePending(agenda: AgendaService, outbox: Pick<Outbox, "get">, at: Date): Promise<boolean> {
  if ((await agenda.staleSchedules()).length > 0) return true;
  const settings = new Map<string, GroupSettingsInput>();
  for (const meeting of await agenda.plannedMeetingsAfter(at.toISOString())) {
    if (!settings.has(meeting.groupId)) settings.set(meeting.groupId, await agenda.settings(meeting.groupId));
    if (Date.parse(meetingDates(meeting, settings.get(meeting.groupId)).kallelseAt) > at.getTime()) continue;
    if (await outbox.get(kallelseOutboxId(meeting.id))) continue;
    if (await agenda.homeChannel(meeting.groupId)) return true;
  }
  return false;
}

export function kallelseJob(agenda: AgendaService, render: KallelseRenderer, outbox: Pick<Outbox, "get">, schedule = "*/15 * * * *"): ScheduledJob {
  return {
    name: KALLELSE_JOB,
    schedule,
    pending: (ctx) => kallelsePending(agenda, outbox, ctx.at),
    due: async (ctx) => {
      // The group schedules a crash left out of date are rebuilt here (no job, no lease of their own).
      await agenda.repairSchedules();
      return kallelseRequests(agenda, ctx.at, render);
    },
  };
}

/**
 * The kallelse as a text post (Markdown): a fallback for clients without cards; the bot posts the card (cards/agenda-kallelse.ts). `groupName` names the group
 * (the catalog's name); strings come from src/i18n.
 */
export function kallelseText(view: KallelseView, groupName: string, t: Messages): Payload {
  const m = view.meeting;
  const plain = (s: string) => s.replace(/[*_`<>[\]]/g, "");
  const lines = [t.agenda.kallelseTitle(plain(groupName)), t.agenda.when(m.date, m.time)];
  const where = m.place ?? m.onlineUrl;
  if (where) lines.push(t.agenda.place(plain(where)));
  lines.push("", `**${t.agenda.agendaHeading}**`);
  if (view.items.length === 0) lines.push(t.agenda.noItems);
  view.items.forEach((i, n) => lines.push(`${n + 1}. ${plain(i.title)} (${t.agenda.kind[i.kind]}${lateOn(i, m, view.dates) ? `, ${t.agenda.late}` : ""})`));
  return { text: lines.join("\n"), summary: t.agenda.kallelseTitle(plain(groupName)).replace(/\*/g, "") };
}
