import { cardOf, say } from "../support/harness";
import { useBot } from "../support/use-bot";

/**
 * Issue 14, point 5: Teams sends what people type as HTML (`<p>`, `<div>`, `<br>`, entities). It becomes
 * plain text once, before any route reads it: so every command, sent as Teams would wrap it, is answered
 * exactly as the same command typed plainly. A reply never echoes a whole pasted text back as a name.
 */

const NOW = "2026-11-23T12:00:00Z";
const GROUP_NAME = "samverkansgruppen i Västmanland";

const COMMANDS = [
  "hjälp",
  "help",
  "hej",
  "tack!",
  "thanks",
  "vem är jag",
  "grupper",
  `visa ${GROUP_NAME}`,
  "Vem äger frågan om utskrivning från slutenvården i Västmanland?",
  "Who owns workforce planning in Region Västmanland?",
  `anmäl ärende ${GROUP_NAME}`,
  `agenda ${GROUP_NAME}`,
  `möten ${GROUP_NAME}`,
  `protokoll ${GROUP_NAME}`,
  "språk",
];

const ENTITIES: Record<string, string> = { å: "&aring;", ä: "&auml;", ö: "&ouml;", "&": "&amp;", '"': "&quot;" };
const entities = (s: string) => s.replace(/[åäö&"]/g, (c) => ENTITIES[c]!);

/** How Teams and other clients wrap what was typed. */
const WRAPPINGS: Record<string, (s: string) => string> = {
  "<p>": (s) => `<p>${s}</p>`,
  "<div> with &nbsp;": (s) => `<div>${s.replace(/ /g, "&nbsp;")}</div>`,
  "<p> with a trailing <br>": (s) => `<p>${s}<br></p>`,
  "entities for å, ä, ö": (s) => `<p>${entities(s)}</p>`,
  "<span> inside <div>": (s) => `<div><span style="font-size:inherit">${s}</span></div>`,
};

/** What the person sees, without what differs between two turns (the user's own ids, a form's fresh id). */
function seen(replies: any[], userId: string): string {
  const shown = replies
    .filter((r) => r.type === "message")
    .map((r) => (cardOf(r) ? JSON.stringify(cardOf(r)) : String(r.text ?? "")))
    .join("\n---\n");
  return shown
    .split(userId)
    .join("<user>")
    .replace(/aad-html\d+/g, "<aad>")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>");
}

describe("Teams HTML becomes text once, for every route", () => {
  const ctx = useBot({ SAMVERKAN_NOW: NOW });
  let n = 0;
  const ask = async (text: string) => {
    const userId = `29:html${++n}`;
    return seen(await say(ctx.bot, ctx.connector, { text, userId, aadObjectId: `aad-html${n}`, locale: "sv-SE" }), userId);
  };

  it.each(COMMANDS)("%s: answered the same, however the client wrapped it", async (command) => {
    const plain = await ask(command);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain).not.toMatch(/Jag förstod inte|I didn't understand/);
    for (const [how, wrap] of Object.entries(WRAPPINGS)) {
      expect({ how, reply: await ask(wrap(command)) }).toEqual({ how, reply: plain });
    }
  }, 120_000);

  it.each(["visa", "anmäl ärende", "agenda", "möten", "protokoll"])("%s followed by a pasted text: the reply does not echo it as a name", async (command) => {
    const lines = Array.from({ length: 15 }, (_, i) => `Punkt ${i + 1}: gruppen diskuterade ärendet om vårdplatser och remisser nummer ${i + 1}.`);
    const html = `<p>${command} ${lines[0]}</p>${lines.slice(1).map((l) => `<p>${l}</p>`).join("")}`;
    const reply = await ask(html);
    expect(reply.length).toBeGreaterThan(0);
    expect(reply.length).toBeLessThan(1500);
    // Not the whole paste, not even its second line.
    expect(reply).not.toContain(lines[1]!);
    expect(reply).not.toContain(lines[0]!);
  });
});
