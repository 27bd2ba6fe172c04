/**
 * Issue 13 (relation): "delge någon något", "tillställa någon något" (general Swedish) put the receiver right after
 * the verb with no preposition: "minnesanteckningarna ska delges ledningsgruppen" sends them to the ledningsgrupp as
 * "skickas till ledningsgruppen" does. 000: "Minnesanteckningar … skickas till ledningsgruppen och kansliet".
 * Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string, org?: string) => {
  const r = router.route({ question, ...(org ? { org } : {}) });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("the receiver after 'delges'", () => {
  it.each([
    // the receiver known, the others asked for
    ["Vi i verksamhetschefsgruppen delger ledningsgruppen våra minnesanteckningar. Ska någon mer ha dem?", "owner sjukvardsregion-mellansverige:kansli"],
    ["Minnesanteckningarna från VCG ska delges ledningsgruppen. Vem mer ska få dem?", "owner sjukvardsregion-mellansverige:kansli"],
    // the receiver guessed, and confirmed by the sender's duty
    ["Ska minnesanteckningarna från verksamhetschefsgrupperna delges kansliet?", "owner sjukvardsregion-mellansverige:kansli"],
    ["Ska minnesanteckningarna från verksamhetschefsgrupperna delges ledningsgruppen?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s", (q, want) => expect(owner(q)).toBe(want));
});
