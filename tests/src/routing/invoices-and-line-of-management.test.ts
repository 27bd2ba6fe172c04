/**
 * Issue 13 (none, english): two facts for the lexicon.
 * - Attesting an invoice is line management's and finance administration's everyday work (the right to attest is
 *   delegated in the line), no mandate's: `none` (utanfor-varden.yaml), also asked in English (engelska.yaml).
 * - An English "management structure" / "line of management" is Swedish "ledningsstruktur" (002: "… informera
 *   uppdragsgivaren … enligt respektive huvudmans ledningsstruktur"), not the one "ledningsorganisation" 001 evaluates.
 * Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string, org?: string) => {
  const r = router.route({ question, ...(org ? { org } : {}) });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("attesting invoices is no mandate's", () => {
  it.each(["Hur attesterar jag en leverantörsfaktura i ekonomisystemet?", "Who approves supplier invoices in the finance system?"])("%s", (q) => expect(owner(q)).toBe("none"));
});

describe("a line of management is a ledningsstruktur", () => {
  it("whose line the Västmanland group's members inform through", () => {
    expect(owner("Members of the Västmanland health care collaboration group inform their own organisations about the work. Whose line of management do they use for that?")).toBe("owner vastmanland:huvudman");
  });
  it("001's evaluated management organisation is still the regiondirektörsgrupp's", () => {
    expect(owner("Who evaluates the management organisation of the Mellansverige management group?")).toBe("owner sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

describe("'pay' as a noun is a person's pay", () => {
  // 004: "Övergripande frågor som rör organisation och arbetsvillkor inkl ersättningar … hanteras via regionövergripande
  // samordnande grupper och inte av samordningsråden" — "decide on pay", "their pay" are wages, not "who pays"
  it.each([
    ["Can the imaging council in VGR decide on pay for radiographers?", "owner vgr:regionovergripande-samordnande-grupper"],
    // the verb is still what something costs (001: "Gruppens hemlandsting står för rese- och lönekostnader")
    ["Who pays for travel when our representative goes to the Mellansverige management group's meetings?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s", (q, want) => expect(owner(q)).toBe(want));
});

describe("in charge of a group's meetings is leading them", () => {
  // 002: "gruppen leds av enhetschef och utvecklingsstrateg från Utvecklings- och Utredningsenheten (UoU) från … VKL"
  it("Who is in charge of the meetings of the Västmanland collaboration group?", () => {
    expect(owner("Who is in charge of the meetings of the Västmanland collaboration group?")).toBe("owner vastmanland:uou-vkl");
  });
});
