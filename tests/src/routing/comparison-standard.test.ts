/*
 * A general fact of Swedish: "samma N som X" compares with X; X is the standard the asked thing is set against, not
 * the thing asked about. "Hör urologin till samma råd som röntgen?" asks about urologin, so the care area that decides
 * between the samordningsråd template and the concrete råd (003/004: the concrete råd owns its own area, the template
 * every other) is urologin's, and röntgen and urologin are no "flera verksamhetsområden" of one matter (004, Klinisk
 * ledning). Questions written for this test, not taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("the standard of a comparison is not what the question asks about", () => {
  it.each([
    ["Hör urologin till samma råd som röntgen i VGR, eller finns det ett eget?", KIND],
    ["Hör röntgen till samma råd som urologin i VGR?", BFM],
    ["Är det samma råd som sköter urologin som har hand om magnetkameran i VGR?", BFM],
  ])("%s → %s", (q, owner) => {
    expect(router.route({ question: q }).owner?.id).toBe(owner);
  });
});
