/**
 * Issue 13 (typed as people type): a long word clipped short in chat or notes ("regionövergr", "verksamhetschefsgr")
 * stands for the whole word, as Swedish lets a word's beginning do in quick writing. The vocabulary completes it when
 * the catalog's words that begin so are all forms of one word; a beginning shared by different words says nothing.
 */
import { sampleAnalyzer, sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();
const analyze = sampleAnalyzer(router);
const wordsOf = (q: string) => analyze(q).words;

describe("a clipped word is read as the catalog word it begins", () => {
  it.each([
    ["behöver ett regionövergr beslut", "regionovergripande"],
    ["ordf i verksamhetschefsgr", "verksamhetschefsgrupp"],
  ])("%s reads %s", (q, word) => {
    expect(wordsOf(q)).toContain(word);
  });

  it("a beginning of words that are not one word's forms is not completed", () => {
    // "koncer…" begins koncernkontoret, koncernledning and koncerngemensamma alike
    expect(wordsOf("vem äger koncer frågor")).toContain("koncer");
  });

  // 004 Beslutsfattande: "Ordförande kan lyfta behov av regiongemensamt beslutsfattande till samordningsrådets kontaktperson"
  it("the clipped question gets the owner of the whole one", () => {
    const whole = say("Ordföranden i ett samordningsråd behöver ett regionövergripande beslut. Vem lyfter hon det till?");
    expect(whole).toBe("owner vgr:kontaktperson-samordningsrad");
    expect(say("ordf i ett samordningsrad behover ett regionovergr beslut, vem lyfter hon det till")).toBe(whole);
  });
});
