/**
 * Issue 13 (relation): "fatta/ta beslutet" is "besluta" (general Swedish), also "det beslutet" taking up what the
 * sentence before said. Who decides a change of a region's member of the ledningsgrupp is who appoints it (001: "En
 * representant per region utsedd av respektive regiondirektör"), a new chair's (001: "Regiondirektörsgruppen utser
 * ordförande"). The indefinite "kan ordföranden fatta beslut om …" keeps the chair as the one who decides. Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("fatta/ta (det) beslutet = besluta", () => {
  it.each([
    ["Region Värmland tänker ersätta sin ledamot i ledningsgruppen. Vem tar det beslutet?", "members", "sjukvardsregion-mellansverige:regiondirektor"],
    ["Vem fattar beslut om vilka som sitter i samverkansnämndens ledningsgrupp?", "members", "sjukvardsregion-mellansverige:regiondirektor"],
    ["Ledningsgruppen i sjukvårdsregionen behöver en ny ordförande i vår. Vem fattar det beslutet?", "chair", "sjukvardsregion-mellansverige:regiondirektorsgrupp"],
  ])("%s → %s", (question, asks, owner) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe(asks);
    expect(d.result.owner?.id).toBe(owner);
  });

  it("the chair who may decide a routine is not asked to be appointed", () => {
    const d = router.routeDetailed({ question: "Får ordföranden i samordningsrådet för bild- och funktionsmedicin fatta beslut om en regional rutin för strålskydd själv?" });
    expect(d.analysis.asks).not.toBe("chair");
  });
});
