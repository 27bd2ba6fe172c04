import { nfc, words } from "../../../src/routing/normalize";

describe("NFC without the call for Latin text (the index build reads some 200,000 texts at 10,000 groups)", () => {
  it("every character below U+0300 is its own NFC form alone and beside any other", () => {
    const wrong: string[] = [];
    const chars = Array.from({ length: 0x300 }, (_, c) => String.fromCharCode(c));
    for (const a of chars) {
      if (a.normalize("NFC") !== a) wrong.push(a);
      for (const b of chars) if ((a + b).normalize("NFC") !== a + b) wrong.push(a + b);
    }
    expect(wrong).toEqual([]);
  });

  it("composes a text past Latin as normalize does, and leaves a Latin text as it is", () => {
    const decomposed = "Va\u0308rdpersonal i sma\u030aland, Ångström \u212b";
    expect(nfc(decomposed)).toBe(decomposed.normalize("NFC"));
    expect(words(decomposed)).toEqual(["vardpersonal", "i", "smaland", "angstrom", "a"]);
    const latin = "Samordningsrådet för bild- och funktionsmedicin";
    expect(nfc(latin)).toBe(latin);
  });
});
