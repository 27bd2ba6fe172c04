/**
 * Issue 13 (boundary): "Som facklig företrädare … får vi frågor om …" fronts the capacity the asker speaks in (Swedish
 * puts the verb second, then the subject): who asks, not what is asked. Pay is the matter, and 004 sends it elsewhere:
 * "Övergripande frågor som rör organisation och arbetsvillkor inkl ersättningar … hanteras via regionövergripande
 * samordnande grupper". A care area in the role stays the question's area. Sentences written for this test.
 */
import { sampleAnalyzer, sampleRouter } from "./sample-router";
import { askerRoleWords } from "../../../src/routing/asker-role";

const { router } = sampleRouter();
const analyze = sampleAnalyzer(router);

describe("the asker's role is who asks, not what is asked", () => {
  it("a union representative's question of pay → the regionövergripande samordnande grupper", () => {
    const r = router.route({ question: "Som facklig företrädare i Skaraborg får vi frågor om lönetillägg för undersköterskor på röntgen. Hör det till samordningsrådet för bild- och funktionsmedicin?" });
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });

  it.each([
    ["Som facklig företrädare i Skaraborg får vi frågor om lön", ["facklig", "foretradare"]],
    ["Som ny sekreterare undrar jag vem som kallar", ["ny", "sekreterare"]],
    ["Som jag förstår det har rådet inget mandat", []],
    ["Vem ska jag som ordförande rapportera till?", []],
  ])("%s: role words %j", (question, role) => {
    const a = analyze(question);
    expect([...askerRoleWords(a)].map((i) => a.words[i])).toEqual(role);
  });
});
