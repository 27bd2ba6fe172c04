import * as fs from "node:fs";
import * as os from "node:os";
import type { Command } from "commander";
import type { Actor } from "../../../src/agenda/schema";
import type { Services } from "../../../src/services";
import { versionLabel, type Minutes, type MinutesRefusal } from "../../../src/minutes/schema";
import { localDateTime as localTime } from "../../../src/minutes/time";
import { errorText } from "../../../src/i18n/errors";
import { CliError, refusalError, resolveGroup, type CliContext } from "../context";

/**
 * samverkan minutes load|request|show|audit|approve|changes|list|settings. The CLI acts as an admin
 * (the operator, cli:<os user>) unless `--as <id>` names the person acting (approving needs that).
 */

function operator(): Actor {
  let user = "operator";
  try {
    user = os.userInfo().username || user;
  } catch {
    // no user database (containers)
  }
  return { userId: `cli:${user}`, name: `${user} (CLI)`, isAdmin: true };
}

/** `--as <id>`: Teams ids look like 29:…; anything else is an Entra object id. */
function asPerson(id: string, name?: string, tenant?: string): Actor {
  const v = id.trim();
  if (!v) throw new CliError("--as: the person id is empty", 2);
  const ids = /^\d+:/.test(v) ? { teamsId: v } : { aadObjectId: v };
  return { userId: v, ...ids, name: name ?? "", ...(tenant ? { tenantId: tenant } : {}), isAdmin: false };
}

/** The refusal as the CLI prints it: the code and the text from the one error table, then what it left out. */
function fail(r: MinutesRefusal): never {
  const text = errorText("en", "minutes", r);
  // the table's hint names the chat's command; from the host the meetings are listed by the CLI
  const hint = r.code === "UNKNOWN_MEETING" ? "from the host: samverkan meetings list <group>" : undefined;
  throw refusalError("minutes", r, [r.message && !text.includes(r.message) ? r.message : undefined, hint]);
}

async function findMinutes(s: Services, id: string): Promise<Minutes> {
  const m = await s.minutes.find(id.trim());
  if (!m) throw new CliError(`no minutes "${id}" (give the minutes id or the meeting id; see \`samverkan minutes list <group>\`)`, 1);
  return m;
}

/** The whole version as text. */
async function showText(s: Services, m: Minutes, unreached: readonly string[]): Promise<string> {
  const tz = s.config.timeZone;
  const notReached = new Set(unreached);
  const approved = (key: string) => m.approvals.find((a) => a.key === key && a.version === m.version);
  const lines = [
    `Minutes: ${await s.minutes.groupName(m.groupId)}, meeting ${m.meetingDate}  [${m.id}]`,
    `Status: ${m.status}${m.status === "requested" ? ` (${m.approvers.filter((a) => approved(a.key)).length}/${m.approvers.length} approved)` : ""}; version ${versionLabel(m)} (${m.version})${m.dueDate ? `; approve by ${m.dueDate}` : ""}${m.approvedAt ? `; approved ${localTime(m.approvedAt, tz)}` : ""}`,
  ];
  if (m.content.attendees.length) lines.push(`Present: ${m.content.attendees.join(", ")}`);
  if (m.content.adjusters.length) lines.push(`Adjusters (named): ${m.content.adjusters.join(", ")}`);
  if (m.approvers.length) {
    lines.push("Approvers:");
    for (const a of m.approvers) {
      const ok = approved(a.key);
      lines.push(`  ${a.name} <${a.key}> (${a.roles.join(", ")}): ${ok ? `approved ${localTime(ok.at, tz)}` : "pending"}${notReached.has(a.key) ? "; NOT REACHED 1:1" : ""}`);
    }
  }
  for (const i of m.content.items) {
    lines.push("", `§ ${i.no} ${i.title}`);
    if (i.discussion.trim()) lines.push(...i.discussion.split("\n").map((l) => `  ${l}`));
    if (i.decision) lines.push(`  Decision: ${i.decision}${i.responsible ? ` (responsible: ${i.responsible})` : ""}${i.due ? ` (due: ${i.due})` : ""}`);
    for (const a of i.actions) lines.push(`  Action: ${a.text}${a.responsible ? ` (responsible: ${a.responsible})` : ""}${a.due ? ` (due: ${a.due})` : ""}`);
  }
  const changes = m.changeRequests.filter((c) => c.version === m.version);
  if (changes.length) lines.push("", "Change requests:", ...changes.map((c) => `  ${c.by.name || c.key}${c.itemNo !== undefined ? ` (§ ${c.itemNo})` : ""}: ${c.comment}`));
  if (m.revisions.length) lines.push("", "Revisions:", ...m.revisions.map((r) => `  v${r.versionNo}: ${r.reason} (${r.by.name || r.by.userId}, ${localTime(r.at, tz)})`));
  if (m.distribution) lines.push("", "Distribution:", ...m.distribution.map((d) => `  ${d.name}${d.entryId ? ` [${d.entryId}]` : ""}: ${d.status === "posted" ? "posted" : "awaiting distribution"}`));
  return lines.join("\n");
}

/** Opens the services for one command and waits for the card updates it started before the store closes. */
async function withMinutes<T>(ctx: CliContext, fn: (s: Services) => Promise<T>): Promise<T> {
  return ctx.withServices(async (s) => {
    try {
      return await fn(s);
    } finally {
      await s.minutes.settled();
    }
  });
}

function loadCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("load")
    .description("load the minutes of a meeting from a text/markdown file (format: README, 'Minutes'); a new version asks again")
    .argument("<meeting>", "the meeting id (samverkan meetings list <group>)")
    .argument("<file>", "the minutes file, or - for stdin")
    .option("--reason <text>", "approved minutes are locked: a change needs a reason (a new revision)")
    .option("--as <id>", "the secretary's Entra object id or Teams id (default: the CLI operator)")
    .option("--name <name>", "the name of the person acting (for the audit trail)")
    .option("--json", "print JSON")
    .action(async (meeting: string, file: string, opts: { reason?: string; as?: string; name?: string; json?: boolean }) => {
      let text: string;
      try {
        text = fs.readFileSync(file === "-" ? 0 : file, "utf8");
      } catch (e) {
        throw new CliError(`cannot read ${file}: ${(e as Error).message}`, 2);
      }
      const actor = opts.as ? asPerson(opts.as, opts.name) : operator();
      const r = await withMinutes(ctx, (s) => s.minutes.load(actor, meeting, text, { ...(opts.reason !== undefined ? { reason: opts.reason } : {}), via: "cli" }));
      if (!r.ok) fail(r);
      ctx.print(!!opts.json, { ...r.minutes, created: r.created, changed: r.changed, asked: r.asked }, () =>
        `${r.created ? "loaded" : r.changed ? "updated" : "unchanged"}: ${r.minutes.id}, ${r.minutes.content.items.length} item(s), version ${versionLabel(r.minutes)}${r.asked ? "; approvals cleared, approval asked again" : ""}`,
      );
    });
}

function requestCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("request")
    .description("ask the approvers (chair and adjusters by default) to approve: card in the home channel and 1:1")
    .argument("<id>", "minutes id or meeting id")
    .option("--as <id>", "the secretary's Entra object id or Teams id (default: the CLI operator)")
    .option("--name <name>", "the name of the person acting (for the audit trail)")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { as?: string; name?: string; json?: boolean }) => {
      const actor = opts.as ? asPerson(opts.as, opts.name) : operator();
      const r = await withMinutes(ctx, async (s) => {
        const m = await findMinutes(s, id);
        return s.minutes.request(actor, m.groupId, m.id, "cli");
      });
      if (!r.ok) fail(r);
      ctx.print(!!opts.json, { ...r.minutes, already: r.already }, () =>
        `${r.already ? "already requested" : "approval requested"}: ${r.minutes.approvers.map((a) => a.name).join(", ")}; approve by ${r.minutes.dueDate ?? "-"}; version ${versionLabel(r.minutes)}`,
      );
    });
}

function approveCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("approve")
    .description("approve as an approver (the same checks as the card)")
    .argument("<id>", "minutes id or meeting id")
    .requiredOption("--as <id>", "the approver's Entra object id or Teams id")
    .option("--name <name>", "the name of the person acting (for the audit trail)")
    .option("--version <hash>", "the version approved (default: the current one)")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { as: string; name?: string; version?: string; json?: boolean }) => {
      const r = await withMinutes(ctx, async (s) => {
        const m = await findMinutes(s, id);
        return s.minutes.approve(asPerson(opts.as, opts.name), m.groupId, m.id, opts.version ?? m.version, "cli");
      });
      if (!r.ok) fail(r);
      ctx.print(!!opts.json, { ...r.minutes, transitioned: r.transitioned, already: r.already }, () =>
        r.already ? "already approved by you" : r.transitioned ? "approved: everyone approved; the minutes are locked, posted and distributed" : `approved (${r.minutes.approvals.length}/${r.minutes.approvers.length})`,
      );
    });
}

function changesCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("changes")
    .description("request changes as an approver")
    .argument("<id>", "minutes id or meeting id")
    .requiredOption("--as <id>", "the approver's Entra object id or Teams id")
    .option("--name <name>", "the name of the person acting (for the audit trail)")
    .requiredOption("--comment <text>", "what needs to change")
    .option("--item <n>", "the item (paragraph) number")
    .option("--version <hash>", "the version commented (default: the current one)")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { as: string; name?: string; comment: string; item?: string; version?: string; json?: boolean }) => {
      const r = await withMinutes(ctx, async (s) => {
        const m = await findMinutes(s, id);
        return s.minutes.requestChanges(asPerson(opts.as, opts.name), m.groupId, m.id, opts.version ?? m.version, opts.comment, opts.item ? Number(opts.item) : undefined, "cli");
      });
      if (!r.ok) fail(r);
      ctx.print(!!opts.json, r.request, () => "change request recorded; the secretary is told 1:1");
    });
}

function showCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("show")
    .description("the whole current version of the minutes, with approvals")
    .argument("<id>", "minutes id or meeting id")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      const out = await withMinutes(ctx, async (s) => {
        const m = await findMinutes(s, id);
        const read = await s.minutes.readDoc(operator(), m, { via: "cli" });
        if (!read.ok) fail(read);
        return { m: read.view.minutes, notReached: read.view.notReached, text: await showText(s, read.view.minutes, read.view.notReached) };
      });
      ctx.print(!!opts.json, { ...out.m, notReached: out.notReached }, () => out.text);
    });
}

function auditCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("audit")
    .description("who loaded, requested, approved or asked for changes: version, time and identity")
    .argument("<id>", "minutes id or meeting id")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      const out = await withMinutes(ctx, async (s) => {
        const m = await findMinutes(s, id);
        const r = await s.minutes.auditFor(operator(), m, { via: "cli" });
        if (!r.ok) fail(r);
        return { m, audit: r.entries, tz: s.config.timeZone };
      });
      ctx.print(!!opts.json, { minutes: { id: out.m.id, groupId: out.m.groupId, status: out.m.status, version: out.m.version, versionNo: out.m.versionNo, approvedAt: out.m.approvedAt ?? null, distribution: out.m.distribution ?? [] }, entries: out.audit }, () =>
        out.audit
          .map((e) => {
            const who = `${e.actor.name || e.actor.userId}${e.actor.aadObjectId ? ` aad:${e.actor.aadObjectId}` : ""}${e.actor.teamsId ? ` teams:${e.actor.teamsId}` : ""}${e.actor.via ? ` via ${e.actor.via}` : ""}`;
            const extra = e.action === "requestChanges" ? `: ${String(e.details.comment ?? "")}` : e.action === "revise" ? `: ${String(e.details.reason ?? "")}` : "";
            return `${localTime(e.at, out.tz)}  ${e.action.padEnd(14)} v${e.versionNo} · ${e.version.slice(0, 8)}  ${who}${extra}`;
          })
          .join("\n") || "no entries",
      );
    });
}

function listCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("list")
    .description("a group's minutes, newest meeting first")
    .argument("<group...>", "group id or name")
    .option("--json", "print JSON")
    .action(async (words: string[], opts: { json?: boolean }) => {
      const out = await withMinutes(ctx, async (s) => {
        const g = await resolveGroup(s, words.join(" "));
        return { g, list: await s.minutes.list(g.id) };
      });
      ctx.print(!!opts.json, out.list, () =>
        out.list.length === 0 ? `${out.g.name}: no minutes` : out.list.map((m) => `${m.meetingDate}  ${m.status.padEnd(9)} ${versionLabel(m)}  ${m.id}`).join("\n"),
      );
    });
}

function settingsCommand(minutes: Command, ctx: CliContext): void {
  minutes
    .command("settings")
    .description("who approves a group's minutes (default chair,adjuster) and how many days approval takes (default 7)")
    .argument("<group...>", "group id or name")
    .option("--approvers <roles>", "comma-separated: chair, viceChair, adjuster, secretary, member")
    .option("--days <n>", "days to approve (justeras senast)")
    .option("--json", "print JSON")
    .action(async (words: string[], opts: { approvers?: string; days?: string; json?: boolean }) => {
      const out = await withMinutes(ctx, async (s) => {
        const g = await resolveGroup(s, words.join(" "));
        if (!opts.approvers && !opts.days) return { g, settings: await s.minutes.settings(g.id) };
        const r = await s.minutes.setSettings(operator(), g.id, {
          ...(opts.approvers ? { approverRoles: opts.approvers.split(",").map((x) => x.trim()).filter(Boolean) } : {}),
          ...(opts.days ? { approvalDays: Number(opts.days) } : {}),
        });
        if (!r.ok) fail(r);
        return { g, settings: r.settings };
      });
      ctx.print(!!opts.json, out.settings, () => `${out.g.name}: approvers ${out.settings.approverRoles.join(", ")}; ${out.settings.approvalDays} day(s) to approve`);
    });
}

export function register(program: Command, ctx: CliContext): void {
  const minutes = program.command("minutes").description("meeting minutes and their approval (justering)");
  loadCommand(minutes, ctx);
  requestCommand(minutes, ctx);
  approveCommand(minutes, ctx);
  changesCommand(minutes, ctx);
  showCommand(minutes, ctx);
  auditCommand(minutes, ctx);
  listCommand(minutes, ctx);
  settingsCommand(minutes, ctx);
}
