import type { Command } from "commander";
import { kallelseOutboxId, kallelserDue } from "../../../../src/agenda/kallelse";
import { CliError, resolveGroup, type CliContext } from "../../context";
import { cliActor, fail } from "./common";

/** samverkan meetings add|move|cancel|list */
export function registerMeetings(program: Command, ctx: CliContext): void {
  const meetings = program.command("meetings").description("a group's meetings, with item deadline and kallelse date");
  meetingsAdd(meetings, ctx);
  meetingsMove(meetings, ctx);
  meetingsCancel(meetings, ctx);
  meetingsList(meetings, ctx);
}

function meetingsAdd(meetings: Command, ctx: CliContext): void {
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
}

function meetingsMove(meetings: Command, ctx: CliContext): void {
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

function meetingsCancel(meetings: Command, ctx: CliContext): void {
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
}

function meetingsList(meetings: Command, ctx: CliContext): void {
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

/** samverkan agenda <group>: the dagordning of the next meeting. */
export function registerAgenda(program: Command, ctx: CliContext): void {
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

/** samverkan kallelser [--at]: what the kallelse job would post at an instant, and what it did. */
export function registerKallelser(program: Command, ctx: CliContext): void {
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
}
