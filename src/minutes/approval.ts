import type { Actor } from "../agenda/schema";
import { holds } from "../agenda/agenda-service";
import { containsPersonnummer } from "../domain/personnummer";
import { addDays } from "../domain/working-days";
import type { Approvers } from "./approvers";
import { identityOf, otherTenant, type MinutesContext, type Via } from "./context";
import { localDateTime } from "./time";
import type { FanOut } from "./fan-out";
import { KEEP, type MinutesView, type MinutesViewer, type Stored } from "./ports";
import { complete, hasApproved, tally } from "./tally";
import { LIMITS, refuse, type Approver, type ChangeRequest, type Identity, type Minutes, type MinutesRefusal, type MinutesResult } from "./schema";

interface Transition {
  readonly m: Minutes;
  readonly transitioned: boolean;
}

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
 * Asking for approval and approving (justering). Approvers never read-modify-write the same document:
 * each approval is appended by one conditional server-side patch (no ETag to lose, so no retries); the
 * transition to approved is one write of the minutes document guarded by the ETag it was read with, so however many click at once there is exactly one
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
   * is appended to the minutes in one atomic patch, so approvers never wait for each other; the click
   * whose approval completes the set makes the transition. No query runs in the click.
   */
  async approve(actor: Actor, groupId: string, minutesId: string, version: string, via: Via = "teams"): Promise<MinutesResult<Answer & { transitioned: boolean; already: boolean }>> {
    const stored = await this.ctx.store.read(groupId, minutesId);
    const c = check(stored?.doc, actor, version);
    if ("ok" in c) return c;
    const cur = stored!.doc;
    if (hasApproved(cur, c.key)) return this.approved(cur, c, { transitioned: false, already: true });
    const by = identityOf(actor, via);
    const after = await this.ctx.store.appendApproval(groupId, minutesId, { key: c.key, version, round: cur.round, at: this.ctx.now(), by });
    if (!after) return refuse("NOT_FOUND");
    if (after === "moved") return this.moved(actor, groupId, minutesId, version);
    const m: Minutes = { ...after.doc, approvals: tally(after.doc) };
    const [, t] = await Promise.all([
      this.ctx.audit(cur, "approve", by, { round: cur.round }),
      complete(m.approvers, m.approvals) ? this.transition(after, by) : Promise.resolve({ m, transitioned: false }),
    ]);
    if (!t.transitioned && t.m.status === "requested") this.fanOut.channel(t.m);
    return this.approved(t.m, c, { transitioned: t.transitioned, already: false });
  }

  /** The minutes changed between the read and the approval (approved, new round): answered from what they are now. */
  private async moved(actor: Actor, groupId: string, minutesId: string, version: string): Promise<MinutesResult<Answer & { transitioned: boolean; already: boolean }>> {
    const now = await this.ctx.store.read(groupId, minutesId);
    const c = check(now?.doc, actor, version);
    if ("ok" in c) return c;
    return refuse("CONFLICT");
  }

  private async approved(doc: Minutes, approver: Approver, o: { transitioned: boolean; already: boolean }) {
    const m = { ...doc, approvals: tally(doc) };
    return { ok: true as const, minutes: m, view: await this.ctx.view(m), viewer: { kind: "approver" as const, approver }, ...o };
  }

  /**
   * Everyone has approved: one write guarded by the ETag the minutes were last seen with. A lost race
   * re-reads and decides again (another click made the transition, or a change request or a new version
   * came; a late approval only changed the ETag).
   */
  async transition(stored: Stored<Minutes>, by: Identity): Promise<Transition> {
    let s: Stored<Minutes> | undefined = stored;
    for (let attempt = 0; s && attempt < 20; attempt++) {
      const cur = s.doc;
      const approvals = tally(cur);
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
    return { m: { ...last, approvals: tally(last) }, transitioned: false };
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
