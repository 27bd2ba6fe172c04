import type { Clause, ReportingDuty } from "../schema";
import { monthNumber } from "../text";
import { bodiesIn, clauseOf, clausesIn, type ExtractContext } from "./context";

/** Reporting duties: what, to whom, how often, and a yearly deadline when stated. */

type Kind = { what: string; cadence?: ReportingDuty["cadence"] };

/** The kinds of report a clause names (several when it names a continuous and an annual one). */
function kindsOf(text: string, sentence: string): Kind[] {
  const kinds: Kind[] = [];
  if (/fortlöpande/i.test(text)) kinds.push({ what: "fortlöpande rapportering", cadence: "continuous" });
  if (/verksamhetsberättelse/i.test(text)) kinds.push({ what: /skriftlig/i.test(text) ? "skriftlig årlig verksamhetsberättelse" : "årlig verksamhetsberättelse", cadence: "annual" });
  else if (/verksamhetsplan/i.test(text)) kinds.push({ what: "årlig verksamhetsplan", ...(/årligen|årlig/i.test(text) ? { cadence: "annual" as const } : {}) });
  else if (/anteckningar/i.test(text)) kinds.push({ what: "minnesanteckningar från mötena", cadence: "per-meeting" });
  else if (/årligt möte/i.test(text)) kinds.push({ what: "årlig presentation av föregående års verksamhet och kommande års planering", cadence: "annual" });
  else if (/informera/i.test(sentence)) kinds.push({ what: "information om hur arbetet fortlöper" });
  else if (kinds.length === 0) kinds.push({ what: sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence.replace(/\.$/, "") });
  return kinds;
}

/** "senast 28 februari" → "02-28". */
function dueOf(text: string): string | undefined {
  const due = /senast (\d{1,2}) (\p{L}+)/iu.exec(text);
  const month = due ? monthNumber(due[2]!) : undefined;
  return due && month ? `${String(month).padStart(2, "0")}-${due[1]!.padStart(2, "0")}` : undefined;
}

function dutiesOf(ctx: ExtractContext, cl: Clause, text: string): ReportingDuty[] {
  const dueMonthDay = dueOf(text);
  const sentences = text.split(/(?<=[.!?])\s+/);
  const sentence = sentences.find((x) => /rapporter|delges|verksamhetsberättelse|verksamhetsplan|anteckningar|presenteras|informera/i.test(x)) ?? sentences[0]!;
  const toPart = /\b(delges|till|fastställs av|informera)\s+(.*)$/i.exec(sentence)?.[2] ?? "";
  const targets = bodiesIn(ctx, toPart).filter((t, i, all) => all.findIndex((x) => x.body.id === t.body.id) === i);
  const out: ReportingDuty[] = [];
  for (const k of kindsOf(text, sentence))
    for (const t of targets.length > 0 ? targets : [undefined])
      out.push({
        what: k.what,
        ...(t ? { toId: t.body.id, toText: t.matched } : {}),
        ...(dueMonthDay && k.cadence === "annual" ? { dueMonthDay } : {}),
        ...(k.cadence ? { cadence: k.cadence } : {}),
        clause: cl,
      });
  return out;
}

export function extractReporting(ctx: ExtractContext): ReportingDuty[] {
  // a communication duty to keep someone informed is a reporting duty too ("informera uppdragsgivaren om hur arbetet
  // … fortlöper, enligt respektive huvudmans ledningsstruktur", 002): to the body it names
  const sources = [...clausesIn(ctx, "reporting", "plan"), ...clausesIn(ctx, "communication").filter(({ c }) => /anteckningar|informera\s/i.test(c.text))];
  return sources.flatMap(({ s, c }) => dutiesOf(ctx, clauseOf(ctx.doc, s, c), c.text));
}
