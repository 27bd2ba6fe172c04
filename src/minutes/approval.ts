import type { Actor } from "../agenda/schema";
import { holds } from "../agenda/agenda-service";
import { containsPersonnummer } from "../domain/personnummer";
import { addDays } from "../domain/working-days";
import type { Approvers } from "./approvers";
import { identityOf, otherTenant, type MinutesContext, type Via } from "./context";
import { localDateTime } from "./time";
import type { FanOut } from "./fan-out";
import { KEEP, type MinutesView, type MinutesViewer, type Stored } from "./ports";
import { approvalIdOf, complete, counts, tally } from "./tally";
import { LIMITS, refuse, type Approver, type ChangeRequest, type Identity, type Minutes, type MinutesApproval, type MinutesRefusal, type MinutesResult } from "./schema";

/** What a click's answer needs: the minutes as they are now, the card view and who looks. */
export interface Answer {
  readonly minutes: Minutes;
  readonly view: MinutesView;
  readonly viewer: MinutesViewer;
}

export type ViewerOf = (actor: Actor, m: Minutes) => Promise<MinutesViewer | undefined>;

/** The approver entry of the minutes that the actor is (a person of another tenant never is). */
export const approverOf = (m: Pick<Minutes, "approvers">, actor: Pick<Actor, "userId" | "aadObjectId" | "teamsId" | "tenantId">): Approver | undefined =>
  m.approvers.find((a) => holds(a, actor) && !otherTenant(actor, a));

function check(cur: Minutes | undefined, actor: Actor, version: string): MinutesRefusal | Approver {
  if (!cur) return refuse("NOT_FOUND");
  const approver = approverOf(cur, actor);
  if (!approver) return refuse("NOT_AN_APPROVER");
  if (cur.status === "draft") return refuse("NOT_REQUESTED");
  if (cur.version !== version) return refuse("STALE_VERSION", { version: cur.version, versionNo: cur.versionNo });
  if (cur.status === "approved") return refuse("ALREADY_APPROVED", { version: cur.version, versionNo: cur.versionNo });
  return approver;
}

/**
 * Asking for approval and approving (justering). Approvers never write the same document: each
 * approval is its own record, created once; the transition to approved is one write of the minutes
 * document guarded by the ETag it was read with, so however many click at once there is exactly one
 * transition, and whoever makes it hands the follow-up (final post, distribution, card copies) to the
 * fan-out, off the click's path.
 */
export class Approval {
  constructor(
    private readonly ctx: MinutesContext,
    private readonly approvers: Approvers,
    private readonly fanOut: FanOut,
    private readonly viewerOf: ViewerOf,
  ) {}

  /** The secretary asks for approval (only once the meeting has been held): cards to the channel and each approver. */
  async request(actor: Actor, groupId: string, minutesId: string, via: Via = "cli"): Promise<MinutesResult<Answer & { already: boolean }>> {
    const current = (await this.ctx.store.read(groupId, minutesId))?.doc;
    if (!current) return refuse("NOT_FOUND");
    if (!(await this.ctx.maySecretary(actor, groupId))) return refuse("NOT_ALLOWED");
    if (current.status === "approved") return refuse("LOCKED", { version: current.version, versionNo: current.versionNo });
    if (current.status === "requested") return { ok: true, already: true, ...(await this.answer(actor, await this.ctx.hydrate(current))) };
    const meeting = await this.ctx.store.meeting(current.meetingId, groupId);
    const startsAt = meeting?.startsAt ?? `${current.meetingDate}T23:59:59.999Z`;
    if (startsAt > this.ctx.now()) return refuse("MEETING_NOT_HELD", { startsAt, when: localDateTime(startsAt, this.ctx.deps.timeZone) });
    const resolved = await this.approvers.resolve(groupId, current.content);
    if (!resolved.ok) return resolved;
    const settings = await this.approvers.settings(groupId);
    const today = this.ctx.today();
    const by = await this.ctx.identify(actor, via, groupId);
    const at = this.ctx.now();
    let refusal: MinutesRefusal | undefined;
    let already = false;
    const out = await this.ctx.store.mutate(groupId, minutesId, (cur) => {
      refusal = !cur ? refuse("NOT_FOUND") : cur.status === "approved" ? refuse("LOCKED", { version: cur.version, versionNo: cur.versionNo }) : undefined;
      already = cur?.status === "requested";
      if (!cur || refusal || already) return KEEP;
      const base = cur.meetingDate > today ? cur.meetingDate : today;
      const dueDate = cur.dueDate && cur.dueDate >= today ? cur.dueDate : addDays(base, settings.approvalDays);
      return { ...cur, status: "requested", round: cur.round + 1, approvers: resolved.approvers, approvals: [], dueDate, requestedAt: at, requestedBy: by, revision: cur.revision + 1, updatedAt: at, updatedBy: by };
    });
    if (refusal) return refusal;
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return { ok: true, already, ...(await this.answer(actor, await this.ctx.hydrate(out.doc!))) };
    const m = out.doc;
    await this.ctx.audit(m, "request", by, { round: m.round, approvers: m.approvers.map((a) => a.name || a.key), dueDate: m.dueDate });
    this.fanOut.ask(m);
    return { ok: true, already: false, ...(await this.answer(actor, m)) };
  }

  /**
   * An approver approves the version they were shown (approver and version checked here). The approval
   * is recorded whatever else happens; the click that completes the set makes the transition.
   */
  async approve(actor: Actor, groupId: string, minutesId: string, version: string, via: Via = "teams"): Promise<MinutesResult<Answer & { transitioned: boolean; already: boolean }>> {
    const stored = await this.ctx.store.read(groupId, minutesId);
    const c = check(stored?.doc, actor, version);
    if ("ok" in c) return c;
    const cur = stored!.doc;
    const by = identityOf(actor, via);
    const record: MinutesApproval = { id: approvalIdOf(cur, c.key), type: "minutesApproval", groupId, minutesId, round: cur.round, key: c.key, version, seen: cur.revision, at: this.ctx.now(), by };
    const created = (await this.ctx.store.addApproval(record)) || (await this.renew(cur, record));
    const [records] = await Promise.all([this.ctx.store.approvals(groupId, minutesId, cur.round), created ? this.ctx.audit(cur, "approve", by, { round: cur.round }) : undefined]);
    if (created && !records.some((r) => r.id === record.id)) records.push(record);
    let m: Minutes = { ...cur, approvals: tally(cur, records) };
    let transitioned = false;
    if (complete(m.approvers, m.approvals)) ({ m, transitioned } = await this.transition(stored!, records, by));
    else if (created) this.fanOut.channel(m);
    const view = await this.ctx.view(m);
    return { ok: true, minutes: m, view, viewer: { kind: "approver", approver: c }, transitioned, already: !created };
  }

  /** Approving again after one's own change request: the record is renewed (the request withdrew it). */
  private async renew(cur: Minutes, record: MinutesApproval): Promise<boolean> {
    const existing = await this.ctx.store.approval(record.groupId, record.id);
    if (!existing || counts(cur, existing.doc)) return false;
    return this.ctx.store.replaceApproval(record, existing.etag);
  }

  /**
   * Everyone has approved: one write guarded by the ETag the minutes were read with. A lost race re-reads
   * and decides again (another click made the transition, or a change request or a new version came).
   */
  async transition(stored: Stored<Minutes>, records: MinutesApproval[], by: Identity): Promise<{ m: Minutes; transitioned: boolean }> {
    let s: Stored<Minutes> | undefined = stored;
    for (let attempt = 0; s && attempt < 10; attempt++) {
      const cur = s.doc;
      if (attempt > 0) records = await this.ctx.store.approvals(cur.groupId, cur.id, cur.round);
      const approvals = tally(cur, records);
      if (cur.status !== "requested" || !complete(cur.approvers, approvals)) return { m: { ...cur, approvals }, transitioned: false };
      const at = this.ctx.now();
      const written = await this.ctx.store.replace({ ...cur, status: "approved", approvals, approvedAt: at, revision: cur.revision + 1, updatedAt: at, updatedBy: by }, s.etag);
      if (written) {
        const m = written.doc;
        await this.ctx.audit(m, "approved", by, { approvers: m.approvals.map((a) => ({ key: a.key, name: a.by.name, at: a.at })) });
        this.fanOut.finalize(m);
        return { m, transitioned: true };
      }
      s = await this.ctx.store.read(cur.groupId, cur.id);
    }
    const last = s?.doc ?? stored.doc;
    return { m: await this.ctx.hydrate(last), transitioned: false };
  }

  /** An approver asks for changes (comment required; an item optional). Their approval, if any, is withdrawn. */
  async requestChanges(actor: Actor, groupId: string, minutesId: string, version: string, comment: string, itemNo?: number, via: Via = "teams"): Promise<MinutesResult<Answer & { request: ChangeRequest }>> {
    const text = comment.trim();
    if (text.length < LIMITS.comment.min || text.length > LIMITS.comment.max) return refuse("INVALID_INPUT", { issues: [{ path: "comment", message: "required" }], message: "comment: required" });
    if (containsPersonnummer(text)) return refuse("PERSONAL_DATA");
    const by = identityOf(actor, via);
    const at = this.ctx.now();
    let refusal: MinutesRefusal | undefined;
    let request: ChangeRequest | undefined;
    let approver: Approver | undefined;
    const out = await this.ctx.store.mutate(groupId, minutesId, (cur) => {
      const c = check(cur, actor, version);
      refusal = "ok" in c ? c : undefined;
      if ("ok" in c) return KEEP;
      approver = c;
      const item = itemNo !== undefined && cur!.content.items.some((i) => i.no === itemNo) ? itemNo : undefined;
      request = { key: c.key, version, at, by, comment: text, ...(item !== undefined ? { itemNo: item } : {}), revision: cur!.revision + 1 };
      return { ...cur!, approvals: cur!.approvals.filter((a) => a.key !== c.key), changeRequests: [...cur!.changeRequests, request], revision: cur!.revision + 1, updatedAt: at, updatedBy: by };
    });
    if (refusal) return refusal;
    if (out.kind !== "written" || !request || !approver) return refuse("CONFLICT");
    const m = await this.ctx.hydrate(out.doc);
    await this.ctx.audit(m, "requestChanges", by, { comment: text, ...(request.itemNo !== undefined ? { itemNo: request.itemNo } : {}) });
    this.fanOut.changeNotice(m, request);
    return { ok: true, request, minutes: m, view: await this.ctx.view(m), viewer: { kind: "approver", approver } };
  }

  private async answer(actor: Actor, m: Minutes): Promise<Answer> {
    return { minutes: m, view: await this.ctx.view(m), viewer: (await this.viewerOf(actor, m)) ?? { kind: "secretary" } };
  }
}
