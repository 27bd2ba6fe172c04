/*
 * A body in the genitive owns the noun after it: after a dash, "– koncernkontorets koordinator?" offers that whole
 * phrase as the asker's guess, so neither the body nor its noun is evidence for the body (guess.ts). An "eller" after
 * such a phrase inside a clause ("… i samverkansnämndens organisation, eller …") does not make the body a guess.
 * Questions written for these tests.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string) => router.route({ question }).owner?.id;

describe("a genitive body and the noun it owns, offered as a guess", () => {
  it("the guessed coordinator is no evidence that Koncernkontoret approves a råd's minutes", () => {
    expect(owner("Vem godkänner protokollet från ett samordningsråd – koncernkontorets koordinator?")).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("a genitive phrase before 'eller' is no alternative offered", () => {
    expect(owner("Får verksamhetschefsgruppen själv kontakta andra grupper i samverkansnämndens organisation, eller måste det gå via ledningsgruppen?")).toBe(
      "sjukvardsregion-mellansverige:verksamhetschefsgrupp",
    );
  });
});
