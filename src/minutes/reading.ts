import type { Actor } from "../agenda/schema";
import { holds } from "../agenda/agenda-service";
import { approverOf } from "./approval";
import { identityOf, otherTenant, SECRETARY_ROLES, type MinutesContext, type Via } from "./context";
import type { MinutesView, MinutesViewer } from "./ports";
import { hasApproved } from "./tally";
import { minutesIdOf, refuse, type Minutes, type MinutesAudit, type MinutesResult } from "./schema";

/** Where a read comes from: the conversation of a click (a card posted in a channel) and the entry point. */
export interface Where {
  readonly via: Via;
  /** The conversation the click came from (channel posts: the channel, without a thread suffix). */
  readonly conversationId?: string;
}

/**
 * Who may read minutes, their items and their audit (checked here, in the use cases, for every read
 * path: card refresh, "show discussion", the protokoll command, the CLI): the group's role holders,
 * the approvers and administrators of the same tenant, and people in the group's home channel where the
 * card was posted; approved minutes also the recipients the mandate names (their role holders and home
 * channels). Anyone else is refused, and the refusal is audited.
 */
export class Reading {
  constructor(private readonly ctx: MinutesContext) {}

  /** The viewer the actor is, or undefined: no access. */
  async viewerOf(actor: Actor, m: Minutes, where: Where = { via: "teams" }): Promise<MinutesViewer | undefined> {
    const approver = approverOf(m, actor);
    if (approver) return { kind: "approver", approver };
    const [roles, channel] = await Promise.all([this.ctx.rolesOf(actor, m.groupId), this.ctx.deps.agenda.homeChannel(m.groupId)]);
    const tenant = channel?.tenantId ?? m.createdBy.tenantId ?? m.requestedBy?.tenantId;
    if (roles.some((r) => SECRETARY_ROLES.includes(r)) || (actor.isAdmin && !otherTenant(actor, { tenantId: tenant }))) return { kind: "secretary" };
    if (roles.length > 0) return { kind: "reader" };
    if (channel && this.fromChannel(actor, where, channel)) return { kind: "reader" };
    if (m.status === "approved" && (await this.recipientOf(actor, m, where))) return { kind: "reader" };
    return undefined;
  }

  private fromChannel(actor: Actor, where: Where, channel: { tenantId: string; conversationId: string }): boolean {
    return !!where.conversationId && where.conversationId === channel.conversationId && !otherTenant(actor, channel);
  }

  /** A role holder of a recipient group, or a click from a recipient's home channel. */
  private async recipientOf(actor: Actor, m: Minutes, where: Where): Promise<boolean> {
    for (const r of m.distribution ?? []) {
      if (!r.entryId) continue;
      const [roles, channel] = await Promise.all([this.ctx.deps.agenda.listRoles(r.entryId), this.ctx.deps.agenda.homeChannel(r.entryId)]);
      if (roles.some((x) => holds(x.person, actor) && !otherTenant(actor, x.person))) return true;
      if (channel && r.status === "posted" && this.fromChannel(actor, where, channel)) return true;
    }
    return false;
  }

  /** The minutes as a card shows them to the actor, or NO_ACCESS (audited). */
  async read(actor: Actor, groupId: string, minutesId: string, where: Where = { via: "teams" }, o: { history?: boolean } = {}): Promise<MinutesResult<{ view: MinutesView; viewer: MinutesViewer }>> {
    const stored = await this.ctx.store.read(groupId, minutesId);
    if (!stored) return refuse("NOT_FOUND");
    return this.readDoc(actor, stored.doc, where, o);
  }

  async readDoc(actor: Actor, doc: Minutes, where: Where, o: { history?: boolean } = {}): Promise<MinutesResult<{ view: MinutesView; viewer: MinutesViewer }>> {
    const [viewer, m] = await Promise.all([this.viewerOf(actor, doc, where), this.ctx.hydrate(doc)]);
    if (!viewer) {
      await this.ctx.audit(m, "refused", identityOf(actor, where.via), { read: true, ...(where.conversationId ? { conversationId: where.conversationId } : {}) });
      return refuse("NO_ACCESS");
    }
    return { ok: true, viewer, view: await this.ctx.view(m, { fresh: where.via === "cli", history: o.history }) };
  }

  /**
   * The group's minutes for the actor: those awaiting the actor's approval when there are any (the newest
   * such), else the most recent; `none` when the group has none yet. An approver who asks "protokoll
   * <grupp>" (the 1:1 card lost or never reached) gets the minutes to approve, not a later draft that
   * only shows "endast justerarna kan godkänna".
   */
  async latest(actor: Actor, groupId: string, where: Where): Promise<MinutesResult<{ view: MinutesView; viewer: MinutesViewer }> | { ok: true; none: true }> {
    const all = await this.ctx.store.ofGroup(groupId);
    if (all.length === 0) return { ok: true, none: true };
    const awaiting = all.find((m) => {
      if (m.status !== "requested") return false;
      const approver = approverOf(m, actor);
      return !!approver && !hasApproved(m, approver.key);
    });
    return this.readDoc(actor, awaiting ?? all[0]!, where);
  }

  /** The whole audit (CLI), for those who may read the minutes. */
  async audit(actor: Actor, m: Minutes, where: Where): Promise<MinutesResult<{ entries: MinutesAudit[] }>> {
    const read = await this.readDoc(actor, m, where);
    if (!read.ok) return read;
    return { ok: true, entries: await this.ctx.store.audit(m.groupId, m.id) };
  }

  /** By minutes id or meeting id, across groups (CLI). */
  async find(id: string): Promise<Minutes | undefined> {
    const m = (await this.ctx.store.byId(id)) ?? (await this.ctx.store.byId(minutesIdOf(id)));
    return m ? this.ctx.hydrate(m) : undefined;
  }

  async get(groupId: string, minutesId: string): Promise<Minutes | undefined> {
    const s = await this.ctx.store.read(groupId, minutesId);
    return s ? this.ctx.hydrate(s.doc) : undefined;
  }

  async list(groupId: string): Promise<Minutes[]> {
    return Promise.all((await this.ctx.store.ofGroup(groupId)).map((m) => this.ctx.hydrate(m)));
  }
}
