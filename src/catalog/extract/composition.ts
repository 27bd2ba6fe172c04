import { findBodies } from "../bodies";
import type { AppointmentRule, Clause, Composition } from "../schema";
import { numberWord } from "../text";
import { cap, clausesIn, cited, type ExtractContext } from "./context";

/** Members (sammansättning/deltagare), the chair and vice chair (how they are appointed), co-opted members. */

export interface CompositionFacts {
  readonly composition?: Composition;
  readonly chair?: AppointmentRule;
  readonly viceChair?: AppointmentRule;
  readonly coOpted: Clause[];
  /** Every clause these facts were taken from (so that they are not "other" clauses). */
  readonly used: Clause[];
}

const CHAIR = /ordförande/i;
const APPOINTS = /utse|utses|utser/i;
const LED_BY = /\bleds av\b/i;
const TERM = /ordförande utses på (\p{L}+|\d+) år/iu;

/**
 * One sentence that says both who appoints the members and who leads the group ("Utses av respektive
 * huvudman i Chefsforum och gruppen leds av …") is two facts: the members part and the lead part, each
 * with the same citation, so that members and chair do not repeat each other.
 */
function splitLeadership(c: Clause): Clause[] {
  const m = /^(.{10,}?)(?:\s*[,;]\s*|\s+)(?:och\s+)?((?:gruppen|\p{L}+(?:en|et|na))\s+leds av\b.*)$/iu.exec(c.text);
  if (!m || LED_BY.test(m[1]!)) return [c];
  const members = /[.!?]$/.test(m[1]!) ? m[1]! : `${m[1]!}.`;
  return [
    { text: members, citation: c.citation },
    { text: cap(m[2]!), citation: c.citation },
  ];
}

/** Does a sentence say who chairs or leads the group? */
const aboutChair = (t: string) => (CHAIR.test(t) && APPOINTS.test(t)) || LED_BY.test(t);

/**
 * A clause that runs sentences about the members and a sentence about the chair together (one Word
 * paragraph, or lines a PDF wrapped) is cut between them, each part keeping the citation, so that the
 * chair sentence does not take the members' facts with it.
 */
function splitMixed(c: Clause): Clause[] {
  const sentences = c.text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/);
  if (sentences.length < 2 || sentences.every(aboutChair) || !sentences.some(aboutChair)) return [c];
  const parts: string[][] = [];
  for (const sentence of sentences) {
    const last = parts[parts.length - 1];
    if (last && aboutChair(last[0]!) === aboutChair(sentence)) last.push(sentence);
    else parts.push([sentence]);
  }
  return parts.map((p) => ({ text: p.join(" "), citation: c.citation }));
}

function membersOf(ctx: ExtractContext, clauses: readonly Clause[]): Composition | undefined {
  if (clauses.length === 0) return undefined;
  const all = clauses.map((c) => c.text).join(" ");
  const rep = /(en|1) (representant|person) per region|samtliga regioner ska vara representerade/i.test(all) ? "one-per-region" : undefined;
  const appointed = /(?:utsedd|utses|utsetts|utes|tas fram och beslutas) av ([^.,;]+?)(?=\s+(?:i|och|efter|enligt)\s|[.,;]|$)/i.exec(all);
  const appointedByText = appointed?.[1]?.trim();
  const appointedBy = appointedByText ? findBodies(appointedByText, ctx.organizationId, ctx.extra)[0] : undefined;
  return {
    clauses: [...clauses],
    ...(rep ? { representation: rep } : {}),
    ...(appointedByText ? { appointedByText } : {}),
    ...(appointedBy ? { appointedById: appointedBy.body.id } : {}),
    ...(/ersättare/i.test(all) ? { deputies: true } : {}),
  };
}

/** How the (vice) chair is appointed; a term stated in another clause of the same section is cited too. */
function appointment(ctx: ExtractContext, c: Clause, chairClauses: readonly Clause[], vice: boolean): AppointmentRule {
  const subj = /^(.+?)\s+utser\s+(?:ordförande|vice)/i.exec(c.text);
  const by = LED_BY.test(c.text) && !CHAIR.test(c.text) ? null : /utses av ([^.,;]+?)(?=\s+(?:efter|enligt)\s|\s+i chefsforum|\s+och gruppen|[.,;]|$)/i.exec(c.text);
  const appointedByText = (subj?.[1] ?? by?.[1])?.trim();
  const body = appointedByText ? findBodies(appointedByText, ctx.organizationId, ctx.extra)[0] : undefined;
  const allChair = chairClauses.map((x) => x.text).join(" ");
  const term = TERM.exec(allChair);
  const termClause = chairClauses.find((x) => TERM.test(x.text));
  if (term && termClause && termClause !== c && termClause.citation.section === c.citation.section)
    c = {
      text: `${c.text} ${termClause.text}`,
      citation: { ...c.citation, lineStart: Math.min(c.citation.lineStart, termClause.citation.lineStart), lineEnd: Math.max(c.citation.lineEnd, termClause.citation.lineEnd) },
    };
  const termYears = term && (!vice || /liksom vice ordförande/i.test(allChair)) ? numberWord(term[1]!) : undefined;
  return {
    ...(body ? { appointedById: body.body.id } : {}),
    ...(appointedByText ? { appointedByText } : {}),
    ...(termYears ? { termYears } : {}),
    clause: c,
  };
}

export function extractComposition(ctx: ExtractContext, misplaced: readonly Clause[]): CompositionFacts {
  const written = [...cited(ctx, clausesIn(ctx, "composition", "participantsAndLead")), ...misplaced];
  const compClauses = written.flatMap(splitMixed).flatMap(splitLeadership);
  const chairClauses = [
    ...cited(ctx, clausesIn(ctx, "chair")),
    ...compClauses.filter((c) => CHAIR.test(c.text) && APPOINTS.test(c.text)),
    ...compClauses.filter((c) => LED_BY.test(c.text)),
  ];
  const coOpted = [
    ...cited(ctx, clausesIn(ctx, "coOpted").filter(({ c }) => /adjunger/i.test(c.text))),
    ...compClauses.filter((c) => /adjunger/i.test(c.text)),
  ];
  const composition = membersOf(ctx, compClauses.filter((c) => !chairClauses.includes(c)));
  const chairMain = chairClauses.find((c) => APPOINTS.test(c.text)) ?? chairClauses[0];
  const viceMain = chairClauses.find((c) => /vice ordförande/i.test(c.text) && /utser|utses/i.test(c.text));
  return {
    ...(composition ? { composition } : {}),
    ...(chairMain ? { chair: appointment(ctx, chairMain, chairClauses, false) } : {}),
    ...(viceMain ? { viceChair: appointment(ctx, viceMain, chairClauses, true) } : {}),
    coOpted,
    used: [...written, ...compClauses, ...chairClauses, ...coOpted],
  };
}
