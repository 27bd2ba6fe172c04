/**
 * Issue 13 (boundary): 004 sends to Klinisk ledning "frågor som rör förändrade arbetssätt och processer i flera
 * verksamhetsområden". Two care areas said in a question are not always a matter spanning them: the workplace the asker
 * introduces themselves with ("Jag är undersköterska på ortopeden …") tells who asks, and an examination placed in another
 * area's unit ("MR-undersökningar på barnkliniken") is one matter of the first area. A list of areas the change touches
 * stays several. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("areas that do not make a matter of several areas", () => {
  it.each([
    ["Jag är undersköterska på ortopeden i Skövde. Vem samordnar urologin mellan sjukhusen i VGR?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["Jag jobbar på akuten i Uddevalla. Vilket råd samordnar kardiologin i hela VGR?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["MR-undersökningar på barnkliniken i VGR – vem samordnar dem?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["Datortomografi vid ortopeden i VGR, vilket råd har hand om det?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["Arbetsprov görs både på kardiologen och på klinisk fysiologi i VGR. Vilket samordningsråd tar klinfys-delen?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s → %s", (question, owner) => {
    expect(router.route({ question }).owner?.id).toBe(owner);
  });

  it.each([
    ["Vi vill ändra hur remisser hanteras på akuten, i primärvården och på onkologen i VGR. Vem tar det?"],
    ["Vi vill ändra hur remisser skickas mellan akuten och onkologen. Vilket råd i VGR tar det?"],
  ])("a change across areas still goes to Klinisk ledning: %s", (question) => {
    expect(router.route({ question }).owner?.id).toBe("vgr:klinisk-ledning");
  });
});
