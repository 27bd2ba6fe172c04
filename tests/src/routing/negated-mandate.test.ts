/**
 * Issue 13 (relation, none): two facts of Swedish, in the lexicon.
 * - 004 "Där varken ordförande eller deltagare har mandat att fatta beslut eskaleras frågan inom förvaltning eller lyfts
 *   till berörd koncernövergripande grupp": a mandate said to be missing ("saknar mandat", "varken ordföranden …")
 *   asks where the matter is escalated (relationer.yaml escalation).
 * - a subordinate clause puts the subject before the verb ("undrar hur många dagar jag har kvar" = "har jag kvar"):
 *   one person's own leave is no group's matter (egna-arenden.yaml).
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("a missing mandate asks for the escalation", () => {
  it.each([
    "Samordningsrådet för bild- och funktionsmedicin saknar mandat att besluta. Vart går frågan?",
    "Varken ordförande eller deltagare i rådet för bild- och funktionsmedicin har mandat. Vart går frågan?",
  ])("%s", (q) => {
    expect(owner(q)).toBe("owner vgr:koncernovergripande-grupp");
  });
});

describe("one person's own leave, in a subordinate clause", () => {
  it("answers none", () => {
    expect(owner("Jag är ST-läkare i ortopedi och undrar hur många semesterdagar jag har kvar.")).toBe("none");
  });
});

describe("a decision one cannot take oneself", () => {
  // "ett beslut som ordföranden inte själv kan ta" says the mandate is missing: 004 "Ordförande kan lyfta behov av
  // regiongemensamt beslutsfattande till samordningsrådets kontaktperson", not "Ordförande kan fatta beslut …" (decides)
  it.each([
    "Rådet för bild- och funktionsmedicin behöver ett beslut för hela regionen som ordföranden inte själv kan ta – vem ska ordföranden vända sig till?",
    "Ordföranden i bild- och funktionsmedicinrådet kan inte själv besluta om en regiongemensam fråga. Vart lyfter hon den?",
  ])("%s", (q) => expect(owner(q)).toBe("owner vgr:kontaktperson-samordningsrad"));
});
