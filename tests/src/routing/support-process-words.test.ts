/**
 * Issue 13, boundary: 004 "Ställningstaganden som påverkar stödprocesser ska stämmas av i dialog med berörd ansvarig
 * funktion eller koncernövergripande grupp". Care's administrative IT systems (journal, booking) are support processes
 * in everyday words (samples/lexicon/gransdragning.yaml).
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const KOG = "vgr:koncernovergripande-grupp";

describe("support processes in everyday words", () => {
  it("a new journal system for a råd's area is agreed with the koncernövergripande grupp", () => {
    expect(router.route({ question: "Vi vill byta journalsystem för hela bild- och funktionsmedicin. Vem måste vi stämma av med?" }).owner?.id).toBe(KOG);
  });
});
