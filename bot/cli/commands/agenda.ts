import * as os from "node:os";
import type { Command } from "commander";
import type { Actor, Refusal, RoleKind } from "../../../src/agenda/schema";
import { CliError, refusalError, resolveGroup, type CliContext } from "../context";
import { kallelseOutboxId, kallelserDue } from "../../../src/agenda/kallelse";
import { roleOfWord } from "../../../src/agenda/role-words";

/**
 * samverkan roles set|remove|list, meetings add|move|cancel|list, agenda, items list|submit|triage, audit.
 * The CLI acts as an admin (the operator on the host), named in the audit log as cli:<os user>.
 */

export function parseRole(word: string): RoleKind {
  const r = roleOfWord(word);
  if (!r) throw new CliError(`unknown role "${word}"; use one of chair, viceChair, secretary, member, coopted, adjuster`, 2);
  return r;
}

/** Teams ids look like 29:…, 8:orgid:…; anything else is taken as an Entra object id. */
export function personIds(id: string): { aadObjectId?: string; teamsId?: string } {
  const v = id.trim();
  if (!v) throw new CliError("the person id is empty", 2);
  return /^\d+:/.test(v) ? { teamsId: v } : { aadObjectId: v };
}

function cliActor(): Actor {
  let user = "operator";
  try {
    user = os.userInfo().username || user;
  } catch {
    // no user database (containers): keep the default
  }
  return { userId: `cli:${user}`, name: `${user} (CLI)`, isAdmin: true };
}

/** A refusal on stderr: its code, the text from the agenda's error table, and the details. */
function fail(r: Refusal): never {
  throw refusalError("agenda", r, [r.message, r.by ? `by ${r.by.name || r.by.userId}` : undefined, r.revision !== undefined ? `current revision ${r.revision}` : undefined]);
}

const who = (p: { name?: string; aadObjectId?: string; teamsId?: string }) => `${p.name || "(no name)"} <${p.aadObjectId ?? p.teamsId}>`;

export function register(program: Command, ctx: CliContext): void {
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

  const meetings = program.command("meetings").description("a group's meetings, with item deadline and kallelse date");

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

  const items = program.command("items").description("agenda items (ärenden): list, submit, triage");

  items
    .command("list")
    .description("all agenda items of a group with status and revision")
    .argument("<group>", "group id or name")
    .option("--json", "print JSON")
    .action(async (group: string, opts: { json?: boolean }) => {
      const items = await ctx.withServices(async (s) => s.agenda.listItems((await resolveGroup(s, group)).id));
      ctx.print(!!opts.json, items, () =>
        items.length === 0 ? "No items." : items.map((i) => `${i.status.padEnd(10)} ${i.title}${i.late ? " (late)" : ""}  [${i.id} r${i.revision}]`).join("\n"),
      );
    });

  items
    .command("submit")
    .description("submit an item on someone's behalf (local demos and tests; in Teams the submitter is the actor)")
    .argument("<group>", "group id or name")
    .requiredOption("--title <text>", "title")
    .requiredOption("--description <text>", "description")
    .option("--kind <kind>", "information | diskussion | beslut", "information")
    .option("--meeting <id>", "preferred meeting id")
    .option("--link <url...>", "links")
    .option("--raise-at-meeting", "when late: raise it at the meeting instead of the next one")
    .option("--as <id>", "the submitter's Entra object id or Teams id (default: the CLI operator)")
    .option("--name <name>", "the submitter's name")
    .option("--tenant <tenantId>", "the submitter's tenant")
    .option("--json", "print JSON")
    .action(
      async (
        group: string,
        opts: { title: string; description: string; kind: string; meeting?: string; link?: string[]; raiseAtMeeting?: boolean; as?: string; name?: string; tenant?: string; json?: boolean },
      ) => {
        const actor: Actor = opts.as
          ? { userId: opts.as.trim(), ...personIds(opts.as), name: opts.name ?? "", ...(opts.tenant ? { tenantId: opts.tenant } : {}), isAdmin: false }
          : cliActor();
        const r = await ctx.withServices(async (s) =>
          s.agenda.submitItem(actor, (await resolveGroup(s, group)).id, {
            title: opts.title,
            description: opts.description,
            kind: opts.kind as "information",
            ...(opts.meeting ? { preferredMeetingId: opts.meeting } : {}),
            links: opts.link ?? [],
            raiseAtMeeting: !!opts.raiseAtMeeting,
          }),
        );
        if (!r.ok) fail(r);
        ctx.print(!!opts.json, r.item, () => `submitted [${r.item.id} r${r.item.revision}]${r.item.late ? " (late)" : ""}${r.item.meetingId ? ` for ${r.item.meetingId}` : " (no meeting planned)"}`);
      },
    );

  items
    .command("triage")
    .description("accept | defer | redirect | reject | reopen an item as a person holding a triage role")
    .argument("<group>", "group id or name")
    .argument("<itemId>", "the item id")
    .argument("<action>", "accept | defer | redirect | reject | reopen")
    .requiredOption("--revision <n>", "the item revision you saw (items list)")
    .requiredOption("--as <id>", "the chair's, vice chair's or secretary's Entra object id or Teams id")
    .option("--meeting <id>", "accept/defer: the meeting")
    .option("--to <group>", "redirect: the receiving group (id or name)")
    .option("--reason <text>", "reject: required")
    .option("--json", "print JSON")
    .action(async (group: string, itemId: string, action: string, opts: { revision: string; as: string; meeting?: string; to?: string; reason?: string; json?: boolean }) => {
      const actor: Actor = { userId: opts.as.trim(), ...personIds(opts.as), isAdmin: false };
      const r = await ctx.withServices(async (s) => {
        const g = await resolveGroup(s, group);
        const to = opts.to ? (await resolveGroup(s, opts.to)).id : undefined;
        return s.agenda.triage(actor, {
          groupId: g.id,
          itemId,
          revision: Number(opts.revision),
          action: action as "accept",
          ...(opts.meeting ? { meetingId: opts.meeting } : {}),
          ...(to ? { toGroupId: to } : {}),
          ...(opts.reason ? { reason: opts.reason } : {}),
        });
      });
      if (!r.ok) fail(r);
      ctx.print(!!opts.json, r, () => `${r.item.status} [${r.item.id} r${r.item.revision}]${r.redirected ? ` → ${r.redirected.groupId} [${r.redirected.id}]` : ""}`);
    });

  program
    .command("kallelser")
    .description("kallelser due at an instant (default: now) and whether each was posted, is queued, or is unsent (no home channel)")
    .option("--at <instant>", "ISO instant, e.g. 2027-01-05T08:00:00+01:00")
    .option("--json", "print JSON")
    .action(async (opts: { at?: string; json?: boolean }) => {
      if (opts.at !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(opts.at) || Number.isNaN(Date.parse(opts.at)))) throw new CliError(`--at: not an ISO instant: ${opts.at}`, 2);
      const rows = await ctx.withServices(async (s) => {
        const at = opts.at ? new Date(opts.at) : s.clock.now();
        const out: { groupId: string; meetingId: string; date: string; time: string; kallelseAt: string; items: number; state: string; channelId?: string; reason?: string }[] = [];
        for (const v of await kallelserDue(s.agenda, at)) {
          const posted = await s.delivery.outbox.get(kallelseOutboxId(v.meeting.id));
          out.push({
            groupId: v.groupId,
            meetingId: v.meeting.id,
            date: v.meeting.date,
            time: v.meeting.time,
            kallelseAt: v.dates.kallelseAt,
            items: v.items.length,
            state: posted ? posted.state : v.binding ? "due" : "unsent",
            ...(v.binding ? { channelId: v.binding.channelId } : { reason: "no home channel" }),
          });
        }
        return out;
      });
      ctx.print(!!opts.json, rows, () =>
        rows.length === 0
          ? "No kallelse is due."
          : rows.map((r) => `${r.date} ${r.time}  ${r.groupId}  ${r.state}${r.reason ? ` (${r.reason})` : ""}, ${r.items} item(s)`).join("\n"),
      );
    });

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
