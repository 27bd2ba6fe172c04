import type { Payload } from "../delivery/model";
import type { EnqueueRequest } from "../delivery/ports";
import type { Language } from "../domain/language";
import { safeId } from "../storage/documents";
import type { AgendaContext } from "./context";
import { outcomeNotice } from "./notices";
import type { ReceiptLocation } from "./ports";
import { listRoles } from "./roles";
import type { AgendaItem, Schedule } from "./schema";
import { triageView, type TriageView } from "./views";

/**
 * The agenda's proactive posts, made by the use cases (so a CLI submit or triage posts what Teams does):
 * the triage card where the group triages (its home channel, else 1:1 to the chair and the secretary),
 * updated after every change; the submitter's 1:1 notice of each outcome; and the submitter's receipt,
 * updated after triage so that everyone who sees it sees the item's state.
 */

/** The card renderers the agenda posts with (cards/agenda-posts.ts), given at composition. */
export interface AgendaRenderers {
  /** The triage card where the group triages (the renderers decide its language: the channel's). */
  triagePost(view: TriageView): Payload;
  /** The submitter's receipt, in the language they submitted in. */
  receipt(view: TriageView, lang: Language): Payload;
  /** The 1:1 notice to the submitter about a triage outcome. */
  notice(item: AgendaItem, lang: Language): Payload;
}

/** The language of the submitter's receipt and notices: the one they used (older items: Swedish). */
const submitterLanguage = (item: AgendaItem): Language => item.lang ?? "sv";

/** Outbox ids of an item's triage posts: the home channel, or 1:1 to the chair and secretary. */
export const triagePostId = (groupId: string, itemId: string, personKey?: string) => (personKey ? safeId("triage", groupId, itemId, personKey) : safeId("triage", groupId, itemId));

/** The outbox id of the submitter's receipt (an adopted post: the card that answered their click). */
export const receiptPostId = (item: Pick<AgendaItem, "groupId" | "id">) => safeId("receipt", item.groupId, item.id);

/** Where the group triages: its home channel, else 1:1 the chair and the secretary. */
export async function triageTargets(ctx: AgendaContext, groupId: string, schedule: Schedule): Promise<{ id: string; target: EnqueueRequest["target"] }[]> {
  const b = schedule.binding;
  if (b?.active) return [{ id: "", target: { kind: "channel", tenantId: b.tenantId, conversationId: b.conversationId, groupId } }];
  const roles = (await listRoles(ctx, groupId)).filter((r) => r.role === "chair" || r.role === "secretary");
  return roles
    .filter((r) => r.person.tenantId && (r.person.aadObjectId || r.person.teamsId))
    .map((r) => {
      const userId = (r.person.aadObjectId ?? r.person.teamsId)!;
      return { id: userId, target: { kind: "person" as const, tenantId: r.person.tenantId!, userId, ...(r.person.name ? { name: r.person.name } : {}) } };
    });
}

/** Posts the triage card of a new item (ids chosen before the item was stored: `item.posts`). */
export async function announce(ctx: AgendaContext, item: AgendaItem, targets: readonly { id: string; target: EnqueueRequest["target"] }[], schedule?: Schedule): Promise<string[]> {
  const posting = ctx.options.posting;
  if (!posting || targets.length === 0) return [];
  const payload = posting.renderers.triagePost(await triageView(ctx, item, { mayTriage: true, isSubmitter: false }, schedule));
  const ids: string[] = [];
  for (const x of targets) {
    const id = triagePostId(item.groupId, item.id, x.id || undefined);
    if ((await posting.outbox.enqueue({ id, target: x.target, payload })).ok) ids.push(id);
  }
  return ids;
}

/** Makes the card that answered the submitter's click an outbox post, so triage can update it later. */
export async function adoptReceipt(ctx: AgendaContext, item: AgendaItem, at: ReceiptLocation, view: TriageView): Promise<boolean> {
  const posting = ctx.options.posting;
  if (!posting) return false;
  // A channel reference is stored without its thread suffix; the activity id is unique in the channel.
  const conversationId = at.kind === "channel" ? at.conversationId.split(";")[0]! : at.conversationId;
  const target = at.kind === "channel" ? { kind: "channel" as const, tenantId: at.tenantId, conversationId, groupId: item.groupId } : { kind: "chat" as const, tenantId: at.tenantId, conversationId };
  const r = await posting.outbox.adopt({ id: receiptPostId(item), target, activityId: at.activityId, payload: posting.renderers.receipt(view, submitterLanguage(item)) });
  return r.ok;
}

/** Ids of triage posts made before items listed them (a post that was never made is skipped by the outbox). */
async function legacyPostIds(ctx: AgendaContext, item: AgendaItem): Promise<string[]> {
  const people = (await listRoles(ctx, item.groupId)).map((r) => r.person.aadObjectId ?? r.person.teamsId);
  return [...new Set([triagePostId(item.groupId, item.id), ...people.map((p) => triagePostId(item.groupId, item.id, p))])];
}

/**
 * After any change to an item: every posted copy of its triage card and the submitter's receipt show the
 * current state (the clicker's own card is the invoke's answer). Answers how many updates were queued.
 */
export async function refreshPosts(ctx: AgendaContext, item: AgendaItem, schedule?: Schedule): Promise<number> {
  const posting = ctx.options.posting;
  if (!posting) return 0;
  const ids = item.posts ?? (await legacyPostIds(ctx, item));
  let n = 0;
  if (ids.length > 0) {
    const payload = posting.renderers.triagePost(await triageView(ctx, item, { mayTriage: true, isSubmitter: false }, schedule));
    for (const id of ids) if ((await posting.outbox.update({ of: id, payload })).ok) n++;
  }
  if (item.receipt) {
    const view = await triageView(ctx, item, { mayTriage: false, isSubmitter: true }, schedule);
    if ((await posting.outbox.update({ of: receiptPostId(item), payload: posting.renderers.receipt(view, submitterLanguage(item)) })).ok) n++;
  }
  return n;
}

/** The submitter hears each triage outcome 1:1, once per revision (deterministic outbox id). */
export async function notifySubmitter(ctx: AgendaContext, item: AgendaItem): Promise<boolean> {
  const posting = ctx.options.posting;
  if (!posting) return false;
  const req = outcomeNotice(item, (i) => posting.renderers.notice(i, submitterLanguage(i)));
  return !!req && (await posting.outbox.enqueue(req)).ok;
}
