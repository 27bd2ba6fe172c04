import type { Command } from "commander";
import { LanguageSchema, type Language } from "../../../src/domain/language";
import { isoWeek, isoWeekOfDate, type IsoWeek } from "../../../src/domain/working-days";
import { digestOutboxId, mondayOfWeek, sendInstant } from "../../../src/digest/digest-service";
import { DEFAULT_SCHEDULE, type Digest } from "../../../src/digest/schema";
import { messages } from "../../../src/i18n";
import { digestText, renderDigestCard } from "../../../cards/digest";
import type { Services } from "../../../src/services";
import { CliError, type CliContext } from "../context";

interface DryRunEntry {
  readonly channel?: string;
  readonly groupId?: string;
  readonly subscribed: boolean;
  readonly language: Language;
  readonly outboxId?: string;
  /** When the digest is (or would be) sent for the week. */
  readonly sendAt: string;
  readonly cardBytes: number;
  readonly digest: Digest;
}

/**
 * samverkan digest --dry-run [--week 2027-W06] [--channel <conversation id>] [--lang sv|en] [--json]:
 * what the weekly digest would send, without sending. Subscribed channels get their own digest; with no
 * subscriptions (or none on), one digest per group and mandate in the catalog, so the governance calendar
 * is checkable without Teams. The scheduler sends the real ones (samverkan scheduler run --job digest).
 */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("digest")
    .description("the weekly digest: --dry-run prints what would be sent (per subscribed channel, else per catalog group)")
    .option("--dry-run", "compose and print; nothing is sent or stored")
    .option("--week <isoWeek>", "the ISO week, e.g. 2027-W06 (default: the current week; composed as of its send time)")
    .option("--channel <conversationId>", "only this channel (its home-channel groups)")
    .option("--lang <sv|en>", "language (default: the subscription's, else Swedish)")
    .option("--json", "print JSON");
  cmd.action(async (opts: DryRunOptions) => {
    if (!opts.dryRun) throw new CliError("samverkan digest: only --dry-run is supported here; the scheduler sends digests (samverkan scheduler run --job digest)", 2);
    const week = parseWeek(opts.week);
    const lang = parseLang(opts.lang);
    const entries = await ctx.withServices((s) => dryRun(s, { week, lang, channel: opts.channel }));
    ctx.print(!!opts.json, entries, () => dryRunText(entries));
  });
}

interface DryRunOptions {
  dryRun?: boolean;
  week?: string;
  channel?: string;
  lang?: string;
  json?: boolean;
}

function parseWeek(text: string | undefined): IsoWeek | undefined {
  if (text === undefined) return undefined;
  const monday = mondayOfWeek(text);
  if (!monday) throw new CliError(`--week: not an ISO week (YYYY-Www): ${text}`, 2);
  return isoWeekOfDate(monday);
}

function parseLang(text: string | undefined): Language | undefined {
  if (text === undefined) return undefined;
  const parsed = LanguageSchema.safeParse(text);
  if (!parsed.success) throw new CliError(`--lang: sv or en, not ${text}`, 2);
  return parsed.data;
}

/**
 * The digests the scheduler would send: per subscribed channel; else for the named channel's groups;
 * else one per catalog group. A past or future week is composed as of its send time; the current week as of now.
 */
async function dryRun(s: Services, o: { week?: IsoWeek; lang?: Language; channel?: string }): Promise<DryRunEntry[]> {
  const tz = s.config.timeZone;
  const now = s.clock.now();
  const w = o.week ?? isoWeek(now, tz);
  const atFor = (schedule: { weekday: number; time: string }) => (o.week ? sendInstant(w, schedule, tz) : now);
  const entry = (d: Digest, e: Omit<DryRunEntry, "digest" | "cardBytes">): DryRunEntry => ({
    ...e,
    cardBytes: Buffer.byteLength(JSON.stringify(renderDigestCard(d, messages(e.language))), "utf8"),
    digest: d,
  });
  const subs = (await s.digest.subscriptions()).filter((x) => x.status === "on" && (!o.channel || x.conversationId === o.channel.split(";")[0]));
  const out: DryRunEntry[] = [];
  if (subs.length > 0) {
    for (const sub of subs) {
      const d = await s.digest.compose({ conversationId: sub.conversationId, at: atFor(sub), week: w });
      out.push(entry(d, { channel: sub.conversationId, subscribed: true, language: o.lang ?? sub.language, outboxId: digestOutboxId(sub.conversationId, w.key), sendAt: sendInstant(w, sub, tz).toISOString() }));
    }
  } else if (o.channel) {
    const groups = await s.digest.groupsFor(o.channel);
    if (groups.length === 0) throw new CliError(`no group has ${o.channel} as its home channel`, 1);
    const d = await s.digest.compose({ conversationId: o.channel, at: atFor(DEFAULT_SCHEDULE), week: w });
    out.push(entry(d, { channel: o.channel.split(";")[0], subscribed: false, language: o.lang ?? "sv", sendAt: sendInstant(w, DEFAULT_SCHEDULE, tz).toISOString() }));
  } else {
    for (const groupId of await s.digest.groupsFor()) {
      const d = await s.digest.compose({ groupIds: [groupId], at: atFor(DEFAULT_SCHEDULE), week: w });
      out.push(entry(d, { groupId, subscribed: false, language: o.lang ?? "sv", sendAt: sendInstant(w, DEFAULT_SCHEDULE, tz).toISOString() }));
    }
  }
  return out;
}

function dryRunText(entries: readonly DryRunEntry[]): string {
  if (entries.length === 0) return "No groups in the catalog.";
  return entries
    .map((e) => {
      const head = e.channel ? `=== channel ${e.channel}${e.subscribed ? "" : " (not subscribed)"}` : `=== group ${e.groupId} (no subscription: per catalog group)`;
      return `${head}, sent ${e.sendAt}${e.outboxId ? `, outbox ${e.outboxId}` : ""}, card ${e.cardBytes} bytes\n${digestText(e.digest, messages(e.language))}`;
    })
    .join("\n\n");
}
