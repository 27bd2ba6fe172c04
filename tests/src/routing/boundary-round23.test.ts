/**
 * Issue 13, boundary (round 23): three general facts, with example sentences written for these tests (not taken from
 * the development sets).
 * - 004 "Där PPR beslutar om regiongemensamma prioriteringar har samordningsråden en viktig roll i genomförandet": when
 *   the question says PPR has done its part and its asking sentence speaks of that thing again by a pronoun ("vem ser
 *   till att den …"), it asks what becomes of it next — the råd's part. In a subordinate clause a sentence adverb stands
 *   before the finite verb ("när PPR väl har prioriterat"): the act is done all the same.
 * - 003/004 and label rule 4: a concrete råd (bild- och funktionsmedicin) offered as a guess for a care area that is
 *   not its own ("Är det BoF-rådet som hanterar ortopedin?") is answered with the kind: that area's råd.
 * - 004 "Där varken ordförande eller deltagare har mandat att fatta beslut eskaleras frågan …": a mandate said to be
 *   missing, also by the other words for it (befogenhet, beslutsmandat, "lacks the authority"), asks where the matter
 *   is escalated.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();
const BFM = "owner vgr:samordningsrad-bild-och-funktionsmedicin";
const KIND = "owner vgr:samordningsrad-inom-halso-och-sjukvard";
const KOG = "owner vgr:koncernovergripande-grupp";

describe("what PPR has decided, spoken of again by a pronoun, is carried out by the råd of its area", () => {
  it.each([
    ["PPR har beslutat om en ny ultraljudsundersökning av halskärlen. Vem ser till att den används på sjukhusen i VGR?", BFM],
    ["När PPR väl har godkänt en ny metod för magnetkamera, vem ska då se till att den når patienterna i VGR?", BFM],
    ["PPR har redan prioriterat en ny behandling inom ortopedin. Vem ser till att den blir verklighet i VGR?", KIND],
  ])("%s", (q, want) => {
    expect(say(q)).toBe(want);
  });

  it("a cleft's empty 'det' and an article are no reference back: PPR deciding stays PPR's", () => {
    expect(say("Vem är det som beslutar om en ny och mycket dyr läkemedelsbehandling i VGR med stora ekonomiska konsekvenser?")).toBe("owner vgr:program-och-prioriteringsradet");
  });
});

describe("the imaging råd offered as a guess for another care area: the kind answers", () => {
  it.each([
    "Är det samordningsrådet för bild- och funktionsmedicin som tar hand om urologin i VGR?",
    "Är det rådet för bild- och funktionsmedicin som hanterar frågor om barnpsykiatri?",
  ])("%s", (q) => {
    expect(say(q)).toBe(KIND);
  });

  it("its own area stays its own", () => {
    expect(say("Är det samordningsrådet för bild- och funktionsmedicin som hanterar frågor om nuklearmedicin?")).toBe(BFM);
  });
});

describe("a mandate said to be missing, in the words people use for it, asks where the matter is escalated", () => {
  it.each([
    "Samordningsrådet för ortopedi i VGR är oenigt och ingen där har mandat att besluta om det. Vart går frågan?",
    "Vårt samordningsråd för kirurgi saknar befogenhet att besluta om detta. Vart går frågan?",
    "The radiology council lacks the authority to decide this. Where does it go?",
  ])("%s", (q) => {
    expect(say(q)).toBe(KOG);
  });
});
