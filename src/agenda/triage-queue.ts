import { holds, type AgendaContext } from "./context";
import { mayTriage, triageRefusal } from "./roles";
import { scheduleOf } from "./schedule";
import type { Actor, Result } from "./schema";
import { triageView, type TriageView } from "./views";

/** At most this many triage cards at once: a chat is not flooded; the rest follow once these are handled. */
export const QUEUE_CARDS = 10;

export interface TriageQueue {
  /** Triage cards of the oldest items awaiting triage (submitted, or deferred and not yet taken up again). */
  readonly views: TriageView[];
  /** How many items await triage in all. */
  readonly total: number;
}

/**
 * The items of a group awaiting triage, as triage cards, for its chair, vice chair, secretary or an
 * administrator wherever they ask (a personal chat too). Reads only: a press on one of the cards is a
 * triage like any other, its rights and the item's revision checked again by `triage` (ETag on the write).
 */
export async function triageQueue(ctx: AgendaContext, actor: Actor, groupId: string): Promise<Result<TriageQueue>> {
  const bad = await ctx.checkGroup(groupId);
  if (bad) return bad;
  if (!(await mayTriage(ctx, actor, groupId))) return triageRefusal(ctx, groupId);
  const waiting = (await ctx.store.items(groupId))
    .filter((i) => i.status === "submitted" || i.status === "deferred")
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
  const schedule = await scheduleOf(ctx, groupId);
  const views: TriageView[] = [];
  for (const item of waiting.slice(0, QUEUE_CARDS)) views.push(await triageView(ctx, item, { mayTriage: true, isSubmitter: holds(item.submitter, actor) }, schedule));
  return { ok: true, views, total: waiting.length };
}
