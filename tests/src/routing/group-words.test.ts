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
    expect(ask("Vad gör gruppen i VGR?").result.owner?.id ?? null).toBeNull();
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
