/**
 * Issue 13 (relation): how often a samordningsråd meets is said as much by a change of it ("glesa ut mötena") or a
 * frequency ("möten varje kvartal") as by "mötesfrekvens" — and 004 says with whom it is agreed: "Mötesfrekvensen kan
 * anpassas utifrån behoven i aktuellt samordningsråd i dialog med kontaktperson". A stand taken on support processes is
 * agreed elsewhere (004 "Ställningstaganden som påverkar stödprocesser ska stämmas av … koncernövergripande grupp").
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a change of a samordningsråd's meetings is agreed with its kontaktperson", () => {
  it.each([
    ["Röntgenrådet funderar på att glesa ut mötena. Med vem ska det stämmas av?"],
    ["BoF-rådet vill ha möten varje kvartal i stället. Vem stämmer de av det med?"],
  ])("%s → the kontaktperson", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("meetings");
    expect(d.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
  });

  it("asked by a group that names no group, the one party a meeting clause names answers", () => {
    const question = "Vi skulle vilja träffas oftare än uppdraget säger. Med vem stämmer vi av det?";
    expect(router.route({ question }).owner?.id).toBe("vgr:kontaktperson-samordningsrad");
    // … but only a clause of the asker's own organisation: Västmanland's group sets its meetings itself
    expect(router.route({ question, org: "vastmanland" }).owner?.id).not.toBe("vgr:kontaktperson-samordningsrad");
  });

  it("a stand on support processes is still agreed with the koncernövergripande grupp", () => {
    const d = router.routeDetailed({ question: "Med vem ska samordningsrådet för bild- och funktionsmedicin stämma av ställningstaganden som påverkar it-stödet?" });
    expect(d.result.owner?.id).toBe("vgr:koncernovergripande-grupp");
  });
});
