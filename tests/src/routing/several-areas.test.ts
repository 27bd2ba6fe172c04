/*
 * 004 "Klinisk ledning ska omhänderta frågor som rör förändrade arbetssätt och processer i flera verksamhetsområden och
 * därför inte kan hanteras av ett enskilt samordningsråd": several areas listed as what a changed way of working
 * touches go to Klinisk ledning, citing that clause; areas that only name groups offered as owners, one method of one
 * area for another's patients do not make the areas' words the clause's "flera verksamhetsområden". The real router over
 * the sample mandates; questions written for these tests, not taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });
const KL = "vgr:klinisk-ledning";

describe("a changed way of working in several areas listed together goes to Klinisk ledning", () => {
  it.each([
    "Vi vill ändra hur utskrivningarna går till, det berör geriatriken, internmedicinen och akuten. Vem tar det?",
    "Ett nytt arbetssätt för remisser påverkar ortopedi, kirurgi och röntgen i VGR. Vilket samordningsråd äger det?",
    "A new care process affects cardiology, surgery and radiology in VGR. Who owns it?",
  ])("%s", (q) => {
    const d = ask(q);
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(KL);
    expect(d.result.citations[0]?.text).toMatch(/flera verksamhetsområden/);
  });
});

describe("areas that do not make a matter of several areas", () => {
  it("areas that only name the groups offered as owners: the matter's own area decides", () => {
    const d = ask("Hör nuklearmedicinen till samordningsrådet för bild- och funktionsmedicin eller till onkologins råd i VGR?");
    expect(d.result.owner?.id).not.toBe(KL);
  });

  it.each([
    // English puts the area before the council ("the psychiatry council"); Swedish too when a compound is written apart
    "Does the psychiatry council in VGR handle the queues for EEG?",
    "Is the urology coordination council in VGR responsible for the waiting times for MRI?",
  ])("an area right before a group noun names the group, not the matter: %s", (q) => {
    const d = ask(q);
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it.each([
    // one speciality is one area: only "flera specialiteter" or "över specialitetsgränserna" says several (synonymer.yaml)
    "Vem samordnar kompetensförsörjningen inom en specialitet i VGR?",
    "Vilken grupp i VGR ansvarar för rekryteringen inom vår specialitet?",
  ])("one speciality is no 'flera verksamhetsområden': %s", (q) => {
    const d = ask(q);
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("several specialities still are", () => {
    expect(ask("Ett nytt arbetssätt ska införas i flera specialiteter i VGR. Vem äger det?").result.owner?.id).toBe(KL);
  });

  it("one method of one area for another area's patients is one matter", () => {
    const d = ask("PPR har sagt ja till en ny ultraljudsmetod för njursjukdomar i VGR. Vem ser till att den kommer igång på sjukhusen?");
    expect(d.result.owner?.id).not.toBe(KL);
  });
});
