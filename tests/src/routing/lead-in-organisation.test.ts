/**
 * Issue 13 (boundary, hidden state): a short lead-in before a colon ("För Mellansveriges del:", "I Västmanland:") frames
 * the sentence after it — of several organisations the message names, it is the one asked about; the sentences before
 * set the scene. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a lead-in names the organisation the question after it asks about", () => {
  it("'För Mellansveriges del:' after VGR named → the verksamhetschefsgrupp (000 'Samverka kring … investeringar')", () => {
    const r = router.route({ question: "Jag har kontakter både i Sjukvårdsregion Mellansverige och i VGR. För Mellansveriges del: vem samverkar kring investeringar i strålbehandling mellan regionerna?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("'I Västmanland:' after VGR named → Chefsforum (002 'prioriterar uppdragen')", () => {
    expect(router.route({ question: "Vi samarbetar med kollegor i Västmanland och i VGR. I Västmanland: vem prioriterar uppdragen?" }).owner?.id).toBe("vastmanland:chefsforum");
  });

  // (a short sentence with no colon is no lead-in: counting it as one split these between two organisations)
  it.each(["Hälsningar från Uppsala. Vem samordnar väntetider för magnetkamera i VGR?", "Region Sörmland här. Vilken grupp i VGR samordnar mammografin?"])(
    "%s → the asking sentence's VGR (a short greeting sets the scene only)",
    (question) => {
      expect(router.route({ question }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    },
  );

  it("a longer sentence naming an organisation before the question still sets the scene only", () => {
    expect(router.route({ question: "Jag har jobbat i VGR i många år men nu i Sörmland. Vem utser ordföranden i verksamhetschefsgrupperna?" }).owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
