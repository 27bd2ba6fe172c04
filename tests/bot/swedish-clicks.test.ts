import { cliAgainst } from "../support/cli";
import { activity, cardOf, post, say, type ActivityOptions } from "../support/harness";
import { useBot } from "../support/use-bot";
import type { RecordedCall } from "../support/fake-connector";
import { actionsOf, inputsOf, invokeCard, press } from "../support/press";
import { detectLanguage } from "../../src/domain/language";
import { messages } from "../../src/i18n";

/**
 * Issue 14, point 2: a click carries no text, so its answer once followed the client's locale and
 * Swedish cards were answered in English. Here every person's Teams client is English (en-US) and the
 * conversation is Swedish: every button on the way from a question to a triaged item is pressed as the
 * client does, and every answer is Swedish. Every card the bot sent or answered with on the way says its
 * language in each action's data, and needs none of its inputs on buttons that read none. Then: a click
 * whose card does not say takes the conversation's last language; a stored choice wins over the card.
 */

const NOW = "2026-11-23T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const GROUP_NAME = "samverkansgruppen i Västmanland";
const CHANNEL = "19:channel-sv@thread.tacv2";
const EN_CLIENT = { locale: "en-US" };
const ANNA: ActivityOptions = { userId: "29:anna-sv", aadObjectId: "aad-anna-sv", userName: "Anna", ...EN_CLIENT };
const SARA: ActivityOptions = { userId: "29:sara-sv", aadObjectId: "aad-sara-sv", userName: "Sara Sekreterare", ...EN_CLIENT };
const CARL: ActivityOptions = { userId: "29:carl-sv", aadObjectId: "aad-carl-sv", userName: "Carl Ordförande", ...EN_CLIENT };
const inChannel = (who: ActivityOptions): ActivityOptions => ({ ...who, conversationType: "channel", conversationId: CHANNEL, channelData: { channel: { id: CHANNEL }, team: { id: "19:team-sv@thread.tacv2" } } });

const str = (x: unknown) => JSON.stringify(x ?? "");
type Json = Record<string, any>;

/** The text a person reads in an answer: a card's TextBlocks, facts, labels and button titles, or a message. */
function visibleText(x: unknown): string {
  const out: string[] = [];
  const visit = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== "object") return;
    for (const [k, v] of Object.entries(n as Json)) {
      if (typeof v === "string" && ["text", "title", "label", "placeholder", "value"].includes(k) && !/^https?:/.test(v)) out.push(v);
      else if (k !== "data" && typeof v === "object") visit(v);
    }
  };
  if (typeof x === "string") return x;
  visit(x);
  return out.join("\n");
}

/** Strings only the English catalog has (labels, statuses…): none may appear in a Swedish answer. */
const ENGLISH_ONLY = (() => {
  const sv = new Set<string>();
  const en: string[] = [];
  const collect = (o: unknown, into: (s: string) => void) => {
    if (typeof o === "string") into(o);
    else if (o && typeof o === "object") for (const v of Object.values(o)) collect(v, into);
  };
  collect(messages("sv"), (s) => sv.add(s));
  collect(messages("en"), (s) => {
    if (!sv.has(s) && s.length >= 6 && /^[A-Z][a-z]+( [a-z]+){0,3}$/.test(s)) en.push(s);
  });
  return [...new Set(en)];
})();

function expectSwedish(answer: unknown, what: string): void {
  const text = visibleText(answer);
  expect({ what, text: text.slice(0, 80), lang: detectLanguage(text) }).toEqual({ what, text: text.slice(0, 80), lang: "sv" });
  const english = ENGLISH_ONLY.filter((s) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(text));
  expect({ what, english }).toEqual({ what, english: [] });
}

/** Every button of a card says the card's language and needs no input unless it reads one. */
function expectCardContract(card: Json, lang: "sv" | "en", what: string): void {
  for (const { action, path } of actionsOf(card)) {
    if (action.type !== "Action.Execute" && action.type !== "Action.Submit") continue;
    expect({ what, title: action.title, lang: action.data?.lang }).toEqual({ what, title: action.title, lang });
    if (path.flatMap(inputsOf).length === 0) expect({ what, title: action.title, associatedInputs: action.associatedInputs }).toEqual({ what, title: action.title, associatedInputs: "none" });
  }
  if (card.refresh) expect({ what, refresh: card.refresh.action?.data?.lang }).toEqual({ what, refresh: lang });
}

describe("a Swedish conversation in an English Teams client: every click is answered in Swedish", () => {
  const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
  const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));
  const pressAs = (card: Json, title: string, who: ActivityOptions, o: { inputs?: Record<string, string>; within?: string } = {}) =>
    press(ctx.bot, ctx.connector, card, title, { ...o, as: who });
  /** What a click was answered with: the card of the invoke response, or its message. */
  const answerOf = (res: { body: any }) => invokeCard(res) ?? res.body?.value;
  const message = (replies: any[]) => replies.find((r) => r.type === "message");
  /** The last post or update (PUT) to the connector that matches, waiting for one (bounded). */
  const latestCall = async (pred: (c: RecordedCall) => boolean, timeoutMs = 20_000): Promise<RecordedCall> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = ctx.connector.calls.filter((c) => (c.method === "POST" || c.method === "PUT") && pred(c)).at(-1);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error("no such call to the connector");
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sara-sv", "--name", "Sara Sekreterare", "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "chair", "aad-carl-sv", "--name", "Carl Ordförande", "--tenant", "tenant-1"]);
    await cli(["meetings", "add", GROUP, "--at", "2027-01-12T13:00"]);
    const bound = message(await say(ctx.bot, ctx.connector, { text: `koppla kanalen till ${GROUP_NAME}`, ...inChannel(SARA) }));
    expect(bound.text).toMatch(/hemkanal/);
  });

  it("from a question to a triaged item: the routing answer, the form, the receipt, editing, triage and the refreshed receipt", async () => {
    const answer = message(await say(ctx.bot, ctx.connector, { text: "Vem äger frågan om utskrivning från slutenvården i Västmanland?", ...ANNA }));
    const routing = cardOf(answer);
    expectSwedish(routing, "routing answer");
    expectCardContract(routing, "sv", "routing answer");

    // "Fel grupp?": the report of a wrong answer.
    const feedback = await pressAs(routing, "Skicka", ANNA, { within: "Fel grupp?", inputs: { correctGroupId: GROUP, comment: "Gäller länet" } });
    expect(feedback.status).toBe(200);
    expectSwedish(answerOf(feedback), "wrong-group report");

    // "Anmäl ärende": the item form.
    const submitTitle = actionsOf(routing).map((f) => String(f.action.title)).find((t) => t === "Anmäl ärende");
    expect(submitTitle).toBeDefined();
    const form = answerOf(await pressAs(routing, submitTitle!, ANNA));
    expectSwedish(form, "item form");
    expectCardContract(form, "sv", "item form");

    const sendTitle = actionsOf(form).find((f) => f.action.verb === "agenda.submit")!.action.title as string;
    const receipt = answerOf(await pressAs(form, sendTitle, ANNA, { inputs: { title: "Rutin för utskrivning", description: "Förslag om gemensam rutin för utskrivning från slutenvården" } }));
    expect(str(receipt)).toMatch(/Väntar på beredning/);
    expectSwedish(receipt, "receipt");
    expectCardContract(receipt, "sv", "receipt");

    const editTitle = actionsOf(receipt).find((f) => f.action.verb === "agenda.editForm")!.action.title as string;
    const editForm = answerOf(await pressAs(receipt, editTitle, ANNA));
    expectSwedish(editForm, "edit form");
    expectCardContract(editForm, "sv", "edit form");
    const saveTitle = actionsOf(editForm).find((f) => f.action.verb === "agenda.edit")!.action.title as string;
    const edited = answerOf(await pressAs(editForm, saveTitle, ANNA, { inputs: { title: "Rutin för utskrivning (ny)" } }));
    expectSwedish(edited, "receipt after editing");
    expectCardContract(edited, "sv", "receipt after editing");

    // The triage card in the home channel (updated after the edit): Carl accepts from it, his client in English.
    const triage = cardOf((await latestCall((c) => c.conversationId === CHANNEL && /agenda\.triage/.test(str(c.body)) && str(c.body).includes("Rutin för utskrivning (ny)"))).body);
    expectSwedish(triage, "triage card");
    expectCardContract(triage, "sv", "triage card");
    const acceptShow = actionsOf(triage).find((f) => f.action.type === "Action.ShowCard")!.action.title as string;
    const accepted = answerOf(await pressAs(triage, acceptShow, inChannel(CARL), { within: acceptShow }));
    expect(str(accepted)).toMatch(/Accepterat av Carl/);
    expectSwedish(accepted, "triage answer");
    expectCardContract(accepted, "sv", "triage answer");

    // The receipt's refresh (Teams asks when Anna looks at it): the live status, in Swedish.
    const refresh = edited.refresh?.action ?? receipt.refresh?.action;
    expect(refresh).toBeDefined();
    const live = answerOf(await post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...ANNA, value: { action: refresh, trigger: "automatic" } })));
    expect(str(live)).toMatch(/Accepterat/);
    expectSwedish(live, "refreshed receipt");
  }, 120_000);

  it("the meetings card: planning a meeting from it is answered in Swedish", async () => {
    const meetings = cardOf(message(await say(ctx.bot, ctx.connector, { text: `möten ${GROUP_NAME}`, ...SARA })));
    expectSwedish(meetings, "meetings card");
    expectCardContract(meetings, "sv", "meetings card");
    const create = actionsOf(meetings).find((f) => f.action.type === "Action.ShowCard" && JSON.stringify(f.action.card).includes('"action":"create"'))!.action.title as string;
    const save = actionsOf(meetings).find((f) => f.action.data?.action === "create")!.action.title as string;
    const planned = answerOf(await pressAs(meetings, save, SARA, { within: create, inputs: { date: "2027-02-09", time: "13:00", place: "Västerås" } }));
    expect(str(planned)).toMatch(/2027-02-09/);
    expectSwedish(planned, "meeting planned");
  });

  it("a click whose card does not say its language takes the conversation's last language, not the locale", async () => {
    await say(ctx.bot, ctx.connector, { text: "Vem äger frågan om kompetensförsörjning?", ...ANNA });
    const res = await post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...ANNA, value: { action: { type: "Action.Execute", verb: "no.such.verb", data: {} }, trigger: "manual" } }));
    expect(res.status).toBe(200);
    expect(str(res.body)).toMatch(/inaktuellt/);
    // An English conversation, the same English client: English.
    const en = { ...ANNA, userId: "29:eve", aadObjectId: "aad-eve", locale: "sv-SE" };
    await say(ctx.bot, ctx.connector, { text: "Who owns the question of workforce planning?", ...en });
    const resEn = await post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...en, value: { action: { type: "Action.Execute", verb: "no.such.verb", data: {} }, trigger: "manual" } }));
    expect(str(resEn.body)).toMatch(/out of date/);
  });

  it("a person's stored choice wins over the card's language", async () => {
    const bo = { userId: "29:bo-en", aadObjectId: "aad-bo-en", userName: "Bo", locale: "sv-SE" };
    const routing = cardOf(message(await say(ctx.bot, ctx.connector, { text: "Vem äger frågan om utskrivning från slutenvården i Västmanland?", ...bo })));
    expectCardContract(routing, "sv", "routing answer for Bo");
    expect(message(await say(ctx.bot, ctx.connector, { text: "språk engelska", ...bo })).text).toMatch(/English/);
    const submitTitle = actionsOf(routing).map((f) => String(f.action.title)).find((t) => t === "Anmäl ärende")!;
    const form = answerOf(await pressAs(routing, submitTitle, bo));
    expect(str(form)).toMatch(/Submit an item to/);
    expectCardContract(form, "en", "form after choosing English");
  });
});
