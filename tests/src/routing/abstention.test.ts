import { asksForWorldFact } from "../../../src/routing/fact-question";
import { words } from "../../../src/routing/normalize";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.route({ question });

/** The folded words and sentence starts the way the analysis gives them (one sentence per ?/. here). */
function fact(text: string): boolean {
  const ws: string[] = [];
  const starts = new Set<number>();
  for (const s of text.split(/[.?!]/)) {
    const w = words(s);
    if (!w.length) continue;
    starts.add(ws.length);
    ws.push(...w);
  }
  return asksForWorldFact(ws, starts);
}

describe("a question for a fact of the world (a time, a price, a waiting time now)", () => {
  it("is read from the interrogative that opens it, not from its words", () => {
    expect(fact("När öppnar kaféet på sjukhuset?")).toBe(true);
    expect(fact("Vad kostar en parkeringsbiljett vid lasarettet?")).toBe(true);
    expect(fact("Hur lång är kön till hudmottagningen nu?")).toBe(true);
    expect(fact("When does the staff canteen close?")).toBe(true);
    // a subordinate "när"-clause frames another question; a party or a group asked for is an owner question
    expect(fact("När vi inför en ny metod, måste det godkännas först?")).toBe(false);
    expect(fact("När ett vårdförlopp är beslutat, vem ser till att det införs?")).toBe(false);
    expect(fact("Hur ofta träffas samordningsrådet?")).toBe(false);
    expect(fact("När ska uppdraget för samverkansgruppen revideras?")).toBe(false);
    expect(fact("When we change the referral flow, who decides?")).toBe(false);
  });

  it("is answered none even when it shares a word with a mandate, and a group's own facts keep their owner", () => {
    expect(ask("Vad kostar det att boka en lokal för utbildningsdagen på Sahlgrenska?").status).toBe("none");
    expect(ask("Hur lång är väntetiden för en MR-undersökning just nu på Skaraborgs sjukhus?").status).toBe("none");
    expect(ask("När börjar personalens fortbildningsdag i Västerås?").status).toBe("none");
    expect(ask("How much does it cost to park at the hospital in Borås?").status).toBe("none");
    expect(router.route({ question: "Hur ofta har samordningsrådet för bild- och funktionsmedicin möte?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(router.route({ question: "När ska uppdraget för samverkansgruppen i Västmanland ses över?" }).owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});

describe("a place of a region the catalog does not cover", () => {
  it("answers none for a city or hospital of another region, and the owner where the catalog covers it", () => {
    expect(ask("Vem ansvarar för bemanningen på röntgen i Malmö?").status).toBe("none");
    expect(ask("Vem samordnar ortopedin mellan sjukhusen i Umeå och Luleå?").status).toBe("none");
    expect(ask("Vem ansvarar för bemanningen på röntgen i Borås?").owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

describe("a boundary clause that shares only a word every mandate uses", () => {
  it("does not send the question to the body it names", () => {
    // "organisation" is in most mandates: the clause on organisation and working conditions is no evidence for a party
    const r = ask("Who organises the summer party for the radiology department at Sahlgrenska?");
    expect(r.owner?.id ?? null).not.toBe("vgr:regionovergripande-samordnande-grupper");
  });
});

describe("everyday words for the mandates' terms (samples/lexicon/synonymer.yaml)", () => {
  it("reads meetings 'på teams', new laws for health care and eye-care words as the mandates' words", () => {
    expect(ask("Får samverkansgruppen i Västmanland hålla sina möten via Teams?").owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
    expect(ask("Var går kommunerna och regionen i Västmanland igenom nya lagkrav på vården tillsammans?").owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
    const eye = router.routeDetailed({ question: "Vem samordnar kataraktoperationerna mellan sjukhusen i VGR?" });
    expect(eye.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

describe("the group a question names, asked who does something its clauses do not speak of", () => {
  it("answers none with the group as a candidate, and the group where its own clauses cover the rest", () => {
    const outing = router.routeDetailed({ question: "Who books the venue for the summer outing of the imaging council in VGR?" });
    expect(outing.result.status).toBe("none");
    expect(outing.result.candidates.map((c) => c.id)).toContain("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(ask("Vem i samordningsrådet för bild- och funktionsmedicin sprider goda exempel mellan sjukhusen?").owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(ask("Our hospitals in VGR are short of biomedical scientists in clinical physiology. Who coordinates that across the region?").owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
