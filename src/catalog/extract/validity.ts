import { hasPlaceholder } from "../parser";
import type { Clause, Validity } from "../schema";
import { allClauses, cite, clauseOf, sectionsOf, type ExtractContext } from "./context";

/** When and by whom the mandate was decided, how long it is valid, when it is to be revised; document metadata. */

export interface ValidityFacts {
  readonly validity?: Validity;
  readonly date?: string;
  readonly diarienummer?: string;
  /** "Namn, titel" or the deciding body, as the document names it. */
  readonly decidedBy?: string;
  readonly decidedDate?: string;
  /** The document has a Datum field without a date. */
  readonly missingDate: boolean;
}

const PERIOD_SEASON: Record<string, string> = { våren: "06-30", vår: "06-30", hösten: "12-31", höst: "12-31", sommaren: "08-31", vintern: "02-28" };

type Decision = { decidedDate?: string; decidedBy?: string; clauses: Clause[] };

/** "Fastställd av X 2019-03-22", "Datum 2026-06-16", "Diarienummer RS 2024-00784" before the first heading. */
function preambleFacts(ctx: ExtractContext, d: Decision) {
  let date: string | undefined;
  let diarienummer: string | undefined;
  let missingDate = false;
  for (const p of ctx.doc.preamble) {
    const f = /^fastställd av (.+?)\s+(\d{4}-\d{2}-\d{2})\s*$/i.exec(p.text);
    if (f) {
      d.decidedBy = f[1];
      d.decidedDate = f[2];
      d.clauses.push({ text: p.text, citation: cite(ctx.doc, "Fastställd", { lineStart: p.line, lineEnd: p.line }) });
    }
    const dt = /^datum\b\s*(.*)$/i.exec(p.text);
    if (dt) {
      const v = /(\d{4}-\d{2}-\d{2})/.exec(dt[1] ?? "");
      if (v) date = v[1];
      else missingDate = true;
    }
    const dn = /^(?:diarienummer|dnr)\s*:?\s*(.+)$/i.exec(p.text);
    if (dn) diarienummer = dn[1]!.trim();
  }
  return { date, diarienummer, missingDate };
}

/** The signature after "Datum för beslut" / "Uppdraget fastställs": a name and a title on the next lines. */
function personAfter(ctx: ExtractContext, line: number): string | undefined {
  const next: string[] = [];
  for (let i = line; i < Math.min(ctx.doc.lines.length, line + 6) && next.length < 2; i++) {
    const t = ctx.doc.lines[i]!.trim();
    if (t) next.push(t);
  }
  const [n, t] = next;
  if (n && t && /^[A-ZÅÄÖ][\p{L}-]+( [A-ZÅÄÖ][\p{L}-]+){1,3}$/u.test(n) && /direktör|chef|ordförande|nämnd|styrelse/i.test(t)) return `${n}, ${t.toLowerCase()}`;
  return undefined;
}

function decisionSections(ctx: ExtractContext, d: Decision): void {
  for (const s of sectionsOf(ctx, "decisionDate")) {
    const v = /(\d{4}-\d{2}-\d{2})/.exec(s.inline?.text ?? "");
    if (v) d.decidedDate = v[1];
    d.decidedBy = personAfter(ctx, s.line) ?? d.decidedBy;
    if (s.inline) d.clauses.push({ text: `Datum för beslut: ${v?.[1] ?? s.inline.text}`, citation: cite(ctx.doc, s, { lineStart: s.line, lineEnd: s.line }) });
  }
  for (const s of sectionsOf(ctx, "adoption")) {
    d.decidedBy = personAfter(ctx, s.line) ?? d.decidedBy;
    if (s.clauses[0]) d.clauses.push(clauseOf(ctx.doc, s, s.clauses[0]));
  }
}

/** "… gäller som längst till och med 2028-12-31" (or a placeholder: "xxx (fem år)"). */
function validUntilOf(ctx: ExtractContext, clauses: Clause[]): { validUntil?: string; validUntilText?: string } {
  let validUntil: string | undefined;
  let validUntilText: string | undefined;
  for (const { s, c } of allClauses(ctx)) {
    const m = /gäller (?:som längst )?(?:till och med|t\.o\.m\.?|till)\s+(.+?)\.?$/i.exec(c.text);
    if (!m) continue;
    clauses.push(clauseOf(ctx.doc, s, c));
    const iso = /^(\d{4}-\d{2}-\d{2})/.exec(m[1]!);
    if (iso) validUntil = iso[1];
    else {
      validUntilText = m[1];
      if (hasPlaceholder(m[1])) ctx.placeholders.push({ text: c.text, line: c.lineStart, field: "validity.validUntil" });
    }
  }
  return { ...(validUntil ? { validUntil } : {}), ...(validUntilText ? { validUntilText } : {}) };
}

/** "Revideras: Våren 2017" → 2017-06-30. */
function revisionOf(ctx: ExtractContext, clauses: Clause[]): { reviseBy?: string; reviseByText?: string } {
  let reviseBy: string | undefined;
  let reviseByText: string | undefined;
  for (const s of sectionsOf(ctx, "revision")) {
    const c = s.clauses[0];
    if (!c) continue;
    clauses.push(clauseOf(ctx.doc, s, c));
    reviseByText = c.text;
    const m = /(?:(\p{L}+)\s+)?(\d{4})/u.exec(c.text);
    if (m) reviseBy = `${m[2]}-${PERIOD_SEASON[(m[1] ?? "").toLowerCase()] ?? "12-31"}`;
  }
  return { ...(reviseBy ? { reviseBy } : {}), ...(reviseByText ? { reviseByText } : {}) };
}

export function extractValidity(ctx: ExtractContext): ValidityFacts {
  const d: Decision = { clauses: [] };
  const meta = preambleFacts(ctx, d);
  decisionSections(ctx, d);
  const until = validUntilOf(ctx, d.clauses);
  const revise = revisionOf(ctx, d.clauses);
  const { decidedDate, decidedBy } = d;
  const validity: Validity | undefined =
    d.clauses.length > 0 || decidedDate
      ? { ...(decidedDate ? { decidedDate } : {}), ...(decidedBy ? { decidedBy } : {}), ...until, ...revise, clauses: d.clauses }
      : undefined;
  return {
    ...(validity ? { validity } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.diarienummer ? { diarienummer: meta.diarienummer } : {}),
    ...(decidedBy ? { decidedBy } : {}),
    ...(decidedDate ? { decidedDate } : {}),
    missingDate: meta.missingDate,
  };
}
