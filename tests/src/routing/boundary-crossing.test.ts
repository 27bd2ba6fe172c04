/*
 * Boundary clauses of a group's own mandate send a kind of matter elsewhere (004 "Samband och gränsdragning",
 * "Beslutsfattande"): the real router over the sample mandates. Questions written for these tests, not taken from
 * the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string, org?: string) => router.routeDetailed({ question, ...(org ? { org } : {}) });

describe("an escalation sentence is a boundary: it names the matter and the body it goes to", () => {
  it("sends a chair's need of a region-wide decision to the contact person, citing that sentence", () => {
    const d = ask("Ordföranden för samordningsrådet för bild- och funktionsmedicin vill ha ett regiongemensamt beslut om en ny rutin för remisser. Till vem lyfter hon det?");
    expect(d.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
    expect(d.result.citations[0]?.text).toMatch(/kontaktperson/);
  });

  it("sends a matter neither chair nor participants have a mandate for to the koncernövergripande grupp", () => {
    const d = ask("Varken ordföranden eller deltagarna i röntgenrådet har mandat att besluta om det här. Vart tar vi frågan?");
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe("vgr:koncernovergripande-grupp");
    expect(d.result.citations[0]?.text).toMatch(/eskaleras frågan/);
  });

  it("keeps a question about how the group itself decides with the group: both clauses say 'fatta beslut', the boundary says nothing more", () => {
    const d = ask("Hur fattar samordningsrådet sina beslut?");
    expect(d.result.owner?.id).not.toBe("vgr:koncernovergripande-grupp");
    expect(["vgr:samordningsrad-inom-halso-och-sjukvard", "vgr:samordningsrad-bild-och-funktionsmedicin"]).toContain(d.result.owner?.id);
  });
});

describe("the kind of matter a boundary clause names outranks the care area", () => {
  it("a new, costly drug within an imaging speciality goes to PPR, not the imaging råd", () => {
    const d = ask("Vem beslutar om att införa ett nytt dyrt läkemedel inom nuklearmedicin som får stora ekonomiska konsekvenser?");
    expect(d.result.owner?.id).toBe("vgr:program-och-prioriteringsradet");
    expect(d.analysis.reason).toBe("boundary");
  });

  it("a changed way of working across several areas goes to Klinisk ledning", () => {
    const d = ask("Vi vill ändra arbetssättet för remisser så att det berör röntgen, kirurgi och ortopedi på en gång. Vem äger det?");
    expect(d.result.owner?.id).toBe("vgr:klinisk-ledning");
  });

  it("premises for the whole region, asked of the imaging råd, go to the regionövergripande samordnande grupper", () => {
    const d = ask("Ska rådet för bild- och funktionsmedicin ta upp hur lokalerna för magnetkamerorna ska fördelas i hela regionen, eller vem gör det?");
    expect(d.result.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });

  it("a matter the area's own råd has as a duty (staffing in imaging) stays with that råd", () => {
    for (const q of ["Vem ansvarar för bemanningen inom röntgen i VGR?", "Vilken grupp har hand om bemanning och rekrytering inom röntgen i VGR?"]) {
      expect(ask(q).result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    }
  });
});

describe("a boundary clause of two parts: the question says one part is done, the other is asked", () => {
  it("PPR has decided on a method in ortopedi: the implementation is the samordningsråd's (004 'har samordningsråden en viktig roll i genomförandet'), of the area's kind", () => {
    const d = ask("PPR har prioriterat en ny operationsmetod inom ortopedin. Vem ansvarar för att den genomförs i VGR?");
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("PPR has decided on a method within nuklearmedicin: the imaging råd implements it", () => {
    const d = ask("PPR har beslutat om en ny metod inom nuklearmedicin – vem ansvarar för genomförandet i VGR?");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("who decides on such a method is still PPR", () => {
    const d = ask("Vem beslutar om en ny metod inom nuklearmedicin med betydande ekonomiska konsekvenser i VGR?");
    expect(d.result.owner?.id).toBe("vgr:program-och-prioriteringsradet");
  });
});
