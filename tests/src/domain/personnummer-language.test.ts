import { containsPersonnummer } from "../../../src/domain/personnummer";
import { chooseLanguage, detectLanguage } from "../../../src/domain/language";

describe("personnummer", () => {
  it.each(["19121212-1212", "121212-1212", "201212121212", "12121212+1212".slice(2), "19121272-1219"])("finds %s", (t) => {
    expect(containsPersonnummer(`text ${t} text`)).toBe(true);
  });
  it.each(["19121212-1213", "2026-06-17", "RS 2024-00784", "010-441 00 00", "SSN 2023-00470", "462 80 Vänersborg", "121312-1212"])(
    "does not flag %s",
    (t) => expect(containsPersonnummer(t)).toBe(false),
  );
});

describe("language", () => {
  it("detects Swedish and English and stays undecided on nothing", () => {
    expect(detectLanguage("Vem äger frågan om kompetensförsörjning?")).toBe("sv");
    expect(detectLanguage("Who owns workforce planning?")).toBe("en");
    expect(detectLanguage("ok")).toBeUndefined();
  });
  it("orders stored choice, message, locale, Swedish", () => {
    expect(chooseLanguage({ stored: "en", text: "hjälp", locale: "sv-SE" })).toBe("en");
    expect(chooseLanguage({ text: "vem äger det här", locale: "en-US" })).toBe("sv");
    expect(chooseLanguage({ text: "xyz", locale: "en-US" })).toBe("en");
    expect(chooseLanguage({ text: "xyz" })).toBe("sv");
  });
});
