/**
 * Issue 13 (relation, typed): a yes/no question whether a group's document goes to a body it names, the sender named too.
 * 000 sends the verksamhetschefsgruppers minnesanteckningar to two bodies ("delges Ledningsgruppen och samverkansnämndens
 * kansli"): asked of the kansli, the kansli is confirmed (cited by that duty), not the duty's first recipient. "också"
 * after the body named asks whether it is a recipient as well; "någon mer" still asks for the others. A document the
 * duty sends elsewhere (the annual report goes to the ledningsgrupp) is not confirmed. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const answer = (question: string) => {
  const r = router.route({ question });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};
const KANSLI = "owner sjukvardsregion-mellansverige:kansli";
const LG = "owner sjukvardsregion-mellansverige:ledningsgrupp";

describe("a document's destination named beside its sender", () => {
  it.each([
    ["Ska minnesanteckningarna från verksamhetschefsgruppen skickas till kansliet?", KANSLI],
    ["Ska minnesanteckningarna från VCG till kansliet också?", KANSLI],
    ["vcg anteckningar ska dom till kansliet ocksa", KANSLI],
    ["Ska VCG skicka minnesanteckningarna till ledningsgruppen?", LG],
    ["Ska årsberättelsen från VCG skickas till kansliet?", LG],
    ["Vi skickar minnesanteckningarna från VCG till ledningsgruppen – ska någon mer ha dem?", KANSLI],
  ])("%s → %s", (q, want) => {
    expect(answer(q)).toBe(want);
  });
  it("the kansli confirmed cites the duty that sends the minutes there", () => {
    const r = router.route({ question: "Ska minnesanteckningarna från verksamhetschefsgruppen skickas till kansliet?" });
    expect(r.citations[0]?.text).toMatch(/kansli/);
  });
});
