/*
 * Issue 13, typed (round 25): questions as people type them. Sentences written for this test, none from the dev sets.
 */
import { withMissingSpaces, withoutTripledLetters } from "../../../src/routing/missing-space";
import { sampleAnalyzer, sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("a space left out after an inflected adjective", () => {
  // Swedish compounds take an adjective's stem (regionalpolitik), never its -a form: "regionalaprocessteamen" is two words
  it("puts the space back", () => {
    expect(withMissingSpaces("Till vem rapporterar de regionalaprocessteamen inom klinisk fysiologi?")).toBe(
      "Till vem rapporterar de regionala processteamen inom klinisk fysiologi?",
    );
    expect(withMissingSpaces("vem prioriterar de nationellariktlinjerna och medicinskaresultat")).toBe("vem prioriterar de nationella riktlinjerna och medicinska resultat");
  });
  it("answers the glued question as the spaced one", () => {
    const spaced = "vem har hand om omställningen till nära vård i de regionala verksamhetschefsgrupperna";
    expect(say(spaced)).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(say("vem har hand om omställningen till nära vård i de regionalaverksamhetschefsgrupperna")).toBe(say(spaced));
  });
  it("leaves real words and compounds of a stem alone", () => {
    const q = "regiondirektören, sjuksköterskorna, lokalanställda, vanligaste, socialarbetare, verksamhetschefsgrupperna";
    expect(withMissingSpaces(q)).toBe(q);
    expect(withMissingSpaces("en sjukskoterskautbildning")).toBe("en sjukskoterskautbildning");
  });
});

describe("chat shortenings of a representative and of prioritising", () => {
  // 001 "En representant per region utsedd av respektive regiondirektör": "rep"/"repr" is how a chat writes it
  it("reads 'rep' and 'repr' as representant", () => {
    expect(say("vem utser dalarnas rep i lg")).toBe("owner sjukvardsregion-mellansverige:regiondirektor");
    expect(say("vem utser regionens repr i ledningsgruppen")).toBe("owner sjukvardsregion-mellansverige:regiondirektor");
  });
  // 002 "Chefsforum är uppdragsgivare och prioriterar uppdragen"
  it("reads 'prio' as prioritera", () => {
    expect(say("vem prio uppdragen till samverkansgruppen i vastmanland")).toBe("owner vastmanland:chefsforum");
  });
});

describe("a word clipped where its stem ends", () => {
  // chat and notes shorten a long word to its beginning; its key is the catalog word's, and so are its cues
  it("reads 'anteckn' as the minutes the mandate sends on (000: 'delges Ledningsgruppen')", () => {
    expect(say("vart ska vcg:n skicka sina anteckn")).toBe(say("vart ska vcg:n skicka sina anteckningar"));
    expect(say("vart ska vcg:n skicka sina anteckn")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

describe("a four-letter word with a letter left out", () => {
  const { router } = sampleRouter();
  const vocab = (router as unknown as { vocab: { cueTypo(w: string): string | undefined } }).vocab;
  // the commonest slip of fast typing; the short verbs and pronouns it hits carry the relation asked
  it("reads 'utsr' as utser and 'vlka' as vilka", () => {
    expect(say("vem utsr ordf i samordningsrådet för urologi")).toBe("owner vgr:koncernledning-halso-och-sjukvard");
    expect(say("vem bestämmer vlka chefer som sitter i vcg:n för urologi")).toBe(say("vem bestämmer vilka chefer som sitter i vcg:n för urologi"));
  });
  it("reads no word near two five-letter words ('lder': leder or lyder), nor a real word, nor one dropping its first letter", () => {
    expect(vocab.cueTypo("utsr")).toBe("utser");
    expect(vocab.cueTypo("lder")).toBeUndefined();
    expect(vocab.cueTypo("vart")).toBeUndefined();
    expect(vocab.cueTypo("tser")).toBeUndefined();
  });
  it("reads a three-letter word as the four-letter word it is with a letter left out ('gtt' gett), not an abbreviation", () => {
    expect(vocab.cueTypo("gtt")).toBe("gett");
    expect(say("vem har gtt vcg sitt uppdrag")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
    expect(say("vem har gtt vcg sitt uppdrag")).toBe(say("vem har gett vcg sitt uppdrag"));
  });
});

describe("everyday chat shortenings", () => {
  const { router } = sampleRouter();
  const wordsOf = (q: string) => sampleAnalyzer(router)(q).words;
  // read as the words they stand for, not as unknown words nor as typos of other short words ("iom" is no "inom")
  it("reads ngn, pga, ang, iom as their words", () => {
    expect(wordsOf("finns det ngn grupp som tar det pga bemanningen")).toEqual(wordsOf("finns det någon grupp som tar det på grund av bemanningen"));
    expect(wordsOf("ang ordf iom att hen slutar")).toEqual(wordsOf("angående ordförande i och med att hen slutar"));
  });
});

describe("a letter typed three times", () => {
  // Swedish spelling never writes three of a letter in a row: the third is a key held too long
  it("reads it as the double letter where that is a Swedish word", () => {
    expect(withoutTripledLetters("var hitttar jag det, är det sammma grupp")).toBe("var hittar jag det, är det samma grupp");
    expect(say("vem samordnar urologin i vgr, är det sammma råd som röntgen")).toBe(say("vem samordnar urologin i vgr, är det samma råd som röntgen"));
    expect(say("vem samordnar urologin i vgr, är det sammma råd som röntgen")).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard");
  });
  it("leaves it where the double letter is no word either (another slip beside it: 'mmmografi')", () => {
    expect(withoutTripledLetters("mmmografi")).toBe("mmmografi");
  });
});
