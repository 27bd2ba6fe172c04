/**
 * An agenda item drafted from a routing question ("Anmäl ärende till …" on an answer): the question's own words,
 * without the greeting or lead-in before it and the thanks or signature after it. Those were said to the bot in a
 * chat; on an item the chair and the secretary read at a meeting they are noise the submitter has to delete.
 * Only whole courtesies at either end are taken: a word of the question itself is never touched, and a question
 * that is nothing but courtesies is kept as it was.
 */

// A greeting, with a name or "alla"/"all" after it, ended by a mark: "Hej!", "Hej Anna,", "God morgon alla!"
const GREETING = /^(?:hej(?:san)?|hallå|tjena|tja|god (?:morgon|dag|eftermiddag|kväll)|hi|hello|hey|dear|good (?:morning|afternoon|evening))(?<tail>(?:\s+[\p{L}-]+){0,2})\s*[,!.:;\n]+\s*/iu;

// A lead-in announcing a question: "Snabb fråga:", "En fråga till er –", "Quick question:"
const LEAD_IN = /^(?:en\s+)?(?:(?:snabb|kort|liten|enkel|dum)\s+)?fråga(?:\s+till\s+(?:er|dig))?(?:\s*[:–—]|\s+-)\s*|^(?:a\s+)?(?:quick|short|small|simple)\s+question(?:\s*[:–—]|\s+-)\s*/iu;

// Thanks, a wish for help or a signature at the end, with a name after it: "Tack på förhand!", "Mvh Anna Berg".
const CLOSING = new RegExp(
  String.raw`(?<=^|[\s.!?,;:])(?:` +
    [
      String.raw`(?:tusen |stort |varmt )?tack(?: på förhand| för hjälpen| så mycket| i förväg)?`,
      String.raw`tacksam för (?:ett )?(?:svar|hjälp)`,
      String.raw`hoppas (?:du|ni) kan hjälpa(?: till| mig| oss)?`,
      String.raw`mvh|(?:med )?vänlig(?:a)? hälsning(?:ar)?|hälsningar`,
      String.raw`(?:many )?thanks(?: in advance| a lot)?|thank you(?: in advance)?|cheers`,
      String.raw`(?:kind |best )?regards|hope you can help`,
    ].join("|") +
    String.raw`)(?<tail>(?:[\s,]+[\p{L}.-]+){0,3})\s*[.!]*\s*$`,
  "iu",
);

/** A name after a greeting or a signature is capitalised ("Hej Anna", "Mvh Anna Berg"); "alla"/"all" greet everyone. */
function onlyNames(tail: string | undefined): boolean {
  return (tail ?? "").split(/[\s,]+/).filter(Boolean).every((w) => /^[A-ZÅÄÖ]/u.test(w) || /^(alla|allihop|all|everyone|team)$/iu.test(w));
}

/** The item's description drafted from a question: the question without courtesies at either end. */
export function descriptionFromQuestion(question: string): string {
  let text = question.trim();
  const whole = text;
  let cutAtStart = false;
  // a greeting, a lead-in and two closings at most: a message of courtesies repeated ("tack tack tack …") costs a few
  // scans, never one per word
  for (let changed = true, round = 0; changed && round < 4; round++) {
    changed = false;
    for (const start of [GREETING, LEAD_IN]) {
      const m = start.exec(text);
      if (m && m[0].length < text.length && onlyNames(m.groups?.tail)) {
        text = text.slice(m[0].length).trimStart();
        changed = cutAtStart = true;
      }
    }
    const end = CLOSING.exec(text);
    if (end && end.index > 0 && onlyNames(end.groups?.tail)) {
      // "…, tack": the comma before the thanks goes with it; the question's own mark stays
      text = text.slice(0, end.index).replace(/[\s,;:–—-]+$/u, "");
      changed = true;
    }
  }
  if (text.length === 0) return whole;
  // what was after "Hej Anna, " starts the description now: a sentence starts with a capital
  return cutAtStart ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
