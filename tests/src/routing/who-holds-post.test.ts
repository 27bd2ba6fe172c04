/**
 * Issue 13 point 5, nothing covers it: who holds a post in the line organisation ("Vem är chef för akutmottagningen?",
 * "Vem är min chef?") is a fact of that unit, not a matter any mandate gives a group — the mandates name groups and the
 * roles that appoint or receive, never who heads a unit. Before, "chef" read as a topic word ("Vem är min chef?" got a
 * samordningsråd). A question naming a group still asks about that group. Sentences written for this test.
 */
import { asksWhoHoldsPost } from "../../../src/routing/fact-question";
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("who holds a line post", () => {
  it.each(["Vem är chef för akutmottagningen på Sahlgrenska?", "Vem är verksamhetschef för röntgen i Borås?", "Vem är min närmaste chef?", "Vem är enhetschef på avdelning 12 i Västerås?"])(
    "is answered none: %s",
    (q) => expect(say(q)).toBe("none"),
  );

  it("leaves a question that names a group to that group", () => {
    expect(say("Vem är chef för kansliet i samverkansnämnden?")).not.toBe("none");
    expect(say("Vem är chef för bildrådet?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("reads only 'vem är' before the title, not a group of such chiefs", () => {
    expect(asksWhoHoldsPost(["vem", "ar", "verksamhetschefsgrupperna", "underställda"])).toBe(false);
    expect(asksWhoHoldsPost(["vem", "utser", "chefen"])).toBe(false);
    expect(asksWhoHoldsPost(["vem", "ar", "var", "chef"])).toBe(true);
  });
});
