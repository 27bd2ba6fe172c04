/**
 * Issue 19 (router CPU): the relation cue tables of a lexicon share one scan of a word list for the positions where
 * some phrase may start (cue-table.ts CueStarts), and each table looks only there — the same matches, found without
 * running every word through every table.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { compileLexicon } from "../../../src/routing/compiled-lexicon";
import { CueStarts, CueTable, stemsOf } from "../../../src/routing/cue-table";
import { shippedLexicon } from "../../../src/routing/lexicon";
import { foldClause } from "../../../src/routing/memo";
import { fold, words } from "../../../src/routing/normalize";

describe("one scan of a word list for every cue table", () => {
  it("is shared by the tables of one lexicon and remembered per word list", () => {
    const starts = new CueStarts();
    const listed = new Set<string>();
    const utser = new CueTable(listed, starts);
    utser.add("utser ordförande");
    const reports = new CueTable(listed, starts);
    reports.add("rapporterar till");
    const ws = words("Vem utser ordföranden och vem rapporterade gruppen till?");
    const ks = stemsOf(ws);
    expect(utser.startsIn(ws, ks)).toBe(reports.startsIn(ws, ks));
    expect(utser.startsIn(ws, ks)).toEqual([1, 5]);
    // as written only (a mandate sentence): "rapporterade" is no listed form
    expect(utser.startsIn(ws)).toEqual([1]);
    // a table with no phrase that may start in the list is passed over whole (relation-detect.ts scoreRelation)
    expect(utser.anyIn(ws, ks)).toBe(true);
    expect(reports.anyIn(ws)).toBe(false);
    expect(reports.anyIn(ws, ks)).toBe(true);
    expect(utser.anyIn(words("vem rapporterar till?"))).toBe(false);
  });

  it("folds a mandate sentence once (memo.ts foldClause)", () => {
    const s = "Samordningsrådet rapporterar till hälso- och sjukvårdsdirektören.";
    expect(foldClause(s)).toBe(fold(s));
    expect(foldClause(s)).toBe(foldClause(s));
  });

  it("misses no match the tables find at any position (shipped lexicon, the tune questions)", () => {
    const lex = compileLexicon(shippedLexicon());
    const dir = join(__dirname, "../../fixtures/routing-dev");
    const qs = readdirSync(dir)
      .filter((f) => /^tune\d*\.jsonl$/.test(f))
      .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim()))
      .map((l) => (JSON.parse(l) as { question: string }).question);
    let found = 0;
    for (const q of qs) {
      const ws = words(q);
      const ks = stemsOf(ws);
      for (const t of [...lex.relations.values()].flatMap((r) => [r.about, r.acts, r.alone])) {
        const starts = new Set(t.startsIn(ws, ks));
        for (let i = 0; i < ws.length; i++) {
          if (!t.longestAt(ws, i, ks)) continue;
          found++;
          expect(starts.has(i)).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});
