/**
 * Issue 13 (relation): a group's meetings are its own to hold where no mandate sets them — 002 "tid per gång avgörs
 * utifrån behovet", 004 "Mötesfrekvensen kan anpassas utifrån behoven i aktuellt samordningsråd". The verksamhetschefs-
 * grupper (000) and the ledningsgrupp (001) have no meeting clause: asked how often they meet, the group itself, with
 * less than a clause's confidence — not "none".
 */
import { sampleRouter } from "./sample-router";

const { router, say: owner } = sampleRouter();

describe("meetings of a group whose mandate does not set them", () => {
  it.each([
    ["Hur ofta träffas verksamhetschefsgrupperna?", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["Hur ofta träffas ledningsgruppen i Mellansverige?", "sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → the group", (q, id) => {
    expect(owner(q)).toBe(`owner ${id}`);
    expect(router.route({ question: q }).confidence).toBeLessThan(0.7);
  });

  it("a group with a meeting clause keeps it", () => {
    expect(owner("Hur ofta träffas samverkansgruppen i Västmanland?")).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
