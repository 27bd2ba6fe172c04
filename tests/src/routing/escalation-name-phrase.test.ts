/**
 * Issue 13 (english, boundary): a missing mandate of a group's members asks where the matter is escalated (004 "Där
 * varken ordförande eller deltagare har mandat att fatta beslut eskaleras frågan … till berörd koncernövergripande
 * grupp"), also when the group's phrase holds an article and the organisation's name ("nobody in the VGR imaging
 * council has the mandate"), a member "on" it, or the organisation in the genitive ("ingen i VGR:s bildråd"): the whole
 * phrase says where, as "i bildrådet" does. Those words had stood between "nobody" and "has the mandate", and the
 * council itself was answered. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the group's whole phrase before a missing mandate", () => {
  it.each([
    "Where does an issue go when nobody in the VGR imaging council has the mandate to decide it?",
    "What happens when no one on the VGR imaging council has the authority to decide?",
    "Vart lyfts frågan när ingen i VGR:s bildråd har mandat att besluta?",
  ])("%s → the koncernövergripande grupp", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:koncernovergripande-grupp");
  });
});
