/*
 * A sentence that opens with its finite verb asks yes or no in Swedish ("Kan rådet driva det", "Är det något för …"),
 * whether or not the writer put a question mark after it. People in a chat often leave the mark out: the answer must
 * be the one the same question gets with it. Questions written by the lead.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("a yes/no question without its question mark", () => {
  it.each([
    // 000: investeringar are the verksamhetschefsgrupper's; the regions named are Mellansverige's
    "Örebro och Västmanland vill köpa in en gemensam robot för urologin. Är det något för VGR:s samordningsråd",
    // 004: "Övergripande frågor som rör organisation och arbetsvillkor inkl ersättningar … hanteras via regionövergripande samordnande grupper"
    "Vi vill ge fysiologassistenterna i hela VGR ett lönetillägg. Ska rådet för bild- och funktionsmedicin driva det",
    "Vi på röntgen i Uddevalla behöver en ny lokal för magnetkameran. Kan samordningsrådet för bild- och funktionsmedicin ta det",
  ])("%s", (q) => {
    const withMark = say(`${q}?`);
    expect(withMark.startsWith("owner ")).toBe(true);
    expect(say(q)).toBe(withMark);
  });
});
