/**
 * Issue 13 (english): what is paid for being on call ("on-call allowance", Swedish jourersättning) and a difference in
 * pay between hospitals are pay — 004 "Övergripande frågor som rör organisation och arbetsvillkor inkl ersättningar …
 * hanteras via regionövergripande samordnande grupper och inte av samordningsråden". "on-call" had read as "on" + the
 * glossary's "call" (a name), "pay difference" as costs that differ. Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";
import { sampleAnalyzer } from "./sample-router";

const router = new Router(sampleCatalog());
const analyze = sampleAnalyzer(router);
const REGION_WIDE = "vgr:regionovergripande-samordnande-grupper";

describe("English words for pay", () => {
  it.each([
    ["My on-call allowance in Skövde is lower than in Borås.", "jourersattning", "namn"],
    ["Who looks at pay differences between hospitals?", "lonenivaer", "kostnader"],
  ])("%s reads %s, not %s", (q, want, not) => {
    const ws = analyze(q).words;
    expect(ws).toContain(want);
    expect(ws).not.toContain(not);
  });

  it.each([
    "The on-call allowance for anaesthetists differs between the hospitals in VGR. Which group deals with that?",
    "Is the imaging council in VGR the right place to raise the pay differences between radiology departments?",
  ])("%s → the regionövergripande samordnande grupper", (q) => {
    expect(router.route({ question: q }).owner?.id).toBe(REGION_WIDE);
  });
});
