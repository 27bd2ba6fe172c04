/**
 * Issue 13 point 1, relations of a group described, not named: "Vem utser ordförande i den grupp där cheferna för vår
 * specialitet samordnar arbetet?" asks a relation others hold towards a group of the asker's organisation. Whichever of
 * its groups is meant, the answer is the same when every group of the organisation with a mandate names the same party
 * (VGR, 003/004: "Ordförande: Utses av koncernledning …" / "… av ledningsgrupp hälso- och sjukvård …"); where they differ
 * (Mellansverige, 000/001) only a description that says which is meant settles it — a group for a speciality is a
 * verksamhetschefsgrupp (area-groups.ts) — and otherwise no owner is guessed. Questions written for this test.
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

  it("guesses no owner where the organisation's groups name different parties and nothing says which is meant", () => {
    expect(router.route({ question: "Vem utser ordföranden i den grupp där vi chefer träffas?", org: "sjukvardsregion-mellansverige" }).status).not.toBe("owner");
  });

  // a group for a speciality is one of a kind that exists per care area (area-groups.ts): in Mellansverige a
  // verksamhetschefsgrupp, whose chair the ledningsgrupp appoints (000), not the one ledningsgrupp (001)
  it("a group for a speciality in Mellansverige: the verksamhetschefsgrupp's chair, appointed by the ledningsgrupp", () => {
    expect(router.route({ question: Q, org: "sjukvardsregion-mellansverige" }).owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
