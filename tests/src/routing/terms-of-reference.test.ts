/**
 * Issue 13 (English): "terms of reference" and "assignment description" are the mandate as a document — the
 * uppdragsbeskrivning or uppdragshandling — so who approves them is who adopted the mandate (003, under "Uppdraget
 * fastställs": "Hälso- och sjukvårdsdirektör"), not the group the document is for. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the mandate as a document, in English", () => {
  it.each([
    ["Who approves the assignment description of the samordningsråd in VGR?", "vgr:halso-och-sjukvardsdirektor"],
    ["Who signed off the terms of reference for the samordningsråd in VGR?", "vgr:halso-och-sjukvardsdirektor"],
  ])("%s → %s", (question, id) => {
    const r = router.route({ question });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(id);
  });
});
