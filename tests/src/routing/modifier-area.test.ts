/**
 * Issue 13 (boundary, a general fact of Swedish): a compound written with a hyphen is one word whose head comes last —
 * "akut-DT" is a CT examination done in the emergency flow, one examination of one area (imaging), not the emergency
 * care and imaging listed as two areas. Words only a space apart are no compound: chat writes lists without commas. 004 sends to Klinisk ledning only "förändrade arbetssätt och processer i flera
 * verksamhetsområden"; a change in one area is its samordningsråd's. Two areas listed with "och" still span several.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a hyphenated compound names one area", () => {
  it("a changed way of working for akut-DT stays with the imaging råd", () => {
    const r = router.route({ question: "Vi vill ändra arbetssättet för akut-DT på sjukhusen i VGR. Vilken grupp tar det?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it.each([
    "Nytt arbetssätt som berör akuten, röntgen och vårdcentralerna i VGR – vem tar det?",
    "nytt arbetssatt som beror akuten rontgen och vardcentralerna i vgr vem tar det",
  ])("%s → Klinisk ledning (a list)", (q) => {
    expect(router.route({ question: q }).owner?.id).toBe("vgr:klinisk-ledning");
  });

  it("the emergency care and imaging named as a list are several areas (Klinisk ledning)", () => {
    const r = router.route({ question: "Nytt arbetssätt som berör akuten och röntgen i VGR – vem tar det?" });
    expect(r.owner?.id).toBe("vgr:klinisk-ledning");
  });
});
