import { personKey, type Actor, type RoleAssignment } from "../agenda/schema";
import type { MinutesContext, Via } from "./context";
import { identityOf } from "./context";
import {
  ApproverRoleSchema,
  DEFAULT_MINUTES_SETTINGS,
  refuse,
  type Approver,
  type ApproverRole,
  type MinutesContent,
  type MinutesResult,
  type MinutesSettings,
} from "./schema";

export interface SettingsInput {
  readonly approverRoles?: string[];
  readonly approvalDays?: number;
}

const fold = (s: string) => s.normalize("NFKC").toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();

/** Who approves a group's minutes (settings per group) and who they are for given minutes. */
export class Approvers {
  constructor(private readonly ctx: MinutesContext) {}

  async settings(groupId: string): Promise<{ approverRoles: ApproverRole[]; approvalDays: number; revision?: number }> {
    const s = await this.ctx.store.settings(groupId);
    return s ? { approverRoles: s.approverRoles, approvalDays: s.approvalDays, revision: s.revision } : { ...DEFAULT_MINUTES_SETTINGS };
  }

  /** Chair, secretary or admin: who approves the group's minutes and how long approval may take. */
  async setSettings(actor: Actor, groupId: string, input: SettingsInput, via: Via = "cli"): Promise<MinutesResult<{ settings: MinutesSettings }>> {
    if (!(await this.ctx.maySecretary(actor, groupId))) return refuse("NOT_ALLOWED");
    const roles = input.approverRoles?.map((r) => ApproverRoleSchema.safeParse(r));
    if (roles?.some((r) => !r.success) || (roles && roles.length === 0)) return refuse("INVALID_INPUT", { message: `approver roles: one or more of ${ApproverRoleSchema.options.join(", ")}` });
    if (input.approvalDays !== undefined && !(Number.isInteger(input.approvalDays) && input.approvalDays >= 1 && input.approvalDays <= 90)) return refuse("INVALID_INPUT", { message: "approval days: 1–90" });
    const current = await this.settings(groupId);
    const by = identityOf(actor, via);
    const out = await this.ctx.store.mutateSettings(groupId, (cur) => ({
      id: "minutesSettings",
      type: "minutesSettings",
      groupId,
      approverRoles: roles ? [...new Set(roles.map((r) => r.data!))] : current.approverRoles,
      approvalDays: input.approvalDays ?? current.approvalDays,
      revision: (cur?.revision ?? 0) + 1,
      updatedBy: by,
      updatedAt: this.ctx.now(),
    }));
    if (out.kind !== "written") return refuse("CONFLICT");
    return { ok: true, settings: out.doc };
  }

  /** Chair (and/or other roles, per settings) and the adjusters the minutes name (default: the group's adjusters). */
  async resolve(groupId: string, content: MinutesContent): Promise<MinutesResult<{ approvers: Approver[] }>> {
    const settings = await this.settings(groupId);
    const roles = await this.ctx.deps.agenda.listRoles(groupId);
    const byKey = new Map<string, Approver>();
    const add = (r: RoleAssignment, why: string) => {
      const key = personKey(r.person);
      const a = byKey.get(key);
      if (a) {
        if (!a.roles.includes(why)) a.roles.push(why);
        return;
      }
      const p = r.person;
      byKey.set(key, { key, name: p.name || key, ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}), ...(p.teamsId ? { teamsId: p.teamsId } : {}), ...(p.tenantId ? { tenantId: p.tenantId } : {}), roles: [why] });
    };
    for (const role of settings.approverRoles) {
      if (role === "adjuster") continue;
      for (const r of roles.filter((x) => x.role === role)) add(r, role);
    }
    if (settings.approverRoles.includes("adjuster")) {
      const missing = this.addAdjusters(roles, content.adjusters, add);
      if (missing.length > 0) return refuse("UNKNOWN_ADJUSTER", { names: missing, message: `no role holder of the group is named ${missing.join(", ")}` });
    }
    const approvers = [...byKey.values()];
    if (approvers.length === 0) return refuse("NO_APPROVERS");
    await this.addTeamsIds(approvers);
    return { ok: true, approvers };
  }

  /** The adjusters the minutes name (by name, among the group's role holders), else the group's adjusters. */
  private addAdjusters(roles: readonly RoleAssignment[], named: readonly string[], add: (r: RoleAssignment, why: string) => void): string[] {
    if (named.length === 0) {
      for (const r of roles.filter((x) => x.role === "adjuster")) add(r, "adjuster");
      return [];
    }
    const missing: string[] = [];
    for (const name of named) {
      const holders = roles.filter((r) => fold(r.person.name) === fold(name));
      const r = holders.find((x) => x.role === "adjuster") ?? holders[0];
      if (r) add(r, "adjuster");
      else missing.push(name);
    }
    return missing;
  }

  /** Teams ids (for the card's refresh.userIds) of people known only by their Entra id. */
  private async addTeamsIds(approvers: Approver[]): Promise<void> {
    const teamsIdOf = this.ctx.deps.teamsIdOf;
    if (!teamsIdOf) return;
    await Promise.all(
      approvers.map(async (a) => {
        if (a.teamsId || !a.aadObjectId || !a.tenantId) return;
        const t = await teamsIdOf(a.tenantId, a.aadObjectId);
        // Only a Teams id ("29:…"): a 1:1 the bot created itself may hold the Entra id there.
        if (t && /^\d+:/.test(t)) a.teamsId = t;
      }),
    );
  }
}

