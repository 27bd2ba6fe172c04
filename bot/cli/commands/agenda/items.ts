import type { Command } from "commander";
import type { Actor } from "../../../../src/agenda/schema";
import { resolveGroup, type CliContext } from "../../context";
import { cliActor, fail, personIds } from "./common";

/** samverkan items list|submit|triage */
export function registerItems(program: Command, ctx: CliContext): void {
  const items = program.command("items").description("agenda items (ärenden): list, submit, triage");
  itemsList(items, ctx);
  itemsSubmit(items, ctx);
  itemsTriage(items, ctx);
}

function itemsList(items: Command, ctx: CliContext): void {
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
}

function itemsSubmit(items: Command, ctx: CliContext): void {
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
        // Late only for a meeting whose deadline it missed: one moved on to the next meeting is on time there.
        const timing = r.receipt.timing === "late" ? " (late)" : r.receipt.timing === "movedOn" ? " (the nearest meeting's deadline had passed)" : "";
        ctx.print(!!opts.json, r.item, () => `submitted [${r.item.id} r${r.item.revision}]${timing}${r.item.meetingId ? ` for ${r.item.meetingId}` : " (no meeting planned)"}`);
      },
    );
}

function itemsTriage(items: Command, ctx: CliContext): void {
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

/** samverkan audit <group>: the append-only audit log. */
export function registerAudit(program: Command, ctx: CliContext): void {
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
