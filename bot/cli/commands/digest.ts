import type { Command } from "commander";
import { LanguageSchema, type Language } from "../../../src/domain/language";
import { isoWeek, isoWeekOfDate, type IsoWeek } from "../../../src/domain/working-days";
import { digestOutboxId, mondayOfWeek, sendInstant } from "../../../src/digest/digest-service";
import { DEFAULT_SCHEDULE, type Digest } from "../../../src/digest/schema";
import { messages } from "../../../src/i18n";
import { digestText, renderDigestCard } from "../../../cards/digest";
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
  cmd.action(async (opts: { dryRun?: boolean; week?: string; channel?: string; lang?: string; json?: boolean }) => {
    if (!opts.dryRun) throw new CliError("samverkan digest: only --dry-run is supported here; the scheduler sends digests (samverkan scheduler run --job digest)", 2);
    let week: IsoWeek | undefined;
    if (opts.week !== undefined) {
      const monday = mondayOfWeek(opts.week);
      if (!monday) throw new CliError(`--week: not an ISO week (YYYY-Www): ${opts.week}`, 2);
      week = isoWeekOfDate(monday);
    }
    let lang: Language | undefined;
    if (opts.lang !== undefined) {
      const parsed = LanguageSchema.safeParse(opts.lang);
      if (!parsed.success) throw new CliError(`--lang: sv or en, not ${opts.lang}`, 2);
      lang = parsed.data;
    }
    const entries = await ctx.withServices(async (s) => {
      const tz = s.config.timeZone;
      const now = s.clock.now();
      const w = week ?? isoWeek(now, tz);
      // A past or future week is composed as of its send time; the current week as of now.
      const atFor = (schedule: { weekday: number; time: string }) => (week ? sendInstant(w, schedule, tz) : now);
      const subs = (await s.digest.subscriptions()).filter((x) => x.status === "on" && (!opts.channel || x.conversationId === opts.channel.split(";")[0]));
      const out: DryRunEntry[] = [];
      const entry = (d: Digest, e: Omit<DryRunEntry, "digest" | "cardBytes">): DryRunEntry => ({
        ...e,
        cardBytes: Buffer.byteLength(JSON.stringify(renderDigestCard(d, messages(e.language))), "utf8"),
        digest: d,
      });
      if (subs.length > 0) {
        for (const sub of subs) {
          const at = atFor(sub);
          const d = await s.digest.compose({ conversationId: sub.conversationId, at, week: w });
          out.push(entry(d, { channel: sub.conversationId, subscribed: true, language: lang ?? sub.language, outboxId: digestOutboxId(sub.conversationId, w.key), sendAt: sendInstant(w, sub, tz).toISOString() }));
        }
      } else if (opts.channel) {
        const groups = await s.digest.groupsFor(opts.channel);
        if (groups.length === 0) throw new CliError(`no group has ${opts.channel} as its home channel`, 1);
        const d = await s.digest.compose({ conversationId: opts.channel, at: atFor(DEFAULT_SCHEDULE), week: w });
        out.push(entry(d, { channel: opts.channel.split(";")[0], subscribed: false, language: lang ?? "sv", sendAt: sendInstant(w, DEFAULT_SCHEDULE, tz).toISOString() }));
      } else {
        for (const groupId of await s.digest.groupsFor()) {
          const d = await s.digest.compose({ groupIds: [groupId], at: atFor(DEFAULT_SCHEDULE), week: w });
          out.push(entry(d, { groupId, subscribed: false, language: lang ?? "sv", sendAt: sendInstant(w, DEFAULT_SCHEDULE, tz).toISOString() }));
        }
      }
      return out;
    });
    ctx.print(!!opts.json, entries, () =>
      entries.length === 0
        ? "No groups in the catalog."
        : entries
            .map((e) => {
              const head = e.channel ? `=== channel ${e.channel}${e.subscribed ? "" : " (not subscribed)"}` : `=== group ${e.groupId} (no subscription: per catalog group)`;
              return `${head}, sent ${e.sendAt}${e.outboxId ? `, outbox ${e.outboxId}` : ""}, card ${e.cardBytes} bytes\n${digestText(e.digest, messages(e.language))}`;
            })
            .join("\n\n"),
    );
  });
}
