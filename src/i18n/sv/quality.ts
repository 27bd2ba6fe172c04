import type { QualityIssue } from "../../catalog/schema";

/**
 * Data-quality flags as users read them (the group profile card), one function per issue code, built
 * from the issue's structured params (falling back to its line numbers and field for issues stored
 * before params existed). The CLI keeps the English `message`.
 */
type Renderers = { readonly [C in QualityIssue["code"]]: (issue: QualityIssue) => string };

const str = (i: QualityIssue, k: string): string | undefined => {
  const v = i.params?.[k];
  return v === undefined ? undefined : String(v);
};
const lines = (i: QualityIssue): string =>
  i.lineStart === undefined ? "" : i.lineEnd !== undefined && i.lineEnd !== i.lineStart ? ` (rad ${i.lineStart}–${i.lineEnd})` : ` (rad ${i.lineStart})`;

const FIELD: Readonly<Record<string, string>> = {
  commissioner: "uppdragsgivare",
  purpose: "syfte",
  duties: "uppdrag",
  composition: "regel för sammansättning (deltagare)",
  chair: "regel för hur ordförande utses",
  meetingFrequency: "mötesfrekvens",
  reporting: "rapportering",
  "validity.decidedDate": "datum för beslut",
};

export const quality: Renderers = {
  PLACEHOLDER: (i) =>
    str(i, "what") === "date" || i.field === "document.date"
      ? "Dokumentets datumfält är tomt."
      : str(i, "text")
        ? `Platshållare kvar i dokumentet${lines(i)}: "${str(i, "text")}".`
        : `Platshållare kvar i dokumentet${lines(i)}.`,
  MISSING_FIELD: (i) => {
    const f = str(i, "field") ?? i.field;
    return `Uppgift saknas i dokumentet: ${(f && FIELD[f]) ?? f ?? "okänt fält"}.`;
  },
  VALIDITY_EXPIRED: (i) => `Uppdraget gällde till och med ${str(i, "until") ?? "ett passerat datum"}.`,
  VALIDITY_ENDING_SOON: (i) => `Uppdraget gäller till och med ${str(i, "until") ?? "ett datum inom sex månader"} (inom sex månader).`,
  REVISION_PASSED: (i) => {
    const text = str(i, "text");
    const by = str(i, "reviseBy");
    return `Uppdraget skulle ha reviderats${text ? ` "${text}"` : ""}${by && by !== text ? ` (senast ${by})` : ""}; det datumet har passerat.`;
  },
  EMPTY_SECTION: (i) => `Rubriken "${str(i, "heading") ?? "?"}"${lines(i)} saknar innehåll.`,
  UNPLACED_TEXT: (i) => {
    if (str(i, "what") === "preamble") return `Texten "${str(i, "text") ?? ""}"${lines(i)} står före första rubriken och kunde inte placeras.`;
    if (str(i, "what") === "members") {
      const target = str(i, "targetHeading");
      return `Texten "${str(i, "text") ?? ""}…"${lines(i)} står under "${str(i, "heading") ?? "?"}" men beskriver deltagarna${target ? `; den hör troligen till den tomma rubriken "${target}" (rad ${str(i, "targetLine")})` : ""}.`;
    }
    return `Text som inte kunde placeras${lines(i)}.`;
  },
  PERSONAL_DATA_REMOVED: (i) =>
    str(i, "what") === "footer"
      ? `Sidfot med adress, telefon och e-post${lines(i)} är utelämnad.`
      : str(i, "what") === "personnummer"
        ? `Ett personnummer${lines(i)} är utelämnat.`
        : `E-postadress eller telefonnummer${lines(i)} är utelämnat.`,
  UNKNOWN_ORGANIZATION: () => "Dokumentet säger inte vilken organisation det hör till; lägg till en korrigeringsfil.",
  EMPTY_BULLET: (i) => `Tom punkt i en lista${lines(i)}.`,
  UNKNOWN_HEADING: (i) => `Raden "${str(i, "heading") ?? "?"}"${lines(i)} ser ut som en rubrik som tolken inte känner igen; texten under den är sparad men inte tolkad.`,
  GLUED_TEXT: (i) => {
    const word = str(i, "word");
    return word
      ? `"${word}"${lines(i)} ser ut att vara två ord som klistrats ihop vid textutdragningen ("${str(i, "first")}" + "${str(i, "second")}"); troligen började en ny punkt där.`
      : `Ord som klistrats ihop vid textutdragningen${lines(i)}.`;
  },
  EXTRACTION: (i) => {
    switch (str(i, "what")) {
      case "pagesWithoutText":
        return `Sidan/sidorna ${str(i, "pages") ?? "?"} i PDF-filen saknar text (inskannade?) och är inte inlästa.`;
      case "headerFooter":
        return `${str(i, "count") ?? "Några"} rad(er) som upprepas i sidhuvud eller sidfot (adress, sidnummer) är utelämnade.`;
      case "wordHeaderFooter":
        return `Sidhuvud och sidfot i Word-filen (${str(i, "count") ?? "några"} del(ar)) är inte inlästa; står något om uppdraget där, flytta det till brödtexten.`;
      case "tables":
        return `${str(i, "count") ?? "Några"} tabell(er) i Word-filen är inlästa som text, rad för rad; kontrollera att inget hamnat fel.`;
      case "images":
        return `${str(i, "count") ?? "Några"} bild(er) i Word-filen är inte inlästa; text i bilder syns inte.`;
      default:
        return "Inläsningen av filen ändrade eller utelämnade en del text.";
    }
  },
};
