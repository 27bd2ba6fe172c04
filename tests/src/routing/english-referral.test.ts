/**
 * Issue 13 (English): in English health care a "referral" is a patient's referral (for an examination, to a clinic);
 * the remiss a group answers as a remissinstans (000 "Vara remissinstans till ledningsgruppen", 004 "remissvar") is a
 * "consultation". Read as "remisser", "send our ultrasound referral improvement to the right group" became a question of
 * whom a group answers consultations for, answered with a commissioner. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("an English referral is a patient's referral", () => {
  it.each([
    "I was asked to send our improved ultrasound referral routine to the right group so all VGR hospitals can use it.",
    "Please send our new MRI referral template to the group that can spread it to every hospital in VGR.",
  ])("%s → the imaging council, a topic", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("topic");
    expect(d.result.owner?.id).toBe(BOF);
  });

  it("a consultation response still goes where the group is a consultation body", () => {
    const r = router.route({ question: "Who should we send our consultation response to, as the reference group of the leadership group?" });
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});
