import type { Command } from "commander";
import { CliError, resolveGroup, type CliContext } from "../context";
import { cliActor, fail, parseRole, personIds, who } from "./agenda-support";
import { registerItems, registerKallelser } from "./agenda-items";

export { parseRole, personIds } from "./agenda-support";

/**
 * samverkan roles set|remove|list, meetings add|move|cancel|list, agenda, items list|submit|triage,
 * kallelser, audit. The CLI acts as an admin (the operator on the host), named in the audit log as cli:<os user>.
 */
export function register(program: Command, ctx: CliContext): void {
  registerRoles(program, ctx);
  const meetings = program.command("meetings").description("a group's meetings, with item deadline and kallelse date");
  registerMeetingChanges(meetings, ctx);
  registerMeetingEnds(meetings, ctx);
  registerAgenda(program, ctx);
  registerItems(program, ctx);
  registerKallelser(program, ctx);
  registerAudit(program, ctx);
}

function registerRoles(program: Command, ctx: CliContext): void {
  const roles = program.command("roles").description("roles per group: chair, viceChair, secretary, member, coopted, adjuster");

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

/** meetings add | move */
function registerMeetingChanges(meetings: Command, ctx: CliContext): void {

  meetings
    .command("add")
    .description("plan a meeting (time in TIME_ZONE unless the ISO time has an offset)")
    .argument("<group>", "group id or name")
    .requiredOption("--at <iso>", "e.g. 2026-04-14T13:00")
    .option("--place <place>", "where")
    .option("--url <link>", "Teams meeting link")
    .option("--duration <minutes>", "length in minutes")
    .option("--json", "print JSON")
    .action(async (group: string, opts: { at: string; place?: string; url?: string; duration?: string; json?: boolean }) => {
      const durationMinutes = opts.duration === undefined ? undefined : Number(opts.duration);
      if (durationMinutes !== undefined && !Number.isInteger(durationMinutes)) throw new CliError("--duration: whole minutes", 2);
      const r = await ctx.withServices(async (s) =>
        s.agenda.createMeeting(cliActor(), (await resolveGroup(s, group)).id, { at: opts.at, place: opts.place, onlineUrl: opts.url, durationMinutes }),
      );
      if (!r.ok) fail(r);
      ctx.print(!!opts.json, { ...r.meeting, dates: r.dates }, () => `planned ${r.meeting.date} ${r.meeting.time} [${r.meeting.id}]; items due ${r.dates.itemDeadline}, kallelse ${r.dates.kallelseDate}`);
    });

  meetings
    .command("move")
    .description("reschedule a meeting")
    .argument("<group>", "group id or name")
    .argument("<meetingId>", "the meeting id")
    .requiredOption("--at <iso>", "the new time")
    .requiredOption("--revision <n>", "the meeting revision you saw (meetings list)")
    .option("--place <place>", "where")
    .option("--url <link>", "Teams meeting link")
    .action(async (group: string, meetingId: string, opts: { at: string; revision: string; place?: string; url?: string }) => {
      // A kallelse already posted is updated with the new details (the use case does it).
      const r = await ctx.withServices(async (s) =>
        s.agenda.changeMeeting(cliActor(), (await resolveGroup(s, group)).id, { kind: "reschedule", meetingId, revision: Number(opts.revision), input: { at: opts.at, place: opts.place, onlineUrl: opts.url } }),
      );
      if (!r.ok) fail(r);
      const dates = r.view.meetings.find((m) => m.id === r.meeting.id)?.dates;
      ctx.io.out(`moved to ${r.meeting.date} ${r.meeting.time} (revision ${r.meeting.revision})${dates ? `; items due ${dates.itemDeadline}, kallelse ${dates.kallelseDate}` : ""}${r.kallelseUpdated ? "; the posted kallelse is updated" : ""}`);
    });
}

/** meetings cancel | list */
function registerMeetingEnds(meetings: Command, ctx: CliContext): void {
  meetings
    .command("cancel")
    .description("cancel a meeting")
    .argument("<group>", "group id or name")
    .argument("<meetingId>", "the meeting id")
    .requiredOption("--revision <n>", "the meeting revision you saw (meetings list)")
    .option("--reason <text>", "why")
    .action(async (group: string, meetingId: string, opts: { revision: string; reason?: string }) => {
      const r = await ctx.withServices(async (s) =>
        s.agenda.changeMeeting(cliActor(), (await resolveGroup(s, group)).id, { kind: "cancel", meetingId, revision: Number(opts.revision), reason: opts.reason }),
      );
      if (!r.ok) fail(r);
      ctx.io.out(`cancelled ${r.meeting.date} ${r.meeting.time}${r.kallelseUpdated ? "; the posted kallelse is updated" : ""}`);
    });

  meetings
    .command("list")
    .description("the meetings of a group")
    .argument("<group>", "group id or name")
    .option("--json", "print JSON")
    .action(async (group: string, opts: { json?: boolean }) => {
      const out = await ctx.withServices(async (s) => {
        const g = await resolveGroup(s, group);
        return { group: g, meetings: await s.agenda.listMeetings(g.id) };
      });
      ctx.print(!!opts.json, out.meetings, () =>
        out.meetings.length === 0
          ? `${out.group.name}: no meetings planned (samverkan meetings add <group> --at <time>)`
          : [
              `${out.group.name} [${out.group.id}]`,
              ...out.meetings.map(
                (m) =>
                  `  ${m.status === "cancelled" ? "✗" : "●"} ${m.date} ${m.time}  ${m.place ?? m.onlineUrl ?? ""}  items due ${m.dates.itemDeadline}, kallelse ${m.dates.kallelseDate}  [${m.id} r${m.revision}]`,
              ),
            ].join("\n"),
      );
    });
}

function registerAgenda(program: Command, ctx: CliContext): void {
  program
    .command("agenda")
    .description("the agenda (dagordning) of a group's next meeting, or of --meeting")
    .argument("<group>", "group id or name")
    .option("--meeting <id>", "a meeting id")
    .option("--json", "print JSON")
    .action(async (group: string, opts: { meeting?: string; json?: boolean }) => {
      const r = await ctx.withServices(async (s) => s.agenda.agenda((await resolveGroup(s, group)).id, opts.meeting));
      if (!r.ok) {
        if (r.code === "UNKNOWN_MEETING") throw new CliError("no upcoming meeting: plan one with `samverkan meetings add <group> --at <time>`", 1);
        fail(r);
      }
      const a = r.agenda;
      ctx.print(!!opts.json, a, () =>
        [
          `${a.meeting.date} ${a.meeting.time} ${a.meeting.place ?? a.meeting.onlineUrl ?? ""} (items due ${a.dates.itemDeadline}, kallelse ${a.dates.kallelseDate})`,
          ...(a.items.length ? a.items.map((i, n) => `  ${n + 1}. ${i.title} (${i.kind}${i.late ? ", late" : ""})`) : ["  (no accepted items)"]),
          ...(a.pending.length ? [`  awaiting triage: ${a.pending.length}`] : []),
        ].join("\n"),
      );
    });
}

function registerAudit(program: Command, ctx: CliContext): void {
  program
    .command("audit")
    .description("the append-only audit log of a group (roles, meetings, settings, items)")
    .argument("<group>", "group id or name")
    .option("--json", "print JSON")
    .action(async (group: string, opts: { json?: boolean }) => {
      const entries = await ctx.withServices(async (s) => s.agenda.auditLog((await resolveGroup(s, group)).id));
      ctx.print(!!opts.json, entries, () =>
        entries.length === 0
          ? "No audit entries."
          : entries.map((e) => `${e.at}  ${(e.actor.name || e.actor.userId).padEnd(24)} ${e.action.padEnd(20)} ${e.subject.id}${e.revision ? ` r${e.revision}` : ""}`).join("\n"),
      );
    });
}
