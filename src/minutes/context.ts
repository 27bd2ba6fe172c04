import { randomUUID } from "node:crypto";
import type { Clock } from "../domain/clock";
import { zonedDate } from "../domain/working-days";
import { holds } from "../agenda/agenda-service";
import type { Actor, RoleAssignment } from "../agenda/schema";
import { minutesPostIds } from "./post-ids";
import type { MinutesAgenda, MinutesCatalog, MinutesDeliveryQueries, MinutesOutbox, MinutesRenderer, MinutesStore, MinutesView } from "./ports";
import { tally } from "./tally";
import type { Identity, Minutes, MinutesAudit } from "./schema";

export type Via = "teams" | "cli";

export interface MinutesDeps {
  readonly store: MinutesStore;
  readonly clock: Clock;
  readonly timeZone: string;
  readonly agenda: MinutesAgenda;
  readonly outbox: MinutesOutbox;
  readonly delivery: MinutesDeliveryQueries;
  readonly catalog: MinutesCatalog;
  /** The Teams id ("29:…") of a person known by their Entra id, from their stored 1:1 conversation. */
  readonly teamsIdOf?: (tenantId: string, userId: string) => Promise<string | undefined>;
  /** The card renderer (given at composition); without one nothing is posted (tests of the rules alone). */
  readonly renderer?: MinutesRenderer;
}

/** Who may load minutes and ask for approval (admins may too). */
export const SECRETARY_ROLES: readonly string[] = ["secretary", "chair"];

/** How many audit entries a card shows (the read is bounded to these). */
export const AUDIT_SHOWN = 15;

let auditSequence = 0;

export const identityOf = (a: Actor, via: Via): Identity => ({
  userId: a.userId,
  name: a.name ?? "",
  ...(a.aadObjectId ? { aadObjectId: a.aadObjectId } : {}),
  ...(a.teamsId ? { teamsId: a.teamsId } : {}),
  ...(a.tenantId ? { tenantId: a.tenantId } : {}),
  via,
});

/** Both sides name a tenant and they differ: a person of another tenant is never taken for a role holder. */
export const otherTenant = (actor: Pick<Actor, "tenantId">, p: { tenantId?: string | undefined }) => !!actor.tenantId && !!p.tenantId && actor.tenantId !== p.tenantId;

/** The shared pieces of the minutes use cases: the ports, the clock, the audit and the common reads. */
export class MinutesContext {
  constructor(readonly deps: MinutesDeps) {}

  get store(): MinutesStore {
    return this.deps.store;
  }

  now(): string {
    return this.deps.clock.now().toISOString();
  }

  today(): string {
    return zonedDate(this.deps.clock.now(), this.deps.timeZone);
  }

  async audit(m: Pick<Minutes, "groupId" | "id" | "version" | "versionNo">, action: MinutesAudit["action"], actor: Identity, details: Record<string, unknown> = {}): Promise<MinutesAudit> {
    const at = this.now();
    // Ordered by id (cards read the latest entries): the instant, then the wall clock and a counter, so
    // entries keep their order under a clock that stands still (SAMVERKAN_NOW) and across processes.
    const seq = `${String(Date.now()).padStart(15, "0")}${String(auditSequence++ % 1e6).padStart(6, "0")}`;
    const entry: MinutesAudit = { id: `maudit:${at}:${seq}:${randomUUID()}`, type: "minutesAudit", groupId: m.groupId, minutesId: m.id, at, action, actor, version: m.version, versionNo: m.versionNo, details };
    await this.store.appendAudit(entry);
    return entry;
  }

  /** The actor's roles in a group (role holders of another tenant never match). */
  async rolesOf(actor: Actor, groupId: string): Promise<string[]> {
    return (await this.deps.agenda.listRoles(groupId)).filter((r) => holds(r.person, actor) && !otherTenant(actor, r.person)).map((r) => r.role);
  }

  /** Secretary, chair or an admin: may load, edit and ask for approval. */
  async maySecretary(actor: Actor, groupId: string): Promise<boolean> {
    if (actor.isAdmin) return true;
    return (await this.rolesOf(actor, groupId)).some((r) => SECRETARY_ROLES.includes(r));
  }

  /**
   * The identity an action is recorded with. A person named only by id (the CLI's `--as` without
   * `--name`) gets the name their role in the group gives them, so no card ever shows a bare id.
   */
  async identify(actor: Actor, via: Via, groupId: string): Promise<Identity> {
    const id = identityOf(actor, via);
    if (id.name) return id;
    const holder = (await this.deps.agenda.listRoles(groupId)).find((r: RoleAssignment) => holds(r.person, actor));
    return holder?.person.name ? { ...id, name: holder.person.name } : id;
  }

  async groupName(groupId: string): Promise<string> {
    return (await this.deps.catalog.get()).entries.find((e) => e.id === groupId)?.name ?? groupId;
  }

  /** The minutes with only the approvals that count (of the current round and version). */
  async hydrate(m: Minutes): Promise<Minutes> {
    return { ...m, approvals: tally(m) };
  }

  /** Approver keys not reached 1:1 in the current round, asked of the delivery (off the click's path). */
  async notReachedNow(m: Minutes): Promise<string[]> {
    if (m.round === 0 || m.approvers.length === 0) return [];
    const byId = new Map(m.approvers.map((a) => [minutesPostIds.approver(m, m.round, a.key), a.key]));
    const ids = new Set(await this.deps.delivery.notReached([...byId.keys()]));
    return m.approvers.filter((a) => ids.has(minutesPostIds.approver(m, m.round, a.key))).map((a) => a.key);
  }

  /** The latest audit entries a card shows (a bounded read). */
  recentAudit(m: Pick<Minutes, "groupId" | "id">): Promise<MinutesAudit[]> {
    return this.store.recentAudit(m.groupId, m.id, AUDIT_SHOWN);
  }

  /**
   * What a card shows. `fresh` asks the delivery who was not reached (CLI, digest, background); clicks
   * use what the background refresh last wrote on the document, so no click queries the outbox. The
   * audit is read only for `history` (a bounded read, on request): no card render reads it otherwise.
   */
  async view(hydrated: Minutes, o: { fresh?: boolean; history?: boolean } = {}): Promise<MinutesView> {
    const m = hydrated;
    const [groupName, audit, notReached] = await Promise.all([
      this.groupName(m.groupId),
      o.history ? this.recentAudit(m) : Promise.resolve([]),
      o.fresh ? this.notReachedNow(m) : Promise.resolve(m.notReached?.round === m.round ? m.notReached.keys : []),
    ]);
    const names: Record<string, string> = {};
    for (const a of m.approvers) if (a.name && a.name !== a.key) names[a.key] = a.name;
    for (const a of m.approvals) if (a.by.name && !names[a.key]) names[a.key] = a.by.name;
    return { minutes: m, groupName, notReached, audit, names };
  }
}

