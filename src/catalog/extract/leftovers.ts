import type { BodyPattern } from "../bodies";
import { hasPlaceholder } from "../parser";
import { ORGANIZATIONS, type Clause } from "../schema";
import { fold } from "../text";
import { allClauses, bodiesIn, clauseKey, clauseOf, type ExtractContext } from "./context";
import { nameFromPreamble } from "./identity";

/** What no field took: placeholders, text before the first heading, other cited clauses, bodies named. */

/** Placeholders ("xxx") in any clause not already noted by a field. */
export function notePlaceholders(ctx: ExtractContext): void {
  for (const { s, c } of allClauses(ctx))
    if (hasPlaceholder(c.text) && !ctx.placeholders.some((p) => p.line === c.lineStart)) ctx.placeholders.push({ text: c.text, line: c.lineStart, field: s.heading });
}

/** Preamble text that is neither the title, a date, a diarienummer nor an organisation name. */
export function noteUnplacedPreamble(ctx: ExtractContext): void {
  const { doc } = ctx;
  // a title line in the preamble: lines in capitals beside it belong to the title
  const titled = fold(doc.preamble.find((p) => /^uppdrag\w*(beskrivning|handling)/i.test(p.text))?.text ?? "").length > 0;
  const name = fold(nameFromPreamble(doc) ?? "");
  for (const [i, p] of doc.preamble.entries()) {
    const known =
      /\bför$/i.test(doc.preamble[i - 1]?.text ?? "") ||
      /^(uppdrag\w*(beskrivning|handling)|datum|diarienummer|dnr|fastställd)/i.test(p.text) ||
      ORGANIZATIONS.some((o) => o.aliases.some((a) => fold(a) === fold(p.text))) ||
      name.includes(fold(p.text)) ||
      (titled && p.text === p.text.toUpperCase());
    if (!known)
      ctx.notes.push({ code: "UNPLACED_TEXT", message: `line ${p.line} ("${p.text.slice(0, 60)}") stands before the first heading`, lineStart: p.line, lineEnd: p.line, params: { what: "preamble", line: p.line, text: p.text.slice(0, 60) } });
  }
}

/** Cited clauses no field used (costs, communication, ärendegång, support, subgroups, …). */
export function otherClauses(ctx: ExtractContext, used: readonly Clause[]): Clause[] {
  const keys = new Set(used.map(clauseKey));
  return ctx.doc.sections
    .filter((s) => s.key !== "area" && s.key !== "sendTo")
    .flatMap((s) => s.clauses.map((c) => clauseOf(ctx.doc, s, c)))
    .filter((c) => !keys.has(clauseKey(c)));
}

/** Every body named in a clause (once per clause), and an ad-hoc commissioner with its clause. */
export function mentionsOf(ctx: ExtractContext, adHoc: readonly BodyPattern[], commissioner: Clause | undefined): { body: BodyPattern; clause: Clause }[] {
  const mentions: { body: BodyPattern; clause: Clause }[] = [];
  for (const { s, c: pc } of allClauses(ctx)) {
    const c = clauseOf(ctx.doc, s, pc);
    for (const m of bodiesIn(ctx, c.text)) if (!mentions.some((x) => x.body.id === m.body.id && x.clause.citation.lineStart === c.citation.lineStart)) mentions.push({ body: m.body, clause: c });
  }
  if (commissioner) for (const b of adHoc) mentions.push({ body: b, clause: commissioner });
  return mentions;
}
