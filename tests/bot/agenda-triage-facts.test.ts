import { cliAgainst } from "../support/cli";
import { cardOf, say } from "../support/harness";
import { invokeCard, press as pressCard, type PressOptions } from "../support/press";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";

/**
 * The triage card tells the chair and the secretary when each item was submitted and by whom, the date
 * written as a reader of the card's language writes it (Swedish: "23 november 2026 kl. 13:00"), in the
 * configured time zone; a submitter without a name is "namn saknas", never a raw id. Pressed as the client
 * does, over real HTTP to /api/messages.
 */

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const NOW = "2026-11-23T12:00:00Z";
const CHANNEL = "19:channel-1@thread.tacv2";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW, TIME_ZONE: "Europe/Stockholm" });
const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const anna = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna", locale: "sv-SE" };
const emma = { userId: "29:emma", aadObjectId: "aad-emma", userName: "Emma", locale: "en-US" };
const nameless = { userId: "29:n", aadObjectId: "aad-n", userName: "", locale: "sv-SE" };
const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara" };
const admin = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada" };

/** Presses a button as the client does (tests/support/press.ts); the card the invoke answered with. */
async function press(card: any, title: string, o: PressOptions = {}) {
  const res = await pressCard(ctx.bot, ctx.connector, card, title, o);
  expect(res.status).toBe(200);
  return invokeCard(res);
}
/** The channel post that carries `title` (a successful POST, already sent or still to come). */
const postedWith = (title: string) => ctx.connector.waitFor((c) => c.method === "POST" && c.conversationId === CHANNEL && JSON.stringify(c.body ?? "").includes(title), 15_000);
/** The card's facts as "title: value". */
const factsOf = (card: any): string[] => card.body.filter((b: any) => b.type === "FactSet").flatMap((f: any) => f.facts.map((x: any) => `${x.title}: ${x.value}`));

async function submit(who: typeof anna, command: string, send: string, title: string) {
  const form = cardOf((await say(ctx.bot, ctx.connector, { text: command, ...who }))[0]);
  return press(form, send, { as: who, inputs: { groupId: GROUP, title, description: "Beskrivning av ärendet för gruppen", kind: "beslut" } });
}

describe("the triage card says when and by whom each item was submitted", () => {
  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara", "--tenant", "tenant-1"]);
    await cli(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--place", "Västerås"]);
    const [bound] = await say(ctx.bot, ctx.connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", conversationType: "channel", ...admin, locale: "sv-SE" });
    expect(bound.text).toMatch(/hemkanal/);
  }, 120_000);

  it("Swedish: the channel's triage card and the card after a triage click show the submission date in Swedish", async () => {
    const title = "Gemensam rutin för läkemedelsgenomgång";
    await submit(anna, "anmäl ärende", "Skicka", title);
    const posted = await postedWith(title);
    const card = posted.body.attachments[0].content;
    expect(validateCard(card)).toEqual([]);
    expect(factsOf(card)).toEqual(expect.arrayContaining(["Anmält av: Anna", "Anmält: 23 november 2026 kl. 13:00"]));
    const accepted = await press(card, "Acceptera", { within: "Acceptera", as: sara });
    expect(factsOf(accepted)).toEqual(expect.arrayContaining(["Anmält av: Anna", "Anmält: 23 november 2026 kl. 13:00"]));
    expect(JSON.stringify(accepted)).not.toMatch(/2026-11-23T/);
  });

  it("English: the submitter's receipt shows the date as an English reader writes it", async () => {
    const receipt = await submit(emma, "submit item", "Send", "Shared routine for medication reviews");
    expect(validateCard(receipt)).toEqual([]);
    expect(factsOf(receipt)).toEqual(expect.arrayContaining(["Submitted by: Emma", "Submitted: 23 November 2026 at 13:00"]));
  });

  it("a submitter without a name is shown as such, not as an id", async () => {
    const title = "Ärende från någon utan namn";
    await submit(nameless, "anmäl ärende", "Skicka", title);
    const posted = await postedWith(title);
    const facts = factsOf(posted.body.attachments[0].content);
    expect(facts).toContain("Anmält av: namn saknas");
    expect(facts.join("\n")).not.toMatch(/aad-n|29:n/);
  });
});
