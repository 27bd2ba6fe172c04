/*
 * Which messages the routing route takes: a question shape anywhere in the message, not only at its ends, so a
 * greeting, a lead-in or thanks around a question do not turn it into "Jag förstod inte riktigt".
 */
import { isQuestion } from "../../bot/routes/routing";

describe("isQuestion", () => {
  it.each([
    "Snabb fråga: vem har hand om nuklearmedicinen i VGR? Tack på förhand!",
    "Hej, vem samordnar urologin i Mellansverige",
    "Hej! Vilken grupp tar hand om bemanningen på röntgen. Tack",
    "Quick question: who appoints the chair of the management group? Thanks in advance!",
    "vem ager fragan om kompetensforsorjning",
    "Vem äger frågan om kompetensförsörjning?",
  ])("takes %s", (q) => expect(isQuestion(q)).toBe(true));
  it.each(["Tack!", "ok bra", "", "   "])("leaves %j", (q) => expect(isQuestion(q)).toBe(false));
});
