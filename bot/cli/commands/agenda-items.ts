import type { Command } from "commander";
import type { Actor } from "../../../src/agenda/schema";
import { kallelseOutboxId, kallelserDue } from "../../../src/agenda/kallelse";
import { CliError, resolveGroup, type CliContext } from "../context";
import { cliActor, fail, personIds } from "./agenda-support";

/**
 * samverkan items list|submit|triage and kallelser. A submit or triage here posts what the same action
 * in Teams posts (the triage card, its updates, the submitter's notice): the agenda use cases make them.
 */
export function registerItems(program: Command, ctx: CliContext): void {
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
  registerTriage(items, ctx);
}

function registerTriage(items: Command, ctx: CliContext): void {
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
}

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
