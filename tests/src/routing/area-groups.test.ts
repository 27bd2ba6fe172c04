/**
 * Issue 13 (relation, the organisation known): a group described by its speciality is a group of a kind that exists once
 * per care area — in Mellansverige a verksamhetschefsgrupp (000), never the one ledningsgrupp (001) — so its
 * relations are the verksamhetschefsgrupp's: chair and members by the ledningsgrupp (000 "Samverkansnämndens
 * ledningsgrupp utser ordförande", "Ledamöterna … beslutas av Ledningsgruppen").
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const ask = (question: string, org: string) => {
  const r = router.route({ question, org });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};
const MS = "sjukvardsregion-mellansverige";

describe("a group described by its speciality, the organisation known", () => {
  it("who appoints the chair of the speciality's group in Mellansverige: the ledningsgrupp", () => {
    expect(ask("Vem väljer ordförande för specialitetsgruppen vi har?", MS)).toBe(`owner ${MS}:ledningsgrupp`);
    expect(ask("Vem utser ordförande i gruppen där vi chefer samordnar vår specialitet?", MS)).toBe(`owner ${MS}:ledningsgrupp`);
  });

  it("who decides its members: the ledningsgrupp", () => {
    expect(ask("Vem bestämmer vilka chefer som ska vara med i gruppen för vår specialitet?", MS)).toBe(`owner ${MS}:ledningsgrupp`);
  });

  it("in VGR the samordningsråd's chair is still the koncernledning's", () => {
    expect(ask("Vem utser ordförande i gruppen där vi chefer samordnar vår specialitet?", "vgr")).toBe("owner vgr:koncernledning-halso-och-sjukvard");
  });
});
