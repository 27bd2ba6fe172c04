/**
 * Issue 13 (English): to have or get "a seat in" a council is to sit in it, as "a seat on" is (engelska.yaml: "sitter
 * i"). 004 "Gruppen består av representanter som utsetts av respektive förvaltningschef": who decides who sits in the
 * imaging råd is each förvaltningschef. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'a seat in' a council is membership", () => {
  it.each([
    "Who decides which managers get a seat in the VGR imaging coordination council?",
    "Who picks the people for the seats in the imaging council in VGR?",
  ])("%s → förvaltningschef", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:forvaltningschef");
  });
});
