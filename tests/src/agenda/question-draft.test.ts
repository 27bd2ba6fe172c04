import { descriptionFromQuestion } from "../../../src/agenda/question-draft";

describe("an agenda item drafted from a routing question", () => {
  it.each([
    ["Hej! Vem äger frågan om bemanningen på röntgen i VGR? Tack på förhand", "Vem äger frågan om bemanningen på röntgen i VGR?"],
    ["Hej Anna, vem ansvarar för utskrivningsklara patienter?\nMvh Bertil Berg", "Vem ansvarar för utskrivningsklara patienter?"],
    ["Snabb fråga: vem hanterar kompetensförsörjningen i Mellansverige?", "Vem hanterar kompetensförsörjningen i Mellansverige?"],
    ["God morgon alla! Fråga: vem beslutar om lokaler? Tusen tack!", "Vem beslutar om lokaler?"],
    ["Vem tar upp läkemedelsgenomgångar, tack", "Vem tar upp läkemedelsgenomgångar"],
    ["Quick question: who owns staffing in radiology? Thanks in advance!\nKind regards, Sam Lee", "Who owns staffing in radiology?"],
  ])("drops the courtesies around %j", (question, description) => {
    expect(descriptionFromQuestion(question)).toBe(description);
  });

  it.each([
    // words of the question itself, even a courtesy's word inside it, stay as written
    "vem har hand om det nu tack vare omorganisationen",
    "Vem ska jag tacka för det nya schemat?",
    "Hej vem äger frågan om hemsjukvården?",
    "Fråga-svar-tjänsten på 1177: vem äger den?",
    "Hälsningar från Köping – vem äger frågan om hjälpmedel?",
  ])("keeps %j as it was", (question) => {
    expect(descriptionFromQuestion(question)).toBe(question);
  });

  it("keeps a message that is nothing but courtesies, trimmed", () => {
    expect(descriptionFromQuestion("  Tack så mycket!  ")).toBe("Tack så mycket!");
    expect(descriptionFromQuestion("Hej!")).toBe("Hej!");
  });
});
