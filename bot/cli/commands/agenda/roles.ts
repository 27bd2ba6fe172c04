import type { Command } from "commander";
import { resolveGroup, type CliContext } from "../../context";
import { cliActor, fail, parseRole, personIds, who } from "./common";

/** samverkan roles set|remove|list */
export function registerRoles(program: Command, ctx: CliContext): void {
  const roles = program.command("roles").description("roles per group: chair, viceChair, secretary, member, coopted, adjuster");
  rolesSet(roles, ctx);
  rolesRemove(roles, ctx);
  rolesList(roles, ctx);
}

function rolesSet(roles: Command, ctx: CliContext): void {
  roles
    .command("set")
    .description("give a person a role in a group (chair, vice chair and secretary have one holder each)")
    .argument("<group>", "group id or name")
    .argument("<role>", "chair | viceChair | secretary | member | coopted | adjuster (Swedish words work too)")
    .argument("<id>", "Entra object id, or Teams id (29:…)")
    .option("--name <name>", "display name")
    .option("--region <region>", "for members: the region they represent")
    .option("--tenant <tenantId>", "the person's tenant id")
    .option("--json", "print JSON")
    .action(async (group: string, roleWord: string, id: string, opts: { name?: string; region?: string; tenant?: string; json?: boolean }) => {
      const role = parseRole(roleWord);
      const person = { ...personIds(id), name: opts.name ?? "", ...(opts.region ? { region: opts.region } : {}), ...(opts.tenant ? { tenantId: opts.tenant } : {}) };
      const out = await ctx.withServices(async (s) => {
        const g = await resolveGroup(s, group);
        return { group: g, r: await s.agenda.assignRole(cliActor(), g.id, role, person) };
      });
      if (!out.r.ok) fail(out.r);
      const r = out.r;
      ctx.print(!!opts.json, r.assignment, () => `${out.group.name}: ${role} = ${who(r.assignment.person)}${r.previous ? ` (replaces ${who(r.previous)})` : ""}`);
    });
}

function rolesRemove(roles: Command, ctx: CliContext): void {
  roles
    .command("remove")
    .description("end a person's role in a group")
    .argument("<group>", "group id or name")
    .argument("<role>", "the role")
    .argument("<id>", "Entra object id or Teams id")
    .action(async (group: string, roleWord: string, id: string) => {
      const role = parseRole(roleWord);
      const r = await ctx.withServices(async (s) => s.agenda.removeRole(cliActor(), (await resolveGroup(s, group)).id, role, id.trim()));
      if (!r.ok) fail(r);
      ctx.io.out(`removed ${role} ${who(r.removed.person)}`);
    });
}

function rolesList(roles: Command, ctx: CliContext): void {
  roles
    .command("list")
    .description("the roles of a group")
    .argument("<group>", "group id or name")
    .option("--json", "print JSON")
    .action(async (group: string, opts: { json?: boolean }) => {
      const out = await ctx.withServices(async (s) => {
        const g = await resolveGroup(s, group);
        return { group: g, roles: await s.agenda.listRoles(g.id) };
      });
      const data = out.roles.map((r) => ({ role: r.role, ...r.person, assignedAt: r.assignedAt, assignedBy: r.assignedBy }));
      ctx.print(!!opts.json, data, () =>
        out.roles.length === 0
          ? `${out.group.name}: no roles yet (samverkan roles set <group> chair <id>)`
          : [`${out.group.name} [${out.group.id}]`, ...out.roles.map((r) => `  ${r.role.padEnd(10)} ${who(r.person)}${r.person.region ? `, ${r.person.region}` : ""}`)].join("\n"),
      );
    });
}
