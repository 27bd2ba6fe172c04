/**
 * Issue 13 (typed): an abbreviation written together with the word it qualifies ("klinfysremisserna" for
 * "klinfys-remisserna", as chat drops the hyphen) reads as the abbreviation's long form and that word, when the whole is
 * no Swedish word and the rest is one — as "BoFrådet" already did with a group's noun. Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";
import { sampleAnalyzer } from "./sample-router";

const router = new Router(sampleCatalog());
const analyze = sampleAnalyzer(router);
const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("an abbreviation written together with its noun", () => {
  it.each([
    ["vem tar klinfysremisserna i vgr", ["klinisk", "fysiologi", "remisserna"]],
    ["Vem äger neurofysväntetiderna i VGR?", ["neurofysiologi", "vantetiderna"]],
  ])("%s reads %j", (q, want) => {
    const ws = analyze(q).words;
    for (const w of want) expect(ws).toContain(w);
    expect(router.route({ question: q }).owner?.id).toBe(BOF);
  });

  it("a Swedish word that starts like an abbreviation stays whole", () => {
    expect(analyze("Vem ansvarar för rapporteringen?").words).toContain("rapporteringen");
  });
});
