/*
 * Issue 13, "Done means": a question typed with an abbreviation gets the owner of the clean question. The short forms
 * health care writes in chats and notes (samples/lexicon/forkortningar.yaml) and the point of an abbreviation inside a
 * word ("prod.planering"), which ends no sentence. Questions written from the mandates, not from the dev halves.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const say = (q: string) => {
  const r = router.route({ question: q });
  return `${r.status} ${r.owner?.id ?? ""}`;
};

describe("an abbreviated question gets the clean question's owner", () => {
  it.each([
    // specialities by their short names in health care
    ["rtg bemanning vgr vem", "Bemanning på röntgen i VGR, vem?"],
    ["psyk samordningsrad vgr vem", "Samordningsråd för psykiatri i VGR, vem?"],
    ["ortop samordningsrad vgr vem", "Samordningsråd för ortopedi i VGR, vem?"],
    // a shortened first part of a compound, with or without its point (000: "Genomföra gemensam produktionsplanering",
    // "Samverka kring … kompetensförsörjning")
    ["prodplanering for hoftproteser i sjukvardsregionen vem", "Produktionsplanering för höftproteser i sjukvårdsregionen, vem?"],
    ["komp.forsorjning mellan regionerna i mellansverige vem", "Kompetensförsörjning mellan regionerna i Mellansverige, vem?"],
    // "-gr" for grupp, as "-grp" (002: "Frågor ska anmälas till enhetschef eller utvecklingsstrateg på … VKL")
    ["hur far man upp en fraga pa dagordningen, samverkansgr vkl", "Hur får man upp en fråga på dagordningen i samverkansgruppen, VKL?"],
    // "VP" is the plan's short name in a förvaltning's papers (001: "en verksamhetsplan som fastställs av …")
    ["vem faststaller vp for lg", "Vem fastställer verksamhetsplanen för ledningsgruppen?"],
    // everyday words shortened in chat (forkortningar.yaml): "rapp" for rapport (001: ledningsgruppen "rapporterar till"
    // regiondirektörsgruppen), "ssk"/"usk" for the professions, "bl a" and "ev" for words that carry no topic
    ["vem ska lg skicka sin rapp till", "Vem ska ledningsgruppen skicka sin rapport till?"],
    ["bemanning av ssk pa rontgen i vgr vem", "Bemanning av sjuksköterskor på röntgen i VGR, vem?"],
    ["bemanning av usk pa rontgen i vgr vem", "Bemanning av undersköterskor på röntgen i VGR, vem?"],
    ["vilket rad samordnar bl a mammografi i vgr", "Vilket råd samordnar bland annat mammografi i VGR?"],
    ["vilket rad samordnar bl.a. mammografi i vgr", "Vilket råd samordnar bland annat mammografi i VGR?"],
    ["vart ska samordningsradet ev eskalera en fraga", "Vart ska samordningsrådet eventuellt eskalera en fråga?"],
    // "SR" for samordningsråd in VGR's own papers, in capitals (003: "Förslag på ordförande och deltagare … tas fram av
    // förvaltningscheferna"); a lower-case "sr" in running text is not read so
    ["vem tar fram deltagarna till SR urologi", "Vem tar fram deltagarna till samordningsrådet för urologi?"],
    // "m" for "med" in chat, in lower case (001 "Syftet med gruppen är …": what a group is for)
    ["vad ar syftet m vcg i sjukvardsregionen", "Vad är syftet med VCG i sjukvårdsregionen?"],
  ])("%s", (typed, clean) => {
    expect(say(clean)).toMatch(/^owner /);
    expect(say(typed)).toBe(say(clean));
  });
});
