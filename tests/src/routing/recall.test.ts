/** Recall on everyday questions: places are not topics, inflections meet, dictionary words are not split by accident. */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.route({ question });
const VMSG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("recall on everyday questions", () => {
  it("meets a word in unstressed -el in its inflected form, where the e drops ('hjälpmedlen' is 'hjälpmedel')", () => {
    const a = ask("Vem reder ut ansvaret för hjälpmedlen mellan kommunerna och regionen i Västmanland?");
    expect(a.owner?.id).toBe(VMSG);
    expect(a.owner?.id).toBe(ask("Vem reder ut ansvaret för hjälpmedel mellan kommunerna och regionen i Västmanland?").owner?.id);
  });

  it("reads 'i länet', 'i kommunen', 'in the county' as where the asker is, not what the question is about", () => {
    for (const q of ["Vilken grupp i länet tar hand om busstrafiken?", "I kommunen saknas det lärare på högstadiet, vem tar upp det?", "Which group in the county runs the public swimming pools?"])
      expect({ q, status: ask(q).status }).toEqual({ q, status: "none" });
  });

  it("does not split a Swedish dictionary word into a three-letter head a mandate happens to spell (försko|lan is no län)", () => {
    expect(ask("Vem i länet ser till att det finns platser på förskolan?").status).toBe("none");
  });

  it("finds the municipal–county group for a dispute over aids in the home, the inflected form included", () => {
    for (const q of ["Kommunen och regionen i Västmanland bråkar om vem som ska betala hjälpmedlen i hemmet. Vart vänder vi oss?", "Kommunen och regionen i Västmanland bråkar om vem som ska betala hjälpmedel i hemmet. Vart vänder vi oss?"]) {
      const r = ask(q);
      expect({ q, status: r.status, owner: r.owner?.id }).toEqual({ q, status: "owner", owner: VMSG });
    }
  });
});
