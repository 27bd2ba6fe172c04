/**
 * Issue 13: where and how a group's meetings are held is the same fact as how often it meets (002's heading
 * "Mötesfrekvens och plats": "Möten äger rum på … i Västerås"). "Var hålls mötena?" asks the meetings relation, as
 * "Var träffas gruppen?" does; English "where are the meetings held / take place" the same (engelska.yaml).
 * The answer cites the whole section, so that it says where as well as how often. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const asked = (q: string) => {
  const r = router.routeDetailed({ question: q });
  return `${r.result.status} ${r.result.owner?.id} ${r.analysis.asks}`;
};
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("where the meetings are held", () => {
  it.each([
    "Var hålls mötena i Västmanland?",
    "Var hålls samverkansgruppens möten i Västmanland?",
    "Where are the meetings held in Västmanland?",
    "Where do the meetings of the Västmanland collaboration group take place?",
    // the verb apart from "meetings" (engelska.yaml "held")
    "Where are the meetings of the Västmanland group held?",
  ])("%s", (q) => {
    expect(asked(q)).toBe(`owner ${GROUP} meetings`);
  });
  it.each(["Var hålls mötena i Västmanland?", "Hur ofta träffas samverkansgruppen i Västmanland?"])("%s cites where and how often", (q) => {
    const r = router.route({ question: q });
    expect(r.citations[0]?.section).toBe("Mötesfrekvens och plats");
    expect(r.citations[0]?.text).toMatch(/^Samverkansgruppen träffas 3–4 gånger per termin .* Möten äger rum på Västmanlands Kommuner och Landsting i Västerås/);
  });
  it.each([
    ["How often does the Västmanland collaboration group meet?", "Mötesfrekvens och plats"],
    ["How often does the imaging council in VGR meet?", "Mötesfrekvens"],
  ])("%s asks the meetings relation (engelska.yaml 'how often', 'meet')", (q, section) => {
    expect(asked(q)).toMatch(/ meetings$/);
    expect(router.route({ question: q }).citations[0]?.section).toBe(section);
  });
  it("a section of one sentence is cited alone", () => {
    const r = router.route({ question: "Hur ofta möts samordningsrådet för bild- och funktionsmedicin i VGR?" });
    expect(r.citations[0]?.text).toMatch(/^4 till maximalt 8 ggr\/år\. .*i dialog med kontaktperson\.$/);
  });
  it("'held responsible' is no meeting", () => {
    expect(asked("Who is held responsible for psychiatry in Västmanland?")).toBe(`owner ${GROUP} topic`);
  });
});
