/**
 * Issue 13 (boundary): "bestämma över X" asks who stands above X only when X is a group ("Vem bestämmer över
 * samordningsrådet?" → its commissioner). Over a matter — a budget, the radiology budget — it asks who decides that
 * matter, a topic (004 "Beslut fattas med respekt för … givna budgetramar"), so no group's commissioner is stated.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const route = (question: string) => router.routeDetailed({ question });

describe("bestämma över a group, or over a matter", () => {
  it.each([
    ["Vem bestämmer över samordningsrådet?", "vgr:koncernledning-halso-och-sjukvard"],
    ["Vem bestämmer över ledningsgruppen i Mellansverige?", "sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    ["Vem styr över VCG?", "sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("over a group, its commissioner: %s", (q, want) => {
    const d = route(q);
    expect(d.analysis.asks).toBe("commissioner");
    expect(d.result.owner?.id).toBe(want);
  });
  it.each([
    "Bestämmer samordningsrådet över budgeten för röntgen?",
    "Vem bestämmer över budgeten för fysiologen, samordningsrådet eller förvaltningen?",
  ])("over a matter, no commissioner: %s", (q) => {
    const d = route(q);
    expect(d.analysis.asks).not.toBe("commissioner");
    expect(d.result.owner?.id).not.toBe("vgr:koncernledning-halso-och-sjukvard");
  });
});
