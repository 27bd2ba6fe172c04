/*
 * "Ligger de under …?", "tillhör det …?", "… eller någon annanstans?" ask where a matter belongs, as "hör hemma" and
 * "någonstans" do (samples/lexicon/fragor.yaml): a general fact of Swedish, these words say nothing of what the matter
 * is. Left as topic words they weighed as much as the matter and pulled the question to none. The matter here is
 * imaging in VGR (004: Samordningsråd bild- och funktionsmedicin), whatever other råd the question offers as a guess.
 * Questions written for this test, not from the development sets.
 */
import { sampleRouter } from "./sample-router";

const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";
const { say } = sampleRouter();

describe("where-it-belongs words carry no topic", () => {
  it.each([
    "Magnetkameraundersökningar i VGR – ligger de under neurologins råd eller någon annanstans?",
    "Var ligger frågan om datortomografi i VGR, under ortopedins samordningsråd eller annanstans?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${BFM}`);
  });
});
