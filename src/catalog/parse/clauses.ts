import { BULLET, type ParseNote, type ParsedClause, type Segment } from "./model";

/**
 * The clauses of a section body: one per bullet or sentence run, lines wrapped by the layout joined
 * (a word broken at the line end joined without its dash), lead-ins handled: "Gruppen ska:" before a
 * list is dropped, "• Samverka kring" before "-" items prefixes each of them.
 */

const TERMINAL = /[.!?:]$/;
const LEAD_IN_END = /\b(kring|om|med|inom|av|för|till|avseende|gällande|att)$/i;

type Raw = { text: string; lineStart: number; lineEnd: number; marker: string | undefined };

/** Bullets and sentence runs with their continuation lines joined; empty bullets noted. */
function joinLines(segments: readonly Segment[], notes: ParseNote[]): Raw[] {
  const raws: Raw[] = [];
  for (const seg of segments) {
    if (seg.text === "") continue;
    const m = BULLET.exec(seg.text);
    const marker = m ? (m[1]!.match(/\d/) ? "n" : m[1]!) : undefined;
    const body = m ? seg.text.slice(m[0].length).trim() : seg.text;
    // a lone "-" could be a dash inside a sentence only when followed by text; an empty bullet is a gap
    if (m && body === "") {
      notes.push({ code: "EMPTY_BULLET", message: `empty bullet on line ${seg.line}`, lineStart: seg.line, lineEnd: seg.line, params: { line: seg.line } });
      continue;
    }
    const cur = raws[raws.length - 1];
    if (!m && cur && !TERMINAL.test(cur.text)) {
      // a word broken at the line end ("verksam-" / "heten") is joined; "hälso- och" keeps its dash
      const broken = /\p{Ll}-$/u.test(cur.text) && /^\p{Ll}/u.test(body) && !/^(och|eller|samt|respektive|till|som)\b/.test(body);
      cur.text = (broken ? `${cur.text.slice(0, -1)}${body}` : `${cur.text} ${body}`).replace(/\s+/g, " ");
      cur.lineEnd = seg.line;
      continue;
    }
    raws.push({ text: body, lineStart: seg.line, lineEnd: seg.line, marker });
  }
  return raws;
}

/** Lead-ins: a plain "Gruppen ska:" before bullets is dropped; a bullet ending "kring" prefixes its sub-items. */
function applyLeadIns(raws: readonly Raw[]): ParsedClause[] {
  const out: ParsedClause[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const next = raws[i + 1];
    const nextIsSub = next !== undefined && next.marker !== undefined && next.marker !== r.marker;
    const words = r.text.replace(/:$/, "").split(" ").length;
    if (!r.marker && nextIsSub && (r.text.endsWith(":") || (words <= 3 && !TERMINAL.test(r.text)))) continue;
    if (r.marker && nextIsSub && LEAD_IN_END.test(r.text)) {
      let j = i + 1;
      for (; j < raws.length && raws[j]!.marker === next!.marker; j++) {
        const c = raws[j]!;
        out.push({ text: `${r.text} ${c.text}`.replace(/\s+/g, " "), lineStart: c.lineStart, lineEnd: c.lineEnd, bullet: true });
      }
      i = j - 1;
      continue;
    }
    out.push({ text: r.text, lineStart: r.lineStart, lineEnd: r.lineEnd, bullet: r.marker !== undefined });
  }
  return out;
}

export function clausesOf(segments: readonly Segment[], notes: ParseNote[]): ParsedClause[] {
  return applyLeadIns(joinLines(segments, notes)).filter((c) => c.text.replace(/[^\p{L}\p{N}]/gu, "") !== "");
}
