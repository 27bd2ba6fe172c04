import type { MeetingFrequency } from "../catalog/schema";
import type { Payload } from "../delivery/model";
import type { EnqueueRequest, UpdateRequest } from "../delivery/ports";
import { safeId } from "../storage/documents";
import { addDays, zonedDate } from "../domain/working-days";
import type { AgendaService } from "./agenda-service";
import { kallelseOutboxId, type KallelseRenderer } from "./kallelse";
import type { AgendaItem, Meeting } from "./schema";

/**
 * Outbox requests the agenda feature makes besides the kallelse: the 1:1 outcome notice to a submitter
 * and the kallelse update after a reschedule. Renderers are passed in (cards live in cards/).
 */

/** One notice per item revision: triaging twice at the same revision cannot notify twice. */
export const noticeOutboxId = (item: Pick<AgendaItem, "groupId" | "id" | "revision">) => safeId("notice", item.groupId, item.id, `r${item.revision}`);

/** The 1:1 notice to the submitter about a triage outcome (item as returned by `triage`). */
export function outcomeNotice(item: AgendaItem, render: (item: AgendaItem) => Payload): EnqueueRequest | undefined {
  const userId = item.submitter.aadObjectId ?? item.submitter.teamsId;
  if (!userId || !item.submitter.tenantId) return undefined;
  return {
    id: noticeOutboxId(item),
    target: { kind: "person", tenantId: item.submitter.tenantId, userId, ...(item.submitter.name ? { name: item.submitter.name } : {}) },
    payload: render(item),
  };
}

/**
 * After a meeting is rescheduled (or cancelled): when its kallelse was already queued, the posted card
 * is updated with the new details. Answers whether an update was queued.
 */
export async function refreshKallelse(
  agenda: Pick<AgendaService, "agenda" | "homeChannel">,
  outbox: { get(id: string): Promise<unknown>; update(req: UpdateRequest): Promise<{ ok: boolean }> },
  meeting: Meeting,
  render: KallelseRenderer,
): Promise<boolean> {
  const id = kallelseOutboxId(meeting.id);
  if (!(await outbox.get(id))) return false;
  const r = await agenda.agenda(meeting.groupId, meeting.id);
  if (!r.ok) return false;
  const binding = await agenda.homeChannel(meeting.groupId);
  const req: UpdateRequest = { of: id, payload: await render({ groupId: meeting.groupId, meeting: r.agenda.meeting, dates: r.agenda.dates, items: r.agenda.items, ...(binding ? { binding } : {}) }) };
  const u = await outbox.update(req);
  return u.ok;
}

export interface FrequencyCheck {
  /** Meetings the mandate asks for in the window (the lower bound), when derivable. */
  readonly expected?: number;
  /** Planned meetings in the window. */
  readonly planned: number;
  /** The window: the next 12 months from today (TIME_ZONE). */
  readonly from: string;
  readonly to: string;
  /** True when fewer meetings are planned than the mandate's minimum. */
  readonly tooFew: boolean;
}

/**
 * The mandate's meeting frequency as guidance: planned meetings in the coming 12 months against the
 * mandate's minimum per year (min per month × 12, per term × 2).
 */
export function frequencyCheck(frequency: MeetingFrequency | undefined, meetings: readonly Meeting[], now: Date, timeZone: string): FrequencyCheck {
  const from = zonedDate(now, timeZone);
  const to = addDays(from, 365);
  const planned = meetings.filter((m) => m.status === "planned" && m.date >= from && m.date < to).length;
  let expected: number | undefined;
  if (frequency) {
    if (frequency.minPerYear !== undefined) expected = frequency.minPerYear;
    else if (frequency.min !== undefined) expected = frequency.min * (frequency.per === "month" ? 12 : frequency.per === "term" ? 2 : 1);
  }
  return { ...(expected !== undefined ? { expected } : {}), planned, from, to, tooFew: expected !== undefined && planned < expected };
}
