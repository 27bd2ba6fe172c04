/*
 * Card rendering: each template compiled once per card type (cards/render.ts) against parsing it for
 * every render (what adaptivecards-templating's `new Template()` does, and what the bot did before), in
 * the same run. Cards: the routing answer (the card of every routing question; its template parse was
 * ~19% of a routing turn's CPU) and the help card.
 * Then every card the bot renders in a scripted session, counted where the templating engine parses.
 *   npm run bench:card-render [-- --renders 2000]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ACData from "adaptivecards-templating";
import type { z } from "zod";
import routingTemplate from "../cards/routing-answer.json";
import helpTemplate from "../cards/help.json";
import { renderTemplate } from "../cards/render";
import { RoutingAnswerCardSchema, type RoutingAnswerCardData } from "../cards/routing-answer";
import { HelpCardSchema } from "../cards/help";
import { messages } from "../src/i18n";
import { driveTheBot } from "./card-render-turns";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** The render with the library's Template compiled once (the render before the fill). */
const libraryOnce = new Map<object, ACData.Template>();
function renderLibrary<S extends z.ZodTypeAny>(template: object, schema: S, data: z.input<S>): object {
  const parsed = schema.parse(data);
  let t = libraryOnce.get(template);
  if (!t) libraryOnce.set(template, (t = new ACData.Template(template)));
  const card = t.expand({ $root: parsed }) as object;
  Buffer.byteLength(JSON.stringify(card), "utf8");
  return card;
}

/** The render as it was: schema, a new Template (parses every expression), expand, size. */
function renderUncompiled<S extends z.ZodTypeAny>(template: object, schema: S, data: z.input<S>): object {
  const parsed = schema.parse(data);
  const card = new ACData.Template(template).expand({ $root: parsed }) as object;
  Buffer.byteLength(JSON.stringify(card), "utf8");
  return card;
}

const clause = "Ledningsgruppen ansvarar för att samordna kompetensförsörjning, utbildning och bemanning mellan regionerna i sjukvårdsregionen och följer upp gemensamma åtaganden. ".repeat(3);
const groups = Array.from({ length: 23 }, (_, i) => ({ title: `Grupp nummer ${i} (Organisation ${i % 5})`, value: `org-${i % 5}:grupp-${i}` }));
const routing: RoutingAnswerCardData = {
  lang: "sv",
  question: "Vem äger frågan om kompetensförsörjning?",
  heading: "Det här ägs av",
  owner: "Verksamhetschefsgruppen",
  ownerOrganization: "Sjukvårdsregion Mellansverige",
  explanation: "Uppdraget säger det i avsnittet Uppdrag.",
  citations: [
    { section: "Verksamhetschefsgruppen — Uppdrag", text: clause.slice(0, 600) },
    { section: "Verksamhetschefsgruppen — Ansvar", text: clause.slice(0, 400) },
  ],
  note: "",
  facts: [
    { title: "Uppdragsgivare", value: "Samverkansnämnden" },
    { title: "Ordförande", value: "Utses av samverkansnämnden" },
    { title: "Nästa möte", value: "2027-01-12 13:00, sista dag för ärenden 2026-12-15" },
  ],
  nextStep: "Vill du anmäla ett ärende till Verksamhetschefsgruppen?",
  submit: { title: "Anmäl ärende till Verksamhetschefsgruppen", groupId: "g:1", question: "Vem äger frågan om kompetensförsörjning?" },
  choices: [],
  organizationLine: "Svaret gäller Sjukvårdsregion Mellansverige (nämnd i frågan).",
  organizations: [
    { title: "Västra Götalandsregionen", organizationId: "vgr" },
    { title: "Region Västmanland", organizationId: "vastmanland" },
  ],
  feedback: {
    title: "Fel grupp?",
    label: "Vilken grupp borde det ha varit?",
    required: "Välj en grupp.",
    commentLabel: "Kommentar (valfritt)",
    send: "Skicka",
    groups,
    status: "owner",
    ownerId: "g:1",
    candidateIds: "g:1,g:2",
    organizationId: "sjukvardsregion-mellansverige",
  },
};
const t = messages("sv").core;
const help = { title: t.helpTitle, lines: t.helpLines, actions: t.helpActions };

function time(fn: () => unknown, n: number): number {
  for (let i = 0; i < Math.min(200, n); i++) fn(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e3 / n; // µs per render
}

/**
 * Every path that renders a card in the bot, checked from the library's side: the templating engine's
 * Template constructor counted while the bot answers turns and clicks that render every kind of card a
 * user meets (help, routing answer, the agenda's receipt and triage, the minutes' approval card and its
 * channel post, the digest), three rounds each. A template parsed again for a render shows up as more
 * constructions than card types.
 */
async function inTheBot(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require("adaptivecards-templating/lib/template-engine") as { Template: new (t: object) => { expand(d: object): unknown } };
  const Original = engine.Template;
  const built = new Map<object, number>();
  let renders = 0;
  engine.Template = class Counted extends Original {
    constructor(t: object) {
      super(t);
      built.set(t, (built.get(t) ?? 0) + 1);
    }
    override expand(d: object): unknown {
      renders++;
      return super.expand(d);
    }
  };
  const names = new Map<object, string>();
  const dir = path.join(__dirname, "..", "cards");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json"))) names.set(require(path.join(dir, f)) as object, f);
  try {
    await driveTheBot(3);
  } finally {
    engine.Template = Original;
  }
  const rows = [...built].map(([t, n]) => `${names.get(t) ?? "(a template not in cards/)"} ×${n}`);
  const once = [...built.values()].every((n) => n === 1); // none built (all filled) counts as once
  console.log(`in the bot: ${renders} renders by the library (every other card filled, cards/template-fill.ts) of ${built.size} card types, templates built: ${[...built.values()].reduce((a, b) => a + b, 0)} — ${once ? "each once" : "SOME MORE THAN ONCE"}`);
  console.log(`  ${rows.join(", ")}`);
}

async function main(): Promise<void> {
  // First, before anything here builds a template: which templates the bot builds, and how often.
  await inTheBot();
  const n = arg("renders", 2000);
  console.log(`bench:card-render ${new Date().toISOString().slice(0, 10)} — µs per render, ${n} renders each, same run`);
  console.log("card                 parsed per render   compiled once   filled (now)   speed-up (parsed → now)");
  const rows: [string, () => unknown, () => unknown, () => unknown][] = [
    [
      "routing answer",
      () => renderUncompiled(routingTemplate, RoutingAnswerCardSchema, routing),
      () => renderLibrary(routingTemplate, RoutingAnswerCardSchema, routing),
      () => renderTemplate(routingTemplate, RoutingAnswerCardSchema, routing),
    ],
    ["help", () => renderUncompiled(helpTemplate, HelpCardSchema, help), () => renderLibrary(helpTemplate, HelpCardSchema, help), () => renderTemplate(helpTemplate, HelpCardSchema, help, "sv")],
  ];
  for (const [name, before, once, now] of rows) {
    // Interleaved halves, so a busy machine weighs on all alike.
    const b = (time(before, n / 2) + time(before, n / 2)) / 2;
    const o = (time(once, n / 2) + time(once, n / 2)) / 2;
    const a = (time(now, n / 2) + time(now, n / 2)) / 2;
    console.log(`${name.padEnd(20)} ${b.toFixed(1).padStart(17)}   ${o.toFixed(1).padStart(13)}   ${a.toFixed(1).padStart(12)}   ${(b / a).toFixed(1).padStart(7)}×`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
