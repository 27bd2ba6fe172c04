import type { Catalog } from "../catalog/schema";
import type { Payload, Target } from "../delivery/model";
import { zonedDate } from "../domain/working-days";
import type { Approval } from "./approval";
import type { MinutesContext } from "./context";
import { approverTarget, type FanOut } from "./fan-out";
import { minutesPostIds } from "./post-ids";
import { KEEP } from "./ports";
import { complete } from "./tally";
import type { Identity, Minutes, Recipient } from "./schema";

const MINUTES_WORDS = /anteckning|protokoll|minnes/i;
const SYSTEM: Identity = { userId: "system", name: "Samverkan", via: "system" };

export interface NamedRecipient {
  readonly entryId?: string;
  readonly name: string;
  readonly clause: string;
}

const nameOf = (catalog: Catalog, id: string): string | undefined => catalog.entries.find((e) => e.id === id)?.name;

/**
 * After approval: the approved minutes in the home channel and to each recipient the mandate names;
 * the hourly job's reminders after "justeras senast" and its catch-up of follow-ups a crash cut short.
 */
export class Distribution {
  constructor(
    private readonly ctx: MinutesContext,
    private readonly fanOut: FanOut,
    private readonly approval: Approval,
  ) {}

  /** The recipients the mandate names for minutes ("delges Ledningsgruppen och samverkansnämndens kansli"). */
  async recipients(groupId: string): Promise<NamedRecipient[]> {
    const catalog = await this.ctx.deps.catalog.get();
    const entry = catalog.entries.find((e) => e.id === groupId);
    if (!entry) return [];
    const kind = entry.kindId ? catalog.entries.find((e) => e.id === entry.kindId) : undefined;
    const duties = [...entry.reporting, ...(kind?.reporting ?? []).filter((k) => !entry.reporting.some((r) => r.clause.text === k.clause.text && r.toId === k.toId))];
    const out: NamedRecipient[] = [];
    const seen = new Set<string>();
    const add = (key: string, r: NamedRecipient) => {
      if (seen.has(key)) return;
      seen.add(key);
      out.push(r);
    };
    for (const d of duties.filter((x) => MINUTES_WORDS.test(x.what) || (x.cadence === "per-meeting" && MINUTES_WORDS.test(x.clause.text)))) {
      if (d.toId && d.toId !== groupId) add(d.toId, { entryId: d.toId, name: nameOf(catalog, d.toId) ?? d.toText ?? d.toId, clause: d.clause.text });
      else if (!d.toId && d.toText) add(d.toText, { name: d.toText, clause: d.clause.text });
      const pub = /publiceras\s+på\s+([\p{L}-]+)/iu.exec(d.clause.text);
      if (pub) add(pub[1]!.toLowerCase(), { name: pub[1]!, clause: d.clause.text });
    }
    return out;
  }

  /**
   * Once per approved version (the fan-out after the transition; the hourly job after a crash): the
   * final post, a post to each recipient with a home channel (else "awaiting distribution"), recorded on
   * the document. Deterministic outbox ids make a second run post nothing twice.
   */
  async finalize(m: Minutes): Promise<Minutes> {
    const r = this.ctx.deps.renderer;
    if (!r || m.status !== "approved" || m.distribution) return m;
    const view = await this.ctx.view(m, { fresh: true });
    const channel = await this.ctx.deps.agenda.homeChannel(m.groupId);
    if (channel) {
      const target: Target = { kind: "channel", tenantId: channel.tenantId, conversationId: channel.conversationId, groupId: m.groupId };
      await this.ctx.deps.outbox.enqueue({ id: minutesPostIds.final(m), target, payload: await r.finalPost(view) });
    }
    const distribution: Recipient[] = [];
    for (const rec of await this.recipients(m.groupId)) {
      const binding = rec.entryId ? await this.ctx.deps.agenda.homeChannel(rec.entryId) : undefined;
      if (!rec.entryId || !binding) {
        distribution.push({ ...(rec.entryId ? { entryId: rec.entryId } : {}), name: rec.name, status: "awaiting", clause: rec.clause });
        continue;
      }
      const id = minutesPostIds.distribution(m, rec.entryId);
      const recipient: Recipient = { entryId: rec.entryId, name: rec.name, status: "posted", outboxId: id, clause: rec.clause };
      const target: Target = { kind: "channel", tenantId: binding.tenantId, conversationId: binding.conversationId, groupId: rec.entryId };
      await this.ctx.deps.outbox.enqueue({ id, target, payload: await r.distributionPost(view, recipient) });
      distribution.push(recipient);
    }
    const out = await this.ctx.store.mutate(m.groupId, m.id, (cur) =>
      cur && cur.status === "approved" && cur.version === m.version && !cur.distribution ? { ...cur, distribution, revision: cur.revision + 1 } : KEEP,
    );
    if (out.kind !== "written") return out.kind === "unchanged" && out.doc ? out.doc : m;
    await this.ctx.audit(out.doc, "distribute", SYSTEM, { recipients: distribution.map((d) => ({ name: d.name, entryId: d.entryId, status: d.status })) });
    return out.doc;
  }

  /** Overdue approvals: one 1:1 reminder per approver per version, after "justeras senast". */
  async remindersDue(at: Date): Promise<{ id: string; target: Target; payload: Payload }[]> {
    const r = this.ctx.deps.renderer;
    if (!r) return [];
    const today = zonedDate(at, this.ctx.deps.timeZone);
    const out: { id: string; target: Target; payload: Payload }[] = [];
    for (const doc of await this.ctx.store.withStatus("requested")) {
      if (!doc.dueDate || doc.dueDate >= today) continue;
      const m = await this.ctx.hydrate(doc);
      const channel = await this.ctx.deps.agenda.homeChannel(m.groupId);
      const view = await this.ctx.view(m, { fresh: true });
      let payload: Promise<Payload> | undefined;
      for (const a of m.approvers) {
        if (m.approvals.some((x) => x.key === a.key)) continue;
        const target = approverTarget(m, a, channel);
        // Everyone who has not approved gets the same card: rendered once.
        if (target) out.push({ id: minutesPostIds.reminder(m, a.key), target, payload: await (payload ??= r.reminder(view, a)) });
      }
    }
    return out;
  }

  /**
   * Reads only: whether the hourly job has anything to do at `at` — a round whose cards were not posted,
   * complete approvals without the transition, approved minutes not distributed, or an overdue approver
   * whose reminder is not in the outbox yet. When nothing is, the job's slot is not claimed (no write).
   */
  async pending(at: Date): Promise<boolean> {
    const today = zonedDate(at, this.ctx.deps.timeZone);
    for (const doc of await this.ctx.store.withStatus("requested")) {
      const m = await this.ctx.hydrate(doc);
      if ((m.postedRound ?? 0) < m.round || complete(m.approvers, m.approvals)) return true;
      if (this.ctx.deps.renderer && m.dueDate && m.dueDate < today && (await this.reminderMissing(m))) return true;
    }
    return (await this.ctx.store.withStatus("approved")).some((m) => !m.distribution);
  }

  /** An approver who has not approved, can be reached, and has no reminder in the outbox for this version. */
  private async reminderMissing(m: Minutes): Promise<boolean> {
    const channel = await this.ctx.deps.agenda.homeChannel(m.groupId);
    for (const a of m.approvers) {
      if (m.approvals.some((x) => x.key === a.key) || !approverTarget(m, a, channel)) continue;
      if (!(await this.ctx.deps.outbox.get(minutesPostIds.reminder(m, a.key)))) return true;
    }
    return false;
  }

  /**
   * What a crash (or a click in another process) left undone: rounds whose cards were not posted,
   * complete approvals without the transition, approved minutes without their follow-up.
   */
  async catchUp(): Promise<number> {
    let n = 0;
    for (const doc of await this.ctx.store.withStatus("requested")) {
      const m = await this.ctx.hydrate(doc);
      if ((m.postedRound ?? 0) < m.round) {
        this.fanOut.ask(m);
        n++;
      }
      if (!complete(m.approvers, m.approvals)) continue;
      const stored = await this.ctx.store.read(m.groupId, m.id);
      if (stored) n += Number((await this.approval.transition(stored, SYSTEM)).transitioned);
    }
    for (const m of await this.ctx.store.withStatus("approved")) {
      if (m.distribution) continue;
      this.fanOut.finalize(m);
      n++;
    }
    await this.fanOut.settled();
    return n;
  }
}
