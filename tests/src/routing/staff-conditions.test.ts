/*
 * Working conditions of staff against competence supply (004 "Övergripande frågor som rör organisation och
 * arbetsvillkor inkl ersättningar och lokalförsörjning hanteras via regionövergripande samordnande grupper och inte av
 * samordningsråden"; 003 "ta ett gemensamt ansvar för rekrytering, kompetensförsörjning och bemanning"): a profession
 * in the question says whose matter it is, not which, so the råd's clause on its members' "ansvar för … personal" does
 * not keep pay and working hours. The real router over the sample mandates; questions written for these tests, not
 * taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { compileLexicon } from "../../../src/routing/compiled-lexicon";
import { shippedLexicon } from "../../../src/routing/lexicon";
import { keySv } from "../../../src/routing/normalize";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string) => router.routeDetailed({ question }).result.owner?.id;
const REGIONWIDE = "vgr:regionovergripande-samordnande-grupper";

describe("pay and working hours of a profession go to the regionövergripande samordnande grupper", () => {
  it.each([
    "Kan samordningsrådet för bild- och funktionsmedicin bestämma nya arbetstider för biomedicinska analytiker i hela regionen?",
    "Ingångslönerna för undersköterskor på röntgen skiljer sig mellan sjukhusen i VGR. Vem tar den frågan?",
    "Vem i VGR hanterar lönesättningen för fysioterapeuter inom ortopedin – är det ortopedirådet?",
  ])("%s", (q) => {
    expect(owner(q)).toBe(REGIONWIDE);
  });
});

describe("competence supply of a profession stays with the samordningsråd", () => {
  it.each([
    ["Vilket samordningsråd äger kompetensförsörjningen av barnmorskor i VGR?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["Vem i VGR har hand om bemanningen av röntgensjuksköterskor på lång sikt?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s", (q, want) => {
    expect(owner(q)).toBe(want);
  });
});

describe("no lexicon word is a key of an everyday word of the mandates", () => {
  it("'i form av' (004, adjungerade deltagare) is no ersättning: 'förmåner' (key 'form') is not listed", () => {
    const lex = compileLexicon(shippedLexicon());
    expect(lex.concepts.longestAt([keySv("form")], 0)).toBeUndefined();
  });
});
