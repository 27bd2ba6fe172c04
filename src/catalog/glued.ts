import type { ParsedDocument, ParseNote } from "./parser";

/**
 * Words glued together by PDF extraction where a line break (often a bullet boundary) was lost:
 * "… hälso- och sjukvårdvara referensgrupp …" = "sjukvård" + "vara referensgrupp …" (the start of a
 * bullet). Detected in a general way, with no table of strings: a lowercase word that occurs nowhere
 * else in the documents, which splits into a word the documents use on its own and a word that starts
 * a bullet somewhere in the documents, with the clause running on after it. Swedish compounds rarely
 * match: their second part is a noun, a bullet starts with a verb ("vara", "bereda", "följa").
 */

export interface Vocabulary {
  /** How often each lowercase word occurs in all documents. */
  readonly words: ReadonlyMap<string, number>;
  /** The first words (lowercase) of bullet clauses in all documents. */
  readonly clauseStarts: ReadonlySet<string>;
}

const WORD = /\p{L}+/gu;
const MIN_FIRST = 4;
const MIN_SECOND = 3;

export function vocabularyOf(docs: readonly ParsedDocument[]): Vocabulary {
  const words = new Map<string, number>();
  const clauseStarts = new Set<string>();
  for (const d of docs) {
    for (const line of d.lines) for (const w of line.toLowerCase().match(WORD) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
    for (const s of d.sections)
      for (const c of s.clauses) {
        const first = c.bullet ? /^\p{L}+/u.exec(c.text)?.[0]?.toLowerCase() : undefined;
        if (first && first.length >= MIN_SECOND) clauseStarts.add(first);
      }
  }
  return { words, clauseStarts };
}

/** GLUED_TEXT notes for one document (its words are part of the vocabulary). */
export function gluedWords(doc: ParsedDocument, vocab: Vocabulary): ParseNote[] {
  const notes: ParseNote[] = [];
  for (const s of doc.sections)
    for (const c of s.clauses) {
      if (!c.bullet) continue;
      const tokens = c.text.split(" ");
      for (let i = 1; i < tokens.length - 2; i++) {
        const t = tokens[i]!.replace(/[^\p{L}]+$/u, "");
        if (!/^\p{Ll}+$/u.test(t) || t.length < MIN_FIRST + MIN_SECOND || (vocab.words.get(t) ?? 0) > 1) continue;
        for (let k = t.length - MIN_SECOND; k >= MIN_FIRST; k--) {
          const first = t.slice(0, k);
          const second = t.slice(k);
          if (!vocab.words.has(first) || !vocab.clauseStarts.has(second)) continue;
          const line = c.lineStart + Math.max(0, doc.lines.slice(c.lineStart - 1, c.lineEnd).findIndex((l) => l.includes(t)));
          const rest = [second, ...tokens.slice(i + 1)].join(" ");
          notes.push({
            code: "GLUED_TEXT",
            message: `line ${line}: "${t}" looks like two words glued by text extraction ("${first}" + "${second}"); "${rest.slice(0, 60)}" is probably a bullet of its own`,
            lineStart: line,
            lineEnd: line,
            params: { word: t, first, second, line, rest: rest.slice(0, 60) },
          });
          break;
        }
      }
    }
  return notes;
}
