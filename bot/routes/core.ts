import { ActivityTypes, CardFactory, type TurnContext } from "botbuilder";
import type { Services } from "../../src/services";
import { messages } from "../../src/i18n";
import type { Language } from "../../src/domain/language";
import { renderHelpCard } from "../../cards/help";
import type { BotApp } from "../app";
import { outOfDate } from "../card-data";
import { sendInvokeReply } from "../invoke-response";
import { actorOf, conversationKind, languageOf, tenantOf, textOf } from "../turn";
import { editDistance } from "../../src/routing/spelling";
import { escapeText, truncate } from "../../cards/render";

/** Whole-message commands; a mention of the bot has already been removed. */
export const CORE_COMMANDS = {
  /**
   * "hjälp", and what a new user asks the bot about itself ("vad kan du?", "hur funkar det här?", "what can you
   * do?"): the help card, not a routing answer that no mandate covers it.
   */
  help: /^\s*(?:(?:hej|hi|hello)[\s,!]+)?(?:samverkan[\s,:]+)?(?:hjälp|hjalp|help|\?|hjälp mig|help me|meny|menu|kommandon|commands|instruktioner|instructions|vad kan (?:du|jag|man) (?:göra|fråga|använda dig till|be dig om)(?: här)?|vad kan du(?: hjälpa (?:mig |oss )?(?:med|till))?|vad gör du|vad är (?:du|samverkan|det här|detta)|vad är det här för (?:en )?(?:bot|tjänst)|hur (?:funkar|fungerar) (?:du|det här|detta|det|samverkan|boten)|hur använder (?:jag|man) (?:dig|samverkan|boten|det här)|vilka kommandon (?:finns(?: det)?|har du|kan jag använda)|what can you do|what do you do|what are you|what is this|how do(?:es)? (?:this|it|you) work|how do i use (?:you|this|samverkan|the bot)|which commands (?:are there|do you have|can i use))(?:[\s,]+samverkan)?\s*[?.!]*\s*$/i,
  whoami: /^\s*(vem\s+är\s+jag|vem\s+ar\s+jag|who\s*am\s*i|whoami)\s*[?.!]*\s*$/i,
  language: /^\s*(språk|sprak|language)\b\s*(.*)$/i,
  /** Greetings, with or without the bot's name: answered like a person would, not "I didn't get that". */
  greeting:
    /^\s*(hej(san)?( hej)?|hallå( där)?|tja(na|bba)?|tjena(re)?|morsning|god (morgon|förmiddag|middag|eftermiddag|kväll|dag)|goddag|hi( there)?|hello( there)?|hey( there)?|good (morning|afternoon|evening|day))([\s,]+samverkan)?\s*[!.,:)]*\s*$/i,
  thanks: /^\s*(tack( tack)?( så mycket| så jättemycket| ska du ha| för hjälpen| för det)?|tackar( så mycket)?|tusen tack|stort tack|thanks?( a lot| so much| very much| for the help)?|thank you( so much| very much| for the help)?|thx|ty|cheers)([\s,]+samverkan)?\s*[!.,:)]*\s*$/i,
} as const;

const LANGUAGE_WORDS: Record<string, Language> = {
  svenska: "sv",
  swedish: "sv",
  sv: "sv",
  engelska: "en",
  english: "en",
  en: "en",
};

export function registerLifecycle(app: BotApp, services: Services): void {
  app.conversationUpdate("membersAdded", async (context, _state) => {
    const botId = context.activity.recipient?.id;
    if (!(context.activity.membersAdded ?? []).some((m) => m.id === botId)) return;
    await sendWelcome(context, services);
  });
  app.conversationUpdate("membersRemoved", async (context, _state) => {
    const botId = context.activity.recipient?.id;
    if (!(context.activity.membersRemoved ?? []).some((m) => m.id === botId)) return;
    await services.delivery.conversationRemoved(tenantOf(context), context.activity.conversation.id.split(";")[0]!);
  });
  app.activity(ActivityTypes.InstallationUpdate, async (context, _state) => {
    if (String(context.activity.action ?? "").startsWith("remove")) {
      await services.delivery.conversationRemoved(tenantOf(context), context.activity.conversation.id.split(";")[0]!);
    }
  });
}

async function sendWelcome(context: TurnContext, services: Services): Promise<void> {
  const { t } = await languageOf(context, services, "");
  await context.sendActivity(t.core.welcome(conversationKind(context) === "channel" ? "channel" : conversationKind(context)));
}

/** The help card is the same for everyone in a language: rendered once. */
const helpCards = new Map<Language, ReturnType<typeof renderHelpCard>>();
function helpCard(lang: Language) {
  let card = helpCards.get(lang);
  if (!card) {
    const t = messages(lang).core;
    card = renderHelpCard({ title: t.helpTitle, lines: t.helpLines, actions: t.helpActions }, lang);
    helpCards.set(lang, card);
  }
  return card;
}

export function registerCommands(app: BotApp, services: Services): void {
  app.message(CORE_COMMANDS.greeting, async (context, _state) => {
    const { t } = await languageOf(context, services);
    await context.sendActivity(t.core.greeting);
  });

  app.message(CORE_COMMANDS.thanks, async (context, _state) => {
    const { t } = await languageOf(context, services);
    await context.sendActivity(t.core.thanks);
  });

  app.message(CORE_COMMANDS.help, async (context, _state) => {
    const { lang } = await languageOf(context, services);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard(lang))] });
  });

  app.message(CORE_COMMANDS.whoami, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const actor = actorOf(context, services);
    // Roles live per group in the work store: one single-partition read per catalog group.
    const catalog = await services.currentCatalog.get();
    const roles: string[] = [];
    for (const g of catalog.entries.filter((e) => e.entryType === "group")) {
      // The role in the reader's words ("ordförande"), never its key ("chair").
      for (const role of await services.agenda.rolesOf(actor, g.id)) roles.push(`${t.agenda.roles.names[role]} (${g.name})`);
    }
    await context.sendActivity(
      t.core.whoami({
        name: actor.name || "–",
        teamsId: actor.teamsId,
        aadObjectId: actor.aadObjectId ?? "–",
        tenantId: actor.tenantId,
        admin: actor.isAdmin,
        roles,
      }),
    );
  });

  app.message(CORE_COMMANDS.language, async (context, _state) => {
    const match = CORE_COMMANDS.language.exec(textOf(context));
    const word = (match?.[2] ?? "").trim().toLowerCase().replace(/[.!]+$/, "");
    const chosen = LANGUAGE_WORDS[word];
    if (!chosen) {
      const { t } = await languageOf(context, services);
      await context.sendActivity(t.core.languageUnknown);
      return;
    }
    const actor = actorOf(context, services);
    await services.conversations.updateUserSettings(actor.tenantId, actor.userId, { language: chosen });
    await context.sendActivity(messages(chosen).core.languageSet);
  });
}

/**
 * Registered last: anything no feature claimed gets a short hint, never silence. A click on a verb no
 * route knows (an old card, a forged one) is "this card is out of date", not the adapter's 501; other
 * invokes are acknowledged with an empty 200.
 */
export function registerFallback(app: BotApp, services: Services): void {
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke,
    async (context) => {
      if (context.activity.name === "adaptiveCard/action") {
        const { t } = await languageOf(context, services);
        await sendInvokeReply(context, outOfDate(t));
        return;
      }
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
    },
    true,
  );
  app.activity(ActivityTypes.Message, async (context, _state) => {
    const text = textOf(context);
    const hasCardValue = context.activity.value !== undefined && context.activity.value !== null;
    const { t } = await languageOf(context, services);
    const meant = nearCommand(text);
    await context.sendActivity(meant ? t.core.didYouMean(escapeText(truncate(meant, 80))) : text || hasCardValue ? t.core.unknown : t.core.empty);
  });
}

/** A four-letter command word takes only a doubled or swapped letter ("helpp", "sohw"): "held", "snow", "like" are words. */
const slipOf = (word: string, command: string) =>
  word.length === command.length + 1 || [...word].sort().join("") === [...command].sort().join("");

/** The first words of the commands in the help, Swedish and English. */
const COMMAND_WORDS = ["hjälp", "grupper", "visa", "anmäl", "dagordning", "bered", "koppla", "möten", "protokoll", "veckobrev", "språk", "help", "groups", "show", "submit", "agenda", "prepare", "link", "meetings", "minutes", "digest", "language"];

/**
 * A message that is not understood but starts with a mistyped command word ("hjälpp", "grupepr", "dagordnign LG"):
 * the command as it was probably meant, to offer back. One slip in a word of up to seven letters, two in a longer one;
 * words of three letters or fewer are never taken for a command.
 */
export function nearCommand(text: string): string | undefined {
  const m = /^\s*(\p{L}+)(.*)$/su.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  if (word.length < 4 || COMMAND_WORDS.includes(word)) return undefined;
  // typed without å/ä/ö too ("hjalpp", "moten"): compared folded
  const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
  const near = COMMAND_WORDS.filter((c) => {
    const [w, f] = [fold(word), fold(c)];
    return Math.abs(f.length - w.length) <= 2 && editDistance(w, f) <= (f.length >= 8 ? 2 : 1) && (f.length > 4 || slipOf(w, f));
  });
  return near.length === 1 ? `${near[0]}${m[2]!.split("\n")[0]!.trimEnd()}` : undefined;
}
