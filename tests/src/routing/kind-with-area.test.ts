/**
 * Issue 13 point 3, a kind instead of a group: "samordningsrådet för röntgen och klinfys" is the råd whose field those
 * areas are, as the compound "röntgenrådet" is ("X för Y" is the X whose field is Y), so its own mandate answers (004:
 * "Mötesfrekvens: 4 till maximalt 8 ggr/år"). A field no concrete group has keeps the kind (003's template).
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("a kind named with a care area after 'för'", () => {
  it("is the concrete group whose area it is", () => {
    const d = router.routeDetailed({ question: "Hur ofta träffas samordningsrådet för ultraljud och nuklearmedicin i VGR?" });
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(d.analysis.subject?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("stays the kind for an area no concrete group has", () => {
    expect(router.route({ question: "Hur ofta träffas samordningsrådet för barnsjukvård i VGR?" }).owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});
