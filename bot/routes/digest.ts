import { CardFactory, type TurnContext } from "botbuilder";
import type { Language } from "../../src/domain/language";
import { messages } from "../../src/i18n";
import { errorText } from "../../src/i18n/errors";
import type { Services } from "../../src/services";
import { renderDigestCard } from "../../cards/digest";
import type { BotApp } from "../app";
import { actorOf, conversationKind, storedLanguageOf, tenantOf, textOf } from "../turn";

/**
 * The weekly digest in a channel: "veckobrev på [mån 08:00]" / "digest on [monday 08:00]" (chair,
 * secretary or admin; the command's language becomes the digest's), "veckobrev av" / "digest off",
 * "veckobrev nu" / "digest now" (a preview, posted in place).
 */
export const DIGEST_COMMAND = /^\s*(veckobrev(?:et)?|digest)\b\s*(.*?)\s*[.!]*\s*$/i;

const DAYS: Record<string, number> = {
  mån: 1, måndag: 1, måndagar: 1, mon: 1, monday: 1, mondays: 1,
  tis: 2, tisdag: 2, tisdagar: 2, tue: 2, tues: 2, tuesday: 2, tuesdays: 2,
  ons: 3, onsdag: 3, onsdagar: 3, wed: 3, wednesday: 3, wednesdays: 3,
  tor: 4, tors: 4, torsdag: 4, torsdagar: 4, thu: 4, thurs: 4, thursday: 4, thursdays: 4,
  fre: 5, fredag: 5, fredagar: 5, fri: 5, friday: 5, fridays: 5,
  lör: 6, lördag: 6, lördagar: 6, sat: 6, saturday: 6, saturdays: 6,
  sön: 7, söndag: 7, söndagar: 7, sun: 7, sunday: 7, sundays: 7,
};
const FILLER = new Set(["på", "on", "kl", "kl.", "klockan", "at", "varje", "every", "den", "the"]);

export type DigestCommand =
  | { readonly kind: "on"; readonly weekday?: number; readonly time?: string; readonly language: Language }
  | { readonly kind: "off" | "now" | "usage"; readonly language: Language }
  | { readonly kind: "invalid"; readonly language: Language };

/** Parses the words after "veckobrev"/"digest". The first word decides on/off/now; the rest may give a day and a time. */
export function parseDigestCommand(text: string): DigestCommand | undefined {
  const m = DIGEST_COMMAND.exec(text);
  if (!m) return undefined;
  const language: Language = /^veckobrev/i.test(m[1]!) ? "sv" : "en";
  const words = m[2]!.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const head = words.shift();
  if (!head) return { kind: "usage", language };
  if (head === "av" || head === "off" || head === "stopp" || head === "stop") return words.length === 0 ? { kind: "off", language } : { kind: "invalid", language };
  if (head === "nu" || head === "now" || head === "preview" || head === "förhandsvisning") return words.length === 0 ? { kind: "now", language } : { kind: "invalid", language };
  if (head !== "på" && head !== "on" && head !== "pa") return { kind: "usage", language };
  let weekday: number | undefined;
  let time: string | undefined;
  for (const w of words) {
    if (FILLER.has(w)) continue;
    const day = DAYS[w.replace(/[.:]$/, "")];
    const t = /^([01]?\d|2[0-3])(?:[:.]([0-5]\d))?$/.exec(w);
    if (day !== undefined && weekday === undefined) weekday = day;
    else if (t && time === undefined) time = `${t[1]!.padStart(2, "0")}:${t[2] ?? "00"}`;
    else return { kind: "invalid", language };
  }
  return { kind: "on", ...(weekday !== undefined ? { weekday } : {}), ...(time !== undefined ? { time } : {}), language };
}

function channelOf(context: TurnContext) {
  return { tenantId: tenantOf(context), conversationId: (context.activity.conversation?.id ?? "").split(";")[0]! };
}

export function register(app: BotApp, services: Services): void {
  app.message(DIGEST_COMMAND, async (context, _state) => {
    const cmd = parseDigestCommand(textOf(context));
    if (!cmd) return;
    // The command word sets the channel digest's language; the reply to the person follows their stored choice first.
    const replyLang = (await storedLanguageOf(context, services)) ?? cmd.language;
    const t = messages(replyLang);
    if (cmd.kind === "usage" || cmd.kind === "invalid") {
      await context.sendActivity(t.digest.usage);
      return;
    }
    if (conversationKind(context) !== "channel") {
      await context.sendActivity(t.digest.onlyInChannel(cmd.kind === "now"));
      return;
    }
    const channel = channelOf(context);
    if (cmd.kind === "now") {
      const groups = await services.digest.groupsFor(channel.conversationId);
      if (groups.length === 0) {
        await context.sendActivity(t.digest.noGroups);
        return;
      }
      const sub = await services.digest.subscription(channel);
      const lang = sub?.language ?? cmd.language;
      const digest = await services.digest.compose({ conversationId: channel.conversationId, groupIds: groups, at: services.clock.now() });
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(renderDigestCard(digest, messages(lang), { preview: true }))] });
      return;
    }
    const actor = actorOf(context, services);
    if (cmd.kind === "on") {
      const r = await services.digest.subscribe(actor, channel, {
        ...(cmd.weekday !== undefined ? { weekday: cmd.weekday } : {}),
        ...(cmd.time !== undefined ? { time: cmd.time } : {}),
        language: cmd.language,
      });
      await context.sendActivity(r.ok ? t.digest.on(r.subscription.weekday, r.subscription.time) : errorText(replyLang, "digest", r));
      return;
    }
    const r = await services.digest.unsubscribe(actor, channel);
    await context.sendActivity(r.ok ? t.digest.off : errorText(replyLang, "digest", r));
  });
}

