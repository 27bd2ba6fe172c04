/**
 * A group's meeting written as one compound ("ledningsgruppsmötet", "samordningsrådsmöte", "samverkansgruppsmöten"):
 * Swedish joins the group's noun to "möte" with a linking -s, and the compound says the same as "ledningsgruppens möte".
 * The question is read with the group's noun in the genitive and "möte" as its own word, so that the group's name is met
 * as it is when written apart (relations, names). A bare "gruppmöte"/"rådsmöte" names no group and is left as it is.
 */

/** A group noun with at least four letters of its own before the head, a linking -s or not, and a form of "möte". */
const MEETING_COMPOUND = /(\p{L}{4,}(?:grupp|gruppen|råd|rådet|forum|nämnd|nämnden))s?(möte|mötet|möten|mötena|mötes|sammanträde|sammanträdet|sammanträden|sammanträdena)\b/giu;

export function withMeetingCompoundsApart(question: string): string {
  if (!/möte|sammanträd/iu.test(question)) return question;
  return question.replace(MEETING_COMPOUND, (_, group: string, meeting: string) => `${group}${/s$/i.test(group) ? "" : "s"} ${meeting}`);
}
