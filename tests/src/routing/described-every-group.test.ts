/**
 * Issue 13 point 1, relations of a group described, not named: "Vem utser ordförande i den grupp där cheferna för vår
 * specialitet samordnar arbetet?" asks a relation others hold towards a group of the asker's organisation. Whichever of
 * its groups is meant, the answer is the same when every group of the organisation with a mandate names the same party
 * (VGR, 003/004: "Ordförande: Utses av koncernledning …" / "… av ledningsgrupp hälso- och sjukvård …"); where they differ
 * (Mellansverige, 000/001) the question does not settle it and no owner is guessed. Questions written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const Q = "Vem utser ordföranden i de grupper där chefer från olika förvaltningar samordnar en specialitet?";

describe("a relation of a group the question describes, the organisation known", () => {
  it.each([
    ["Vem utser ordföranden i de grupper där chefer från olika förvaltningar samordnar en specialitet?", "vgr:koncernledning-halso-och-sjukvard"],
    ["Jag ska börja i en chefsgrupp för min specialitet. Vem utser ordföranden där?", "vgr:koncernledning-halso-och-sjukvard"],
    ["Vem utser ledamöterna i samverkansgruppen för en specialitet?", "vgr:forvaltningschef"],
    ["Vem bestämmer vilka chefer som ingår i samordningsgruppen för vår specialitet?", "vgr:forvaltningschef"],
  ])("%s → the party every group of the organisation names", (question, owner) => {
    const d = router.routeDetailed({ question, org: "vgr" });
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(owner);
  });

  it("guesses no owner where the organisation's groups name different parties", () => {
    expect(router.route({ question: Q, org: "sjukvardsregion-mellansverige" }).status).not.toBe("owner");
  });
});
