import type { QualityIssue } from "../../catalog/schema";
import type { quality as sv } from "../sv/quality";

const str = (i: QualityIssue, k: string): string | undefined => {
  const v = i.params?.[k];
  return v === undefined ? undefined : String(v);
};
const lines = (i: QualityIssue): string =>
  i.lineStart === undefined ? "" : i.lineEnd !== undefined && i.lineEnd !== i.lineStart ? ` (lines ${i.lineStart}–${i.lineEnd})` : ` (line ${i.lineStart})`;

const FIELD: Readonly<Record<string, string>> = {
  commissioner: "commissioner (uppdragsgivare)",
  purpose: "purpose (syfte)",
  duties: "duties (uppdrag)",
  composition: "composition rule (deltagare/sammansättning)",
  chair: "rule for appointing the chair (ordförande)",
  meetingFrequency: "meeting frequency (mötesfrekvens)",
  reporting: "reporting duty (rapportering)",
  "validity.decidedDate": "decision date",
};

/** Data-quality flags for English-speaking users; typed against the Swedish set so no code is missing. */
export const quality: typeof sv = {
  PLACEHOLDER: (i) =>
    str(i, "what") === "date" || i.field === "document.date"
      ? "The document's Datum field is empty."
      : str(i, "text")
        ? `Placeholder left in the document${lines(i)}: "${str(i, "text")}".`
        : `Placeholder left in the document${lines(i)}.`,
  MISSING_FIELD: (i) => {
    const f = str(i, "field") ?? i.field;
    return `The document does not state its ${(f && FIELD[f]) ?? f ?? "unknown field"}.`;
  },
  VALIDITY_EXPIRED: (i) => `The mandate was valid until ${str(i, "until") ?? "a date that has passed"}.`,
  VALIDITY_ENDING_SOON: (i) => `The mandate is valid until ${str(i, "until") ?? "a date within six months"} (within six months).`,
  REVISION_PASSED: (i) => {
    const text = str(i, "text");
    const by = str(i, "reviseBy");
    return `The mandate was to be revised${text ? ` "${text}"` : ""}${by && by !== text ? ` (by ${by})` : ""}; that date has passed.`;
  },
  EMPTY_SECTION: (i) => `The heading "${str(i, "heading") ?? "?"}"${lines(i)} has no content.`,
  UNPLACED_TEXT: (i) => {
    if (str(i, "what") === "preamble") return `The text "${str(i, "text") ?? ""}"${lines(i)} stands before the first heading and could not be placed.`;
    if (str(i, "what") === "members") {
      const target = str(i, "targetHeading");
      return `The text "${str(i, "text") ?? ""}…"${lines(i)} stands under "${str(i, "heading") ?? "?"}" but describes members${target ? `; it probably belongs under the empty heading "${target}" (line ${str(i, "targetLine")})` : ""}.`;
    }
    return `Text that could not be placed${lines(i)}.`;
  },
  PERSONAL_DATA_REMOVED: (i) =>
    str(i, "what") === "footer"
      ? `A page footer with address, phone and e-mail${lines(i)} is left out.`
      : str(i, "what") === "personnummer"
        ? `A personal identity number${lines(i)} is left out.`
        : `An e-mail address or phone number${lines(i)} is left out.`,
  UNKNOWN_ORGANIZATION: () => "The document does not say which organisation it belongs to; add an override file.",
  EMPTY_BULLET: (i) => `An empty bullet${lines(i)}.`,
  UNKNOWN_HEADING: (i) => `The line "${str(i, "heading") ?? "?"}"${lines(i)} looks like a heading the parser does not know; the text under it is kept but not interpreted.`,
  GLUED_TEXT: (i) => {
    const word = str(i, "word");
    return word
      ? `"${word}"${lines(i)} looks like two words glued together by text extraction ("${str(i, "first")}" + "${str(i, "second")}"); a new bullet probably started there.`
      : `Words glued together by text extraction${lines(i)}.`;
  },
  EXTRACTION: (i) => {
    switch (str(i, "what")) {
      case "pagesWithoutText":
        return `Page(s) ${str(i, "pages") ?? "?"} of the PDF have no text (scanned?) and were not read.`;
      case "headerFooter":
        return `${str(i, "count") ?? "Some"} line(s) repeated in the page header or footer (address, page numbers) were left out.`;
      case "wordHeaderFooter":
        return `The Word file's page headers and footers (${str(i, "count") ?? "some"} part(s)) were not read; if they say anything about the mandate, move it into the body text.`;
      case "tables":
        return `${str(i, "count") ?? "Some"} table(s) in the Word file were read as text, row by row; check that nothing was misplaced.`;
      case "images":
        return `${str(i, "count") ?? "Some"} image(s) in the Word file were not read; text inside images is not seen.`;
      default:
        return "Reading the file changed or left out some text.";
    }
  },
};
