import { cliAgainst } from "../support/cli";
import { say } from "../support/harness";
import { useBot } from "../support/use-bot";

/**
 * Minutes pasted as text (not a file) that cannot be read: every problem is told in the user's language
 * (stored choice, else the message's, else the Teams locale), with the line of the message it is on, over
 * real HTTP to /api/messages. Before, the parser's English sentences ("text before the first item (## title)",
 * "Senast / Due: not a date") came inside the Swedish reply.
 */

const NOW = "2026-11-23T12:00:00Z";
const BEFORE = "2026-11-19T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const GROUP_NAME = "samverkansgruppen i Västmanland";
const SARA = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara Sekreterare" };

/** The parser's old English, or any English sentence part, must not be in a Swedish reply. */
const ENGLISH = /\b(line \d|before the first|not a date|needs a text|is used twice|the item|title|String must|Action|Due)\b/;

describe("pasted minutes that cannot be read are answered in the user's language", () => {
  const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
  const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));
  const cliBefore = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: BEFORE }));
  const text = async (o: Parameters<typeof say>[2]) => (await say(ctx.bot, ctx.connector, o)).find((r) => r.type === "message")?.text as string;

  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", SARA.userName, "--tenant", "tenant-1"]);
    await cliBefore(["meetings", "add", GROUP, "--at", "2026-11-20T13:00"]);
  });

  const BROKEN = [
    "Närvarande: Carl, Bertil",
    "Justeras senast: 4 december",
    "Inledande text utan rubrik",
    "## 1. Budget",
    "Senast: nästa vecka",
    "- Åtgärd: ; ansvarig: Sara",
    "- Åtgärd: Skicka; senast: snart",
  ].join("\n");

  it("Swedish: every problem in Swedish, numbered by the line of the message", async () => {
    const reply = await text({ text: `protokoll ${GROUP_NAME}\n${BROKEN}`, ...SARA, locale: "sv-SE" });
    expect(reply).toMatch(/^Protokollet kunde inte läsas:/);
    expect(reply).toMatch(/rad 3: Justeras senast: skriv datumet som ÅÅÅÅ-MM-DD\./);
    expect(reply).toMatch(/rad 4: texten ”Inledande text utan rubrik” står före första paragrafen/);
    expect(reply).toMatch(/rad 6: Senast: skriv datumet som ÅÅÅÅ-MM-DD\./);
    expect(reply).toMatch(/rad 7: Åtgärd: skriv vad som ska göras\./);
    expect(reply).toMatch(/rad 8: Åtgärd: skriv datumet som ÅÅÅÅ-MM-DD\./);
    expect(reply).not.toMatch(ENGLISH);
  });

  it("Swedish: no items, a repeated item number and a too long title are named in Swedish", async () => {
    const none = await text({ text: `protokoll ${GROUP_NAME}\n\n`.concat("# Protokoll"), ...SARA, locale: "sv-SE" });
    expect(none).toMatch(/rad 3: inga paragrafer hittades\. Börja varje paragraf med ## och en rubrik/);
    const twice = await text({ text: `protokoll ${GROUP_NAME}\n## 1. Budget\nText\n## 1. Övrigt`, ...SARA, locale: "sv-SE" });
    expect(twice).toMatch(/rad 4: paragraf 1 finns två gånger\./);
    const long = await text({ text: `protokoll ${GROUP_NAME}\n## 1. ${"Lång rubrik ".repeat(30)}\nText`, ...SARA, locale: "sv-SE" });
    expect(long).toMatch(/rad 2: rubriken får vara högst 300 tecken\./);
    for (const r of [none, twice, long]) expect(r).not.toMatch(ENGLISH);
  });

  it("English: from the message's language, and from a stored choice even when the command is Swedish", async () => {
    const en = await text({ text: `minutes ${GROUP_NAME}\n${BROKEN}`, ...SARA, locale: "en-US" });
    expect(en).toMatch(/^The minutes could not be read:/);
    expect(en).toMatch(/line 4: the text "Inledande text utan rubrik" comes before the first item/);
    expect(en).toMatch(/line 6: Due: write the date as YYYY-MM-DD\./);
    expect(en).not.toMatch(/rad \d|skriv datumet/);

    await say(ctx.bot, ctx.connector, { text: "language english", ...SARA, locale: "sv-SE" });
    const stored = await text({ text: `protokoll ${GROUP_NAME}\n${BROKEN}`, ...SARA, locale: "sv-SE" });
    expect(stored).toMatch(/^The minutes could not be read:/);
    expect(stored).toMatch(/line 7: Action: write what is to be done\./);
    await say(ctx.bot, ctx.connector, { text: "språk svenska", ...SARA, locale: "sv-SE" });
  });
});
