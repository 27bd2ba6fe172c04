/*
 * The words people use for what 004's boundary clauses name (samples/lexicon/gransdragning.yaml): merging units is a
 * matter of organisation, working-time rules and being paid are working conditions and pay, purchasing is a support
 * process. Questions written for this test from the clauses, not taken from the development sets.
 */
import { sampleRouter } from "./sample-router";

const ROSG = "vgr:regionovergripande-samordnande-grupper";
const KG = "vgr:koncernovergripande-grupp";
const { say } = sampleRouter();

describe("004 'Övergripande frågor som rör organisation och arbetsvillkor inkl ersättningar …' in everyday words", () => {
  it("merging two clinics ('slås ihop') is organisation: the regionövergripande samordnande grupper, not the råd", () => {
    expect(say("Två ortopedkliniker på olika sjukhus i VGR ska slås ihop till en. Är det samordningsrådet som äger den frågan?")).toBe(`owner ${ROSG}`);
  });

  it("working-time rules ('arbetstidsregler', a compound the råd's 'regionala rutiner' would otherwise take by its head) are working conditions", () => {
    expect(say("Vem bestämmer om nya arbetstidsregler för sjuksköterskorna inom kirurgin i hela VGR – samordningsrådet?")).toBe(`owner ${ROSG}`);
  });

  it("a tag question ('stämmer det?') asks whether a guess is right: it is not 004's 'stämmas av' with the koncernövergripande grupp", () => {
    expect(say("Min chef säger att frågan om sjuksköterskornas arbetstider ska till samordningsrådet, stämmer det?")).toBe(`owner ${ROSG}`);
  });

  it("a kind of pay named by its time ('nattersättningen', a compound whose head is 'ersättning') is pay", () => {
    expect(say("Nattersättningen för undersköterskor inom ortopedin skiljer sig mellan förvaltningarna i VGR. Kan samordningsrådet jämka ihop den?")).toBe(`owner ${ROSG}`);
  });

  it("how many levels of managers a service has ('chefsnivåer') is its organisation", () => {
    expect(say("Kirurgin i VGR vill ha färre chefsnivåer på sina kliniker. Kan samordningsrådet besluta om det?")).toBe(`owner ${ROSG}`);
  });

  it("how staff get paid ('få betalt') is pay (ersättningar)", () => {
    expect(say("Läkarna inom barnsjukvården i VGR vill få betalt på ett annat sätt för beredskap. Kan samordningsrådet driva det?")).toBe(`owner ${ROSG}`);
  });
});

describe("004 'Ställningstaganden som påverkar stödprocesser ska stämmas av … koncernövergripande grupp'", () => {
  it("an IT system every förvaltning uses ('IT-system') is a support process", () => {
    expect(say("Rådet för barnsjukvård vill att alla förvaltningar byter till ett nytt IT-system för väntelistor. Kan rådet bestämma det själv?")).toBe(`owner ${KG}`);
  });
});

describe("004 'Ordförande kan lyfta behov av regiongemensamt beslutsfattande till samordningsrådets kontaktperson'", () => {
  it("VGR is the region: a decision for 'hela VGR' is a region-wide decision, raised with the contact person", () => {
    expect(say("Ordföranden i samordningsrådet för kirurgi behöver ett beslut för hela VGR om remissrutinerna. Vem ska hon gå till?")).toBe("owner vgr:kontaktperson-samordningsrad");
  });
});
