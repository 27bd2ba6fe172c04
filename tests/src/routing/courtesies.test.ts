/*
 * Greetings, thanks and a signature around a question ("Snabb fråga: …", "… Tack på förhand!", "Mvh Anna") say how
 * the writer is polite, never what is asked: the answer is the one the bare question gets. A colon before a space ends
 * such a lead-in as a point would ("VGR:s" keeps its colon). Questions written by the lead.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

const QUESTIONS = [
  // 001: "Regiondirektörsgruppen utser ordförande och vice ordförande"
  "Hur länge är ordföranden i samverkansnämndens ledningsgrupp vald?",
  // 004: nuklearmedicin is bild- och funktionsmedicin
  "Vem har hand om nuklearmedicinen i VGR?",
  // 002: "Samverkansgruppen startade 2016"
  "När bildades den länsgemensamma samverkansgruppen i Västmanland?",
  // 000: verksamhetschefsgrupperna "tar självständigt kontakt med grupper inom samverkansnämndens organisation"
  "Får verksamhetschefsgruppen i urologi själv kontakta andra grupper i samverkansnämnden?",
];
const ENGLISH = [
  // 000: "Ledamöterna i verksamhetschefsgrupperna tas fram och beslutas av Ledningsgruppen"
  "Who decides the members of the heads of department groups in Mellansverige?",
  "Who looks after waiting times for MRI scans in VGR?",
];

describe("courtesies around a question", () => {
  it.each(QUESTIONS)("%s", (q) => {
    const bare = say(q);
    expect(bare.startsWith("owner ")).toBe(true);
    expect(say(`Snabb fråga: ${q}`)).toBe(bare);
    expect(say(`${q} Tack på förhand!`)).toBe(bare);
    expect(say(`${q}\n\nMvh Anders Berg`)).toBe(bare);
    expect(say(`${q} Vänliga hälsningar, Karin`)).toBe(bare);
  });
  it.each(ENGLISH)("%s", (q) => {
    const bare = say(q);
    expect(bare.startsWith("owner ")).toBe(true);
    expect(say(`Quick question: ${q}`)).toBe(bare);
    expect(say(`${q} Thanks in advance!`)).toBe(bare);
    expect(say(`${q}\n\nBest regards,\nSam Ek`)).toBe(bare);
  });
  it("keeps a genitive's colon and the words of a short question after a lead-in", () => {
    expect(say("Kardiologin i VGR: vilken grupp?")).toBe(say("Vilken grupp har kardiologin i VGR?"));
  });
});
