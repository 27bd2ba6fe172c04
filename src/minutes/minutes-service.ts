import { randomUUID } from "node:crypto";
import type { Clock } from "../domain/clock";
import { addDays, zonedDate } from "../domain/working-days";
import type { AgendaService } from "../agenda/agenda-service";
import { holds } from "../agenda/agenda-service";
import { personKey, type Actor, type RoleAssignment } from "../agenda/schema";
import type { Payload, Target } from "../delivery/model";
import type { Outbox } from "../delivery/outbox";
import type { Catalog, GroupRecord } from "../catalog/schema";
import { queryAll, safeId, UNCHANGED } from "../storage/documents";
import { parseAction, parseMinutes } from "./parse";
import type { MinutesRepository } from "./repository";
import {
  ApproverRoleSchema,
  DEFAULT_MINUTES_SETTINGS,
  MinutesContentSchema,
  MinutesItemSchema,
  LIMITS,
  minutesIdOf,
  refuse,
  versionOf,
  type Approver,
  type ApproverRole,
  type ChangeRequest,
  type Identity,
  type Minutes,
  type MinutesAudit,
  type MinutesContent,
  type MinutesRefusal,
  type MinutesResult,
  type MinutesSettings,
  type Recipient,
} from "./schema";

/** What the cards need to render minutes for someone: the document and facts looked up around it. */
export interface MinutesView {
  readonly minutes: Minutes;
  readonly groupName: string;
  /** Keys of approvers the bot could not reach 1:1 in the current round. */
  readonly notReached: readonly string[];
}

/**
 * Renders the posts (src/ knows no cards): given at composition (src/compose.ts) for both entry points. Channel posts are in Swedish (the channel's language); 1:1 posts too, as the other features do.
 */
export interface MinutesRenderer {
  /** The status card in the home channel (read-only; approvers get their view through refresh). */
  channelCard(view: MinutesView): Promise<Payload>;
  /** The card an approver gets 1:1 (Godkänn / Begär ändring while pending). */
  approverCard(view: MinutesView, approver: Approver): Promise<Payload>;
  /** The approved minutes, posted in the group's home channel. */
  finalPost(view: MinutesView): Promise<Payload>;
  /** The approved minutes delivered to a recipient the mandate names. */
  distributionPost(view: MinutesView, recipient: Recipient): Promise<Payload>;
  /** 1:1 after "justeras senast" to an approver who has not approved. */
  reminder(view: MinutesView, approver: Approver): Promise<Payload>;
  /** 1:1 to the secretary: an approver asked for changes. */
  changeNotice(view: MinutesView, request: ChangeRequest): Promise<Payload>;
}

export interface MinutesServiceOptions {
  readonly timeZone: string;
  readonly agenda: AgendaService;
  readonly outbox: Outbox;
  readonly catalog: { get(): Promise<Catalog> };
  /** The Teams id ("29:…") of a person known by their Entra id, from their stored 1:1 conversation. */
  readonly teamsIdOf?: (tenantId: string, userId: string) => Promise<string | undefined>;
  /** The card renderer (given at composition); without one nothing is posted (tests of the rules alone). */
  readonly renderer?: MinutesRenderer;
}

/** Deterministic outbox ids: a retry or a second click can never post twice. */
export const minutesPostIds = {
  channel: (m: Pick<Minutes, "id">, round: number) => safeId("minutes", m.id, `r${round}`, "channel"),
  approver: (m: Pick<Minutes, "id">, round: number, key: string) => safeId("minutes", m.id, `r${round}`, "approver", key),
  final: (m: Pick<Minutes, "id" | "version">) => safeId("minutes", m.id, m.version, "final"),
  distribution: (m: Pick<Minutes, "id" | "version">, entryId: string) => safeId("minutes", m.id, m.version, "dist", entryId),
  reminder: (m: Pick<Minutes, "id" | "version">, key: string) => safeId("minutes", m.id, m.version, "remind", key),
  changes: (m: Pick<Minutes, "id" | "version">, key: string, at: string) => safeId("minutes", m.id, m.version, "changes", key, at),
};

/** Who may load minutes and ask for approval (admins may too). */
export const SECRETARY_ROLES = ["secretary", "chair"] as const;

const MINUTES_WORDS = /anteckning|protokoll|minnes/i;

let auditSequence = 0;

export const identityOf = (a: Actor, via: "teams" | "cli"): Identity => ({
  userId: a.userId,
  name: a.name ?? "",
  ...(a.aadObjectId ? { aadObjectId: a.aadObjectId } : {}),
  ...(a.teamsId ? { teamsId: a.teamsId } : {}),
  ...(a.tenantId ? { tenantId: a.tenantId } : {}),
  via,
});

/**
 * Minutes and their approval (justering). Every state change is one ETag-guarded write of the minutes
 * document (mutateDoc); whoever's write flips the state does the follow-up (posts with deterministic
 * outbox ids), so concurrent approvals record every approval and make exactly one transition.
 * Posts are only enqueued, never awaited.
 */
export class MinutesService {
  private readonly renderer: MinutesRenderer | undefined;

  constructor(
    readonly repo: MinutesRepository,
    private readonly clock: Clock,
    private readonly o: MinutesServiceOptions,
  ) {
    this.renderer = o.renderer;
  }

  get timeZone(): string {
    return this.o.timeZone;
  }

  /** Card updates running beside the request that caused them (the invoke answers without waiting). */
  private readonly background = new Set<Promise<unknown>>();
  /** Per minutes document: a channel-card refresh is running in this process; `dirty` asks it to go again. */
  private readonly refreshing = new Map<string, { dirty: boolean }>();
  /** The last error of background work (logged by nobody else; kept for inspection and tests). */
  lastBackgroundError: unknown;
  /** How long a channel-card refresh waits for more changes before it renders. */
  refreshDelayMs = 200;

  private spawn(work: () => Promise<unknown>): void {
    const p: Promise<unknown> = work()
      .catch((e) => {
        this.lastBackgroundError = e;
      })
      .finally(() => this.background.delete(p));
    this.background.add(p);
  }

  /** Resolves when background card updates are done (the CLI waits before it closes the store). */
  async settled(): Promise<void> {
    while (this.background.size > 0) await Promise.allSettled([...this.background]);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private today(): string {
    return zonedDate(this.clock.now(), this.o.timeZone);
  }

  private async audit(m: Minutes, action: MinutesAudit["action"], actor: Identity, details: Record<string, unknown> = {}): Promise<void> {
    const at = this.now();
    const seq = String(auditSequence++).padStart(10, "0");
    await this.repo.appendAudit({
      id: `maudit:${at}:${seq}:${randomUUID()}`,
      type: "minutesAudit",
      groupId: m.groupId,
      minutesId: m.id,
      at,
      action,
      actor,
      version: m.version,
      versionNo: m.versionNo,
      details,
    });
  }

  private async isSecretary(actor: Actor, groupId: string): Promise<boolean> {
    if (actor.isAdmin) return true;
    const roles = await this.o.agenda.rolesOf(actor, groupId);
    return roles.some((r) => (SECRETARY_ROLES as readonly string[]).includes(r));
  }

  async groupName(groupId: string): Promise<string> {
    return (await this.o.catalog.get()).entries.find((e) => e.id === groupId)?.name ?? groupId;
  }

  // ---- settings ------------------------------------------------------------------------------------

  async settings(groupId: string): Promise<{ approverRoles: ApproverRole[]; approvalDays: number; revision?: number }> {
    const s = await this.repo.settings(groupId);
    return s ? { approverRoles: s.approverRoles, approvalDays: s.approvalDays, revision: s.revision } : { ...DEFAULT_MINUTES_SETTINGS };
  }

  /** Chair, secretary or admin: who approves the group's minutes and how long approval may take. */
  async setSettings(actor: Actor, groupId: string, input: { approverRoles?: string[]; approvalDays?: number }, via: "teams" | "cli" = "cli"): Promise<MinutesResult<{ settings: MinutesSettings }>> {
    if (!(await this.isSecretary(actor, groupId))) return refuse("NOT_ALLOWED");
    const roles = input.approverRoles?.map((r) => ApproverRoleSchema.safeParse(r));
    if (roles?.some((r) => !r.success) || (roles && roles.length === 0)) return refuse("INVALID_INPUT", { message: `approver roles: one or more of ${ApproverRoleSchema.options.join(", ")}` });
    if (input.approvalDays !== undefined && !(Number.isInteger(input.approvalDays) && input.approvalDays >= 1 && input.approvalDays <= 90)) return refuse("INVALID_INPUT", { message: "approval days: 1–90" });
    const current = await this.settings(groupId);
    const by = identityOf(actor, via);
    const out = await this.repo.mutate<MinutesSettings>(groupId, "minutesSettings", (cur) => ({
      id: "minutesSettings",
      type: "minutesSettings",
      groupId,
      approverRoles: roles ? [...new Set(roles.map((r) => r.data!))] : current.approverRoles,
      approvalDays: input.approvalDays ?? current.approvalDays,
      revision: (cur?.revision ?? 0) + 1,
      updatedBy: by,
      updatedAt: this.now(),
    }));
    if (out.kind !== "written") return refuse("CONFLICT");
    return { ok: true, settings: out.doc };
  }

  // ---- reading -------------------------------------------------------------------------------------

  async get(groupId: string, minutesId: string): Promise<Minutes | undefined> {
    return this.repo.get(groupId, minutesId);
  }

  /** By minutes id or meeting id, across groups (CLI). */
  async find(id: string): Promise<Minutes | undefined> {
    return (await this.repo.byId(id)) ?? (await this.repo.byId(minutesIdOf(id)));
  }

  async list(groupId: string): Promise<Minutes[]> {
    return this.repo.ofGroup(groupId);
  }

  async auditOf(m: Pick<Minutes, "groupId" | "id">): Promise<MinutesAudit[]> {
    return this.repo.audit(m.groupId, m.id);
  }

  /** Approver keys not reached 1:1 (403) in the current round: the delivery worker marks them. */
  async notReached(m: Minutes): Promise<string[]> {
    if (m.round === 0 || m.approvers.length === 0) return [];
    // Informational, and read on every rendering: kept a few seconds per round in this process.
    const key = `${m.id}:${m.round}`;
    const hit = this.notReachedCache.get(key);
    if (hit && Date.now() - hit.at < this.notReachedTtlMs) return hit.keys;
    const keys = await this.queryNotReached(m);
    if (this.notReachedCache.size > 1000) this.notReachedCache.clear();
    this.notReachedCache.set(key, { at: Date.now(), keys });
    return keys;
  }

  private readonly notReachedCache = new Map<string, { at: number; keys: string[] }>();
  notReachedTtlMs = 5_000;

  private async queryNotReached(m: Minutes): Promise<string[]> {
    const byId = new Map(m.approvers.map((a) => [minutesPostIds.approver(m, m.round, a.key), a.key]));
    // One query instead of a point read per approver (the outbox is partitioned by id).
    const rows = await queryAll<{ id: string }>(
      this.o.outbox.container,
      "SELECT c.id FROM c WHERE c.type = 'outbox' AND c.notReached = true AND ARRAY_CONTAINS(@ids, c.id)",
      [{ name: "@ids", value: [...byId.keys()] as unknown as string }],
    );
    return m.approvers.filter((a) => rows.some((r) => byId.get(r.id) === a.key)).map((a) => a.key);
  }

  async view(m: Minutes): Promise<MinutesView> {
    return { minutes: m, groupName: await this.groupName(m.groupId), notReached: await this.notReached(m) };
  }

  /** The approver entry of the minutes that the actor is, if any. */
  approverOf(m: Minutes, actor: Pick<Actor, "userId" | "aadObjectId" | "teamsId">): Approver | undefined {
    return m.approvers.find((a) => holds(a, actor));
  }

  /** The most recent minutes of a group (Teams: "protokoll <grupp>"). */
  async latest(groupId: string): Promise<Minutes | undefined> {
    return (await this.repo.ofGroup(groupId))[0];
  }

  // ---- drafting ------------------------------------------------------------------------------------

  /**
   * The secretary (or chair, or an admin) loads the minutes of a meeting from text (the documented
   * format, src/minutes/parse.ts). Draft: replaced. Requested: a new version, the approvals are cleared
   * and approval is asked again. Approved: locked — a change needs `reason` (a new revision), and is
   * then asked for again.
   */
  async load(actor: Actor, meetingId: string, text: string, opts: { reason?: string; via?: "teams" | "cli" } = {}): Promise<MinutesResult<{ minutes: Minutes; created: boolean; changed: boolean; asked: boolean }>> {
    const meeting = await this.repo.meeting(meetingId.trim());
    if (!meeting) return refuse("UNKNOWN_MEETING");
    if (!(await this.isSecretary(actor, meeting.groupId))) return refuse("NOT_ALLOWED");
    const parsed = parseMinutes(text);
    if (!parsed.ok) return refuse("INVALID_INPUT", { issues: parsed.issues.map((i) => ({ path: `line ${i.line}`, message: i.message })), message: parsed.issues.map((i) => `line ${i.line}: ${i.message}`).join("\n") });
    if (Buffer.byteLength(JSON.stringify(parsed.content)) > LIMITS.contentBytes) return refuse("INVALID_INPUT", { message: "the minutes are too long" });
    const reason = opts.reason?.trim();
    if (reason !== undefined && reason.length > LIMITS.reason.max) return refuse("INVALID_INPUT", { message: "reason: too long" });
    return this.write(actor, meeting.groupId, minutesIdOf(meeting.id), meeting, parsed.content, parsed.dueDate, reason, opts.via ?? "cli");
  }

  /**
   * The secretary's card per item: adds an item (no number: at the end) or replaces item `no`. Actions are
   * lines "text; ansvarig: X; senast: YYYY-MM-DD". The same rules as `load`: a new version while approval
   * is asked clears the approvals and asks again; approved minutes are locked (a revision needs the CLI).
   */
  async saveItem(
    actor: Actor,
    meetingId: string,
    input: { no?: number; title: string; discussion?: string; decision?: string; responsible?: string; due?: string; actions?: string },
    via: "teams" | "cli" = "teams",
  ): Promise<MinutesResult<{ minutes: Minutes; created: boolean; changed: boolean; asked: boolean }>> {
    const meeting = await this.repo.meeting(meetingId.trim());
    if (!meeting) return refuse("UNKNOWN_MEETING");
    if (!(await this.isSecretary(actor, meeting.groupId))) return refuse("NOT_ALLOWED");
    const id = minutesIdOf(meeting.id);
    const current = await this.repo.get(meeting.groupId, id);
    if (current?.status === "approved") return refuse("LOCKED", { version: current.version, versionNo: current.versionNo });
    const actions = [];
    for (const [i, line] of (input.actions ?? "").split("\n").map((l) => l.replace(/^\s*[-*]\s*/, "").trim()).entries()) {
      if (!line) continue;
      const a = parseAction(line);
      if ("message" in a) return refuse("INVALID_INPUT", { issues: [{ path: `actions.${i}`, message: a.message }], message: a.message });
      actions.push(a);
    }
    const items = current?.content.items ?? [];
    const no = input.no ?? Math.max(0, ...items.map((x) => x.no)) + 1;
    const opt = (v?: string) => (v && v.trim() ? v.trim() : undefined);
    const item = MinutesItemSchema.safeParse({
      no,
      title: input.title,
      discussion: (input.discussion ?? "").replace(/\r\n?/g, "\n").trim(),
      ...(opt(input.decision) ? { decision: opt(input.decision) } : {}),
      ...(opt(input.responsible) ? { responsible: opt(input.responsible) } : {}),
      ...(opt(input.due) ? { due: opt(input.due) } : {}),
      actions,
    });
    if (!item.success) return refuse("INVALID_INPUT", { issues: item.error.issues.map((x) => ({ path: x.path.join("."), message: x.message })), message: item.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ") });
    const nextItems = items.some((x) => x.no === no) ? items.map((x) => (x.no === no ? item.data : x)) : [...items, item.data].sort((a, b) => a.no - b.no);
    const content = MinutesContentSchema.safeParse({ attendees: current?.content.attendees ?? [], adjusters: current?.content.adjusters ?? [], items: nextItems });
    if (!content.success) return refuse("INVALID_INPUT", { message: content.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ") });
    return this.write(actor, meeting.groupId, id, meeting, content.data, undefined, undefined, via);
  }

  /** The meeting a minutes document belongs to (for the item form). */
  async meetingOf(meetingId: string) {
    return this.repo.meeting(meetingId);
  }

  private async write(
    actor: Actor,
    groupId: string,
    id: string,
    meeting: { id: string; date: string },
    content: MinutesContent,
    dueDate: string | undefined,
    reason: string | undefined,
    via: "teams" | "cli",
  ): Promise<MinutesResult<{ minutes: Minutes; created: boolean; changed: boolean; asked: boolean }>> {
    const version = versionOf(content);
    const by = identityOf(actor, via);
    // A new version while approval is asked: the approvers are resolved again from the new content.
    const existing = await this.repo.get(groupId, id);
    const reresolved = existing && existing.status !== "draft" && existing.version !== version ? await this.resolveApprovers(groupId, content) : undefined;
    const at = this.now();
    let refusal: MinutesRefusal | undefined;
    const out = await this.repo.mutate<Minutes>(groupId, id, (cur) => {
      refusal = undefined;
      if (!cur) {
        return {
          id,
          type: "minutes",
          groupId,
          meetingId: meeting.id,
          meetingDate: meeting.date,
          status: "draft",
          content,
          version,
          versionNo: 1,
          revision: 1,
          round: 0,
          approvers: [],
          approvals: [],
          changeRequests: [],
          ...(dueDate ? { dueDate } : {}),
          revisions: [],
          createdAt: at,
          createdBy: by,
          updatedAt: at,
          updatedBy: by,
        };
      }
      if (cur.version === version && (!dueDate || dueDate === cur.dueDate)) return UNCHANGED;
      if (cur.status === "approved" && cur.version !== version && (!reason || reason.length < LIMITS.reason.min)) {
        refusal = refuse("LOCKED", { version: cur.version, versionNo: cur.versionNo });
        return UNCHANGED;
      }
      const newVersion = cur.version !== version;
      const next: Minutes = { ...cur, content, version, revision: cur.revision + 1, updatedAt: at, updatedBy: by, ...(dueDate ? { dueDate } : {}) };
      if (!newVersion) return next;
      next.versionNo = cur.versionNo + 1;
      next.approvals = [];
      if (cur.status === "approved") {
        next.revisions = [...cur.revisions, { versionNo: next.versionNo, version, reason: reason!, by, at }];
        delete next.approvedAt;
        delete next.distribution;
      }
      if (cur.status !== "draft") {
        // Asked again: a new round with the same approvers.
        next.status = "requested";
        next.round = cur.round + 1;
        next.requestedAt = at;
        next.requestedBy = by;
        if (reresolved?.ok) next.approvers = reresolved.approvers;
      }
      return next;
    });
    if (refusal) return refusal;
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return { ok: true, minutes: out.doc as Minutes, created: false, changed: false, asked: false };
    const m = out.doc;
    const prev = out.previous;
    const action = !prev ? "load" : prev.status === "approved" && prev.version !== m.version ? "revise" : "edit";
    await this.audit(m, action, by, {
      items: m.content.items.length,
      ...(prev && prev.version !== m.version ? { previousVersion: prev.version } : {}),
      ...(action === "revise" ? { reason } : {}),
      ...(prev && prev.status !== "draft" && prev.version !== m.version ? { approvalsCleared: prev.approvals.length } : {}),
    });
    const asked = !!prev && prev.status !== "draft" && prev.version !== m.version;
    if (asked) {
      await this.audit(m, "request", by, { round: m.round, approvers: m.approvers.map((a) => a.name || a.key), dueDate: m.dueDate, auto: true });
      await this.ask(m, prev!.round);
    }
    return { ok: true, minutes: m, created: !prev, changed: true, asked };
  }

  // ---- approvers -----------------------------------------------------------------------------------

  /** Chair (and/or other roles, per settings) and the adjusters the minutes name (default: the group's adjusters). */
  async resolveApprovers(groupId: string, content: MinutesContent): Promise<MinutesResult<{ approvers: Approver[] }>> {
    const settings = await this.settings(groupId);
    const roles = await this.o.agenda.listRoles(groupId);
    const byKey = new Map<string, Approver>();
    const add = (r: RoleAssignment, why: string) => {
      const key = personKey(r.person);
      const a = byKey.get(key);
      if (a) {
        if (!a.roles.includes(why)) a.roles.push(why);
        return;
      }
      byKey.set(key, {
        key,
        name: r.person.name || key,
        ...(r.person.aadObjectId ? { aadObjectId: r.person.aadObjectId } : {}),
        ...(r.person.teamsId ? { teamsId: r.person.teamsId } : {}),
        ...(r.person.tenantId ? { tenantId: r.person.tenantId } : {}),
        roles: [why],
      });
    };
    for (const role of settings.approverRoles) {
      if (role === "adjuster") continue;
      for (const r of roles.filter((x) => x.role === role)) add(r, role);
    }
    if (settings.approverRoles.includes("adjuster")) {
      const fold = (s: string) => s.normalize("NFKC").toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();
      if (content.adjusters.length > 0) {
        const missing: string[] = [];
        for (const name of content.adjusters) {
          const holders = roles.filter((r) => fold(r.person.name) === fold(name));
          const r = holders.find((x) => x.role === "adjuster") ?? holders[0];
          if (r) add(r, "adjuster");
          else missing.push(name);
        }
        if (missing.length > 0) return refuse("UNKNOWN_ADJUSTER", { names: missing, message: `no role holder of the group is named ${missing.join(", ")}` });
      } else for (const r of roles.filter((x) => x.role === "adjuster")) add(r, "adjuster");
    }
    const approvers = [...byKey.values()];
    if (approvers.length === 0) return refuse("NO_APPROVERS");
    // Teams ids (for the card's refresh.userIds) of people known only by their Entra id.
    for (const a of approvers) {
      if (!a.teamsId && a.aadObjectId && a.tenantId && this.o.teamsIdOf) {
        const t = await this.o.teamsIdOf(a.tenantId, a.aadObjectId);
        // Only a Teams id ("29:…"): a 1:1 the bot created itself may hold the Entra id there.
        if (t && /^\d+:/.test(t)) a.teamsId = t;
      }
    }
    return { ok: true, approvers };
  }

  // ---- requesting approval -------------------------------------------------------------------------

  /** The secretary asks for approval: the card in the home channel and 1:1 to each approver. */
  async request(actor: Actor, groupId: string, minutesId: string, via: "teams" | "cli" = "cli"): Promise<MinutesResult<{ minutes: Minutes; already: boolean }>> {
    const current = await this.repo.get(groupId, minutesId);
    if (!current) return refuse("NOT_FOUND");
    if (!(await this.isSecretary(actor, groupId))) return refuse("NOT_ALLOWED");
    if (current.status === "approved") return refuse("LOCKED", { version: current.version, versionNo: current.versionNo });
    if (current.status === "requested") return { ok: true, minutes: current, already: true };
    const resolved = await this.resolveApprovers(groupId, current.content);
    if (!resolved.ok) return resolved;
    const settings = await this.settings(groupId);
    const today = this.today();
    const by = identityOf(actor, via);
    const at = this.now();
    let refusal: MinutesRefusal | undefined;
    let already = false;
    const out = await this.repo.mutate<Minutes>(groupId, minutesId, (cur) => {
      refusal = undefined;
      already = false;
      if (!cur) return (refusal = refuse("NOT_FOUND")), UNCHANGED;
      if (cur.status === "approved") return (refusal = refuse("LOCKED", { version: cur.version, versionNo: cur.versionNo })), UNCHANGED;
      if (cur.status === "requested") return (already = true), UNCHANGED;
      const base = cur.meetingDate > today ? cur.meetingDate : today;
      return {
        ...cur,
        status: "requested",
        round: cur.round + 1,
        approvers: resolved.approvers,
        approvals: [],
        dueDate: cur.dueDate && cur.dueDate >= today ? cur.dueDate : addDays(base, settings.approvalDays),
        requestedAt: at,
        requestedBy: by,
        revision: cur.revision + 1,
        updatedAt: at,
        updatedBy: by,
      };
    });
    if (refusal) return refusal;
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return { ok: true, minutes: out.doc as Minutes, already };
    const m = out.doc;
    await this.audit(m, "request", by, { round: m.round, approvers: m.approvers.map((a) => a.name || a.key), dueDate: m.dueDate });
    await this.ask(m);
    return { ok: true, minutes: m, already: false };
  }

  /** The person target of an approver: 1:1, falling back to an @mention in the home channel. */
  private approverTarget(m: Minutes, a: Approver, channel: { tenantId: string; conversationId: string } | undefined): Target | undefined {
    const tenantId = a.tenantId ?? channel?.tenantId ?? m.requestedBy?.tenantId;
    const userId = a.aadObjectId ?? a.teamsId;
    if (!tenantId || !userId) return undefined;
    return { kind: "person", tenantId, userId, name: a.name, ...(channel ? { fallbackChannel: { conversationId: channel.conversationId } } : {}) };
  }

  /** Posts the round's cards; the copies of an earlier round are updated to the current state. */
  private async ask(m: Minutes, previousRound?: number): Promise<void> {
    const r = this.renderer;
    if (!r) return;
    const view = await this.view(m);
    const channel = await this.o.agenda.homeChannel(m.groupId);
    const jobs: Promise<unknown>[] = [];
    if (channel) {
      jobs.push(
        r.channelCard(view).then((payload) =>
          this.o.outbox.enqueue({ id: minutesPostIds.channel(m, m.round), target: { kind: "channel", tenantId: channel.tenantId, conversationId: channel.conversationId, groupId: m.groupId }, payload }),
        ),
      );
    }
    for (const a of m.approvers) {
      const target = this.approverTarget(m, a, channel);
      if (!target) continue;
      jobs.push(r.approverCard(view, a).then((payload) => this.o.outbox.enqueue({ id: minutesPostIds.approver(m, m.round, a.key), target, payload })));
    }
    await Promise.all(jobs);
    if (previousRound && previousRound > 0) this.spawn(() => this.updateCopies(m, previousRound));
  }

  /**
   * The channel card after an approval or a change request, in the background and coalesced: while a
   * refresh of this document runs in this process, further calls only ask it to go once more.
   */
  private refreshChannel(m: Minutes): void {
    const running = this.refreshing.get(m.id);
    if (running) {
      running.dirty = true;
      return;
    }
    const state = { dirty: false };
    this.refreshing.set(m.id, state);
    this.spawn(async () => {
      try {
        // A burst of approvals becomes one rendering (the outbox coalesces the sends as well).
        await new Promise((r) => setTimeout(r, this.refreshDelayMs));
        do {
          state.dirty = false;
          await this.updateCopies(m, m.round, true);
        } while (state.dirty);
      } finally {
        this.refreshing.delete(m.id);
      }
    });
  }

  /**
   * Updates every stored copy of a round's cards to the document's current state. Each copy is
   * re-rendered until the document no longer moves, so the last write shows the latest state. Approved
   * minutes look the same to everyone: one rendering serves every copy.
   */
  private async updateCopies(m: Minutes, round: number, onlyChannel = false): Promise<void> {
    const r = this.renderer;
    if (!r) return;
    const targets: { id: string; approver?: Approver }[] = [{ id: minutesPostIds.channel(m, round) }];
    if (!onlyChannel) for (const a of m.approvers) targets.push({ id: minutesPostIds.approver(m, round, a.key), approver: a });
    const posted = (await Promise.all(targets.map(async (x) => ((await this.o.outbox.get(x.id)) ? x : undefined)))).filter((x): x is { id: string; approver?: Approver } => !!x);
    let pending = posted;
    for (let attempt = 0; attempt < 12 && pending.length > 0; attempt++) {
      const doc = (await this.repo.get(m.groupId, m.id)) ?? m;
      const view = await this.view(doc);
      const shared = doc.status === "approved" ? await r.channelCard(view) : undefined;
      const failed: typeof pending = [];
      for (const x of pending) {
        const payload = shared ?? (x.approver ? await r.approverCard(view, doc.approvers.find((a) => a.key === x.approver!.key) ?? x.approver) : await r.channelCard(view));
        const res = await this.o.outbox.update({ of: x.id, payload });
        if (!res.ok && res.code === "CONFLICT") failed.push(x);
      }
      const after = await this.repo.get(m.groupId, m.id);
      pending = after && after.revision !== doc.revision ? posted : failed;
    }
  }

  // ---- approving -----------------------------------------------------------------------------------

  private check(cur: Minutes | undefined, actor: Actor, version: string): MinutesRefusal | Approver {
    if (!cur) return refuse("NOT_FOUND");
    const approver = this.approverOf(cur, actor);
    if (!approver) return refuse("NOT_AN_APPROVER");
    if (cur.status === "draft") return refuse("NOT_REQUESTED");
    if (cur.version !== version) return refuse("STALE_VERSION", { version: cur.version, versionNo: cur.versionNo });
    if (cur.status === "approved") return refuse("ALREADY_APPROVED", { version: cur.version, versionNo: cur.versionNo });
    return approver;
  }

  /**
   * An approver approves the version they were shown. Checked on the server: the actor must be an
   * approver of these minutes and the version the current one. The write that completes the set flips
   * the minutes to approved (locked) and does the follow-up once.
   */
  async approve(actor: Actor, groupId: string, minutesId: string, version: string, via: "teams" | "cli" = "teams"): Promise<MinutesResult<{ minutes: Minutes; transitioned: boolean; already: boolean }>> {
    const by = identityOf(actor, via);
    const at = this.now();
    let refusal: MinutesRefusal | undefined;
    let already = false;
    const out = await this.repo.mutate<Minutes>(groupId, minutesId, (cur) => {
      refusal = undefined;
      already = false;
      const c = this.check(cur, actor, version);
      if ("ok" in c) return (refusal = c), UNCHANGED;
      if (cur!.approvals.some((a) => a.key === c.key && a.version === version)) return (already = true), UNCHANGED;
      const approvals = [...cur!.approvals.filter((a) => a.key !== c.key), { key: c.key, version, at, by }];
      const done = cur!.approvers.every((a) => approvals.some((x) => x.key === a.key && x.version === version));
      return {
        ...cur!,
        approvals,
        revision: cur!.revision + 1,
        updatedAt: at,
        updatedBy: by,
        ...(done ? { status: "approved" as const, approvedAt: at } : {}),
      };
    });
    if (refusal) return refusal;
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return { ok: true, minutes: out.doc as Minutes, transitioned: false, already };
    const m = out.doc;
    const transitioned = out.previous?.status === "requested" && m.status === "approved";
    await this.audit(m, "approve", by, { round: m.round, approved: m.approvals.length, of: m.approvers.length });
    if (transitioned) {
      await this.audit(m, "approved", by, { approvers: m.approvals.map((a) => ({ key: a.key, name: a.by.name, at: a.at })) });
      await this.finalize(m);
    } else this.refreshChannel(m);
    return { ok: true, minutes: m, transitioned, already: false };
  }

  /** An approver asks for changes (comment required; an item optional). Their approval, if any, is withdrawn. */
  async requestChanges(actor: Actor, groupId: string, minutesId: string, version: string, comment: string, itemNo?: number, via: "teams" | "cli" = "teams"): Promise<MinutesResult<{ minutes: Minutes; request: ChangeRequest }>> {
    const text = comment.trim();
    if (text.length < LIMITS.comment.min || text.length > LIMITS.comment.max) return refuse("INVALID_INPUT", { issues: [{ path: "comment", message: "required" }], message: "comment: required" });
    const by = identityOf(actor, via);
    const at = this.now();
    let refusal: MinutesRefusal | undefined;
    let request: ChangeRequest | undefined;
    const out = await this.repo.mutate<Minutes>(groupId, minutesId, (cur) => {
      refusal = undefined;
      const c = this.check(cur, actor, version);
      if ("ok" in c) return (refusal = c), UNCHANGED;
      const item = itemNo !== undefined && cur!.content.items.some((i) => i.no === itemNo) ? itemNo : undefined;
      request = { key: c.key, version, at, by, comment: text, ...(item !== undefined ? { itemNo: item } : {}) };
      return { ...cur!, approvals: cur!.approvals.filter((a) => a.key !== c.key), changeRequests: [...cur!.changeRequests, request], revision: cur!.revision + 1, updatedAt: at, updatedBy: by };
    });
    if (refusal) return refusal;
    if (out.kind !== "written" || !request) return refuse("CONFLICT");
    const m = out.doc;
    await this.audit(m, "requestChanges", by, { comment: text, ...(request.itemNo !== undefined ? { itemNo: request.itemNo } : {}) });
    // The secretary hears it 1:1 (once per request).
    const secretary = (await this.o.agenda.listRoles(groupId)).find((r) => r.role === "secretary");
    const channel = await this.o.agenda.homeChannel(groupId);
    if (this.renderer && secretary) {
      const tenantId = secretary.person.tenantId ?? channel?.tenantId ?? actor.tenantId;
      const userId = secretary.person.aadObjectId ?? secretary.person.teamsId;
      if (tenantId && userId) {
        const payload = await this.renderer.changeNotice(await this.view(m), request);
        await this.o.outbox.enqueue({ id: minutesPostIds.changes(m, request.key, request.at), target: { kind: "person", tenantId, userId, name: secretary.person.name, ...(channel ? { fallbackChannel: { conversationId: channel.conversationId } } : {}) }, payload });
      }
    }
    this.refreshChannel(m);
    return { ok: true, minutes: m, request };
  }

  // ---- approved: post, distribute, update ----------------------------------------------------------

  /** The recipients the mandate names for minutes ("delges Ledningsgruppen och samverkansnämndens kansli"). */
  async recipients(groupId: string): Promise<{ entryId?: string; name: string; clause: string }[]> {
    const catalog = await this.o.catalog.get();
    const entry = catalog.entries.find((e) => e.id === groupId);
    if (!entry) return [];
    const kind = entry.kindId ? catalog.entries.find((e) => e.id === entry.kindId) : undefined;
    const duties = [...entry.reporting, ...(kind?.reporting ?? []).filter((k) => !entry.reporting.some((r) => r.clause.text === k.clause.text && r.toId === k.toId))];
    const out: { entryId?: string; name: string; clause: string }[] = [];
    const seen = new Set<string>();
    for (const d of duties.filter((x) => MINUTES_WORDS.test(x.what) || (x.cadence === "per-meeting" && MINUTES_WORDS.test(x.clause.text)))) {
      if (d.toId && d.toId !== groupId) {
        if (seen.has(d.toId)) continue;
        seen.add(d.toId);
        out.push({ entryId: d.toId, name: nameOf(catalog, d.toId) ?? d.toText ?? d.toId, clause: d.clause.text });
      } else if (!d.toId && d.toText) {
        if (seen.has(d.toText)) continue;
        seen.add(d.toText);
        out.push({ name: d.toText, clause: d.clause.text });
      }
      const pub = /publiceras\s+på\s+([\p{L}-]+)/iu.exec(d.clause.text);
      if (pub && !seen.has(pub[1]!.toLowerCase())) {
        seen.add(pub[1]!.toLowerCase());
        out.push({ name: pub[1]!, clause: d.clause.text });
      }
    }
    return out;
  }

  /**
   * After the transition (once, by the write that made it; the scheduler catches up after a crash): the
   * approved minutes in the home channel, to each recipient's home channel (else "awaiting
   * distribution"), and every stored copy of the round's cards updated to the final state.
   */
  async finalize(m: Minutes): Promise<Minutes> {
    const r = this.renderer;
    if (!r || m.status !== "approved") return m;
    const view = await this.view(m);
    const channel = await this.o.agenda.homeChannel(m.groupId);
    if (channel) {
      await this.o.outbox.enqueue({ id: minutesPostIds.final(m), target: { kind: "channel", tenantId: channel.tenantId, conversationId: channel.conversationId, groupId: m.groupId }, payload: await r.finalPost(view) });
    }
    const distribution: Recipient[] = [];
    for (const rec of await this.recipients(m.groupId)) {
      const binding = rec.entryId ? await this.o.agenda.homeChannel(rec.entryId) : undefined;
      if (rec.entryId && binding) {
        const id = minutesPostIds.distribution(m, rec.entryId);
        const recipient: Recipient = { entryId: rec.entryId, name: rec.name, status: "posted", outboxId: id, clause: rec.clause };
        await this.o.outbox.enqueue({ id, target: { kind: "channel", tenantId: binding.tenantId, conversationId: binding.conversationId, groupId: rec.entryId }, payload: await r.distributionPost(view, recipient) });
        distribution.push(recipient);
      } else distribution.push({ ...(rec.entryId ? { entryId: rec.entryId } : {}), name: rec.name, status: "awaiting", clause: rec.clause });
    }
    const out = await this.repo.mutate<Minutes>(m.groupId, m.id, (cur) =>
      cur && cur.status === "approved" && cur.version === m.version && !cur.distribution ? { ...cur, distribution, revision: cur.revision + 1 } : UNCHANGED,
    );
    const done = out.kind === "written" ? out.doc : m;
    if (out.kind === "written") await this.audit(done, "distribute", { userId: "system", name: "Samverkan", via: "system" }, { recipients: distribution.map((d) => ({ name: d.name, entryId: d.entryId, status: d.status })) });
    this.spawn(() => this.updateCopies(done, done.round));
    return done;
  }

  // ---- scheduler: reminders and catch-up -----------------------------------------------------------

  /** Overdue approvals: one 1:1 reminder per approver per version, after "justeras senast". */
  async remindersDue(at: Date): Promise<{ id: string; target: Target; payload: Payload }[]> {
    const r = this.renderer;
    if (!r) return [];
    const today = zonedDate(at, this.o.timeZone);
    const out: { id: string; target: Target; payload: Payload }[] = [];
    for (const m of await this.repo.withStatus("requested")) {
      if (!m.dueDate || m.dueDate >= today) continue;
      const channel = await this.o.agenda.homeChannel(m.groupId);
      const view = await this.view(m);
      for (const a of m.approvers) {
        if (m.approvals.some((x) => x.key === a.key && x.version === m.version)) continue;
        const target = this.approverTarget(m, a, channel);
        if (target) out.push({ id: minutesPostIds.reminder(m, a.key), target, payload: await r.reminder(view, a) });
      }
    }
    return out;
  }

  /** Approved minutes whose follow-up did not happen (a crash between the transition and the posts). */
  async catchUp(): Promise<number> {
    let n = 0;
    for (const m of await this.repo.withStatus("approved")) {
      if (m.distribution) continue;
      await this.finalize(m);
      n++;
    }
    await this.settled();
    return n;
  }
}

const nameOf = (catalog: Catalog, id: string): string | undefined => catalog.entries.find((e: GroupRecord) => e.id === id)?.name;
