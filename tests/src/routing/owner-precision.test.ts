/**
 * Issue 13, owner precision: wrong confident answers sorted by kind (round 9). Two kinds the lexicon settles:
 *  - a relation asked with an inflected word for the members ("representanterna", "ledamoten"): the members relation
 *    (000: "Ledamöterna … beslutas av Ledningsgruppen"; 004: "representanter som utsetts av respektive förvaltningschef"),
 *    not the group itself;
 *  - a certificate of one person's own service (tjänstgöringsintyg, arbetsgivarintyg): one's own case, no mandate's.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("owner answers that hold", () => {
  it("reads the members in their definite forms as the members relation", () => {
    expect(say("Representanterna i samordningsrådet för bild- och funktionsmedicin – vem väljer dem?")).toBe("owner vgr:forvaltningschef");
    expect(say("Vem väljer ut ledamoten från vår region till verksamhetschefsgruppen i Mellansverige?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("answers a certificate of one's own service with none, even when it names a care area", () => {
    expect(say("Jag behöver ett tjänstgöringsintyg från åren som röntgensjuksköterska i Uddevalla")).toBe("none");
  });
});
