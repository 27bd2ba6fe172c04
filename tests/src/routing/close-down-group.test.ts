/**
 * Issue 13 (relations): "stänga ner/ned" a group is to wind it up, as "lägga ner" and "avveckla" are — who decides which
 * groups exist (000: "Ledningsgruppen beslutar om vilka verksamhetschefsgrupper som skall verka"; 002: "Chefsforum är
 * även beslutande organ"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("closing a group down", () => {
  it.each([
    ["Vem har mandat att stänga ner en verksamhetschefsgrupp?", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Vem får stänga ned verksamhetschefsgruppen för ortopedi om den inte behövs?", "sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (question, id) => {
    const r = router.route({ question });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(id);
  });
});
