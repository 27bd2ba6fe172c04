/*
 * A group spoken of by no name ("gruppen i Västmanland", "the Västmanland group"): where the organisation has one
 * group, that group is meant — for topic and fact questions as for relation questions. Real router, sample mandates.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });
const VASTMANLAND_GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("the one group of an organisation, spoken of as 'gruppen'", () => {
  it.each(["Vad gör gruppen i Västmanland?", "Vem sitter i gruppen i Västmanland?", "Who sits in the Västmanland group?", "What does the group in Västmanland do?"])(
    "answers %s with that group, citing its mandate",
    (q) => {
      const d = ask(q);
      expect(d.result.status).toBe("owner");
      expect(d.result.owner?.id).toBe(VASTMANLAND_GROUP);
      expect(d.analysis.subject?.id).toBe(VASTMANLAND_GROUP);
      expect(d.result.citations.length).toBeGreaterThan(0);
    },
  );

  it("still answers a relation of that group with the body the clause names", () => {
    const d = ask("Vem leder gruppen i Västmanland?");
    expect(d.result.owner?.id).toBe("vastmanland:uou-vkl");
  });

  it("does not take 'vilken grupp' (asking for one) as that group when nothing covers the matter", () => {
    expect(ask("Vilken grupp hanterar snöröjningen i Köping?").result.status).toBe("none");
  });

  it("does not guess where the organisation has several groups", () => {
    expect(ask("Vad gör gruppen i Mellansverige?").result.owner?.id ?? null).toBeNull();
  });

  // round 35: VGR's mandated groups are the samordningsråd template and a råd of that kind (003/004), one kind of group
  it("takes 'gruppen' in VGR as its one kind of group, the samordningsråd", () => {
    expect(ask("Vad gör gruppen i VGR?").result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

describe("English 'the group' reads as 'gruppen'", () => {
  it("asks the same of an unnamed group as the Swedish question: which group is meant, when the organisation has several or none is known", () => {
    const en = ask("How often does the group meet?");
    const sv = ask("Hur ofta träffas gruppen?");
    expect(en.result.status).toBe("ambiguous");
    expect(en.result.status).toBe(sv.result.status);
  });

  it("'which group' asks for one: nothing covers snow clearing, so no group", () => {
    expect(ask("Which group handles snow clearing in Köping?").result.status).toBe("none");
  });
});

describe("a kind's head word alone ('vårt råd', 'rådet') in an organisation with one kind of råd", () => {
  const inVgr = (question: string) => router.routeDetailed({ question, org: "vgr" });

  it.each([
    // 004 Undergrupper: "Till stöd för samordningsråden tillhandahåller Koncernkontoret koordinator till varje samordningsråd"
    ["Vem tillhandahåller en koordinator till vårt råd?", "vgr:koncernkontoret"],
    // 003 Rapportering: "Ordförande rapporterar till hälso- och sjukvårdsdirektören"
    ["Vem rapporterar rådets ordförande till?", "vgr:halso-och-sjukvardsdirektor"],
    // 003 Arbetsorganisation: "Ordförande: Utses av koncernledning hälso- och sjukvård efter förslag från förvaltningscheferna"
    ["Vem lämnar förslag på ordförande i rådet?", "vgr:forvaltningschef"],
  ])("answers the relation %s from the kind's mandate (%s)", (q, owner) => {
    const d = inVgr(q);
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(owner);
    expect(d.analysis.reason).toBe("relation");
  });

  it("does not take 'gruppen' in Mellansverige (a ledningsgrupp and a kind of grupp) as the kind", () => {
    const d = router.routeDetailed({ question: "Vem utser ordförande i gruppen?", org: "sjukvardsregion-mellansverige" });
    expect(d.result.owner?.id).not.toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});

describe("'vara med i' an assignment is taking part in a task, not a seat in the group", () => {
  // 004 Undergrupper: "Samordningsrådet ansvarar för att tillsammans prioritera vilka koncernövergripande uppdrag som den egna verksamheten ska medverka i"
  it("answers the råd itself, not who appoints its members", () => {
    const d = ask("Vem väljer vilka koncernövergripande uppdrag samordningsrådet för bild- och funktionsmedicin ska vara med i?");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("still reads 'vem väljer vilka som ska vara med i rådet' as its members", () => {
    const d = ask("Vem väljer vilka som ska vara med i samordningsrådet för bild- och funktionsmedicin?");
    expect(d.result.owner?.id).toBe("vgr:forvaltningschef");
  });
});
