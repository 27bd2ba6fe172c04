/**
 * Issue 13, boundary (round 25): rules from mandate clauses, with example sentences written for these tests (not taken
 * from the development sets).
 * - 002 "Identifiera områden där oenighet råder … och utarbeta förslag till lösning som Chefsforum får ta ställning
 *   till": the samverkansgrupp prepares the solution to a disagreement, Chefsforum decides it. Who decides (settles)
 *   the solution asks the decides relation, not who works with the disagreement.
 * - 004's boundary clauses send a matter elsewhere whatever group would decide it: a named råd asked whether it may
 *   decide (take a position on) such a matter itself gets the body the clause names (PPR for new drugs and methods
 *   with major consequences), not itself; a question of its own decisions with no such matter keeps the råd, and
 *   the escalation clause (itself a clause on deciding) does not count as one that sends a matter elsewhere.
 * - 002 again: "Samverkansgruppen ska vara en beredande grupp till Chefsforum", "Chefsforum är även beslutande organ":
 *   who decides (a word of deciding alone: "fattar beslut", "bestämmer", "beslutar") a matter of the samverkansgrupp
 *   is Chefsforum, also when the question offers the group as the decider. A group that prepares for another body but
 *   has no clause naming that body as deciding (001 ledningsgrupp "bereder ärenden till samverkansnämnden", and
 *   "fastställer uppdrag för arbetsgrupper") keeps what it decides itself.
 * - The prefix sam- is "gemensam" (general Swedish: samplanera = planera gemensamt): two regions of Mellansverige that
 *   plan their operations together is 000's "gemensam produktionsplanering", the verksamhetschefsgrupp's.
 * - To prepare a patient ("hur patienterna förbereds inför operation") is care of a person, not preparing a matter for
 *   a body (002/003 "bereda"): no relation is asked, and a change of that way of working across several areas is
 *   Klinisk ledning's (004).
 * - "vara med" without "i", the group already named ("vilka chefer som ska vara med"), is to be a member of it (general
 *   Swedish): who decides that is who appoints the participants (003 "De utses av respektive förvaltningschef").
 * - "kostsam", "kostnadskrävande", "resurskrävande" are everyday Swedish for dyr: 004 PPR's "betydande … ekonomiska
 *   konsekvenser" as "dyr" is.
 */
import { sampleRouter } from "./sample-router";

const CF = "vastmanland:chefsforum";
const SG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const { say } = sampleRouter();

describe("who decides the solution of a disagreement the samverkansgrupp prepares: Chefsforum (002)", () => {
  it.each([
    "Vem bestämmer lösningen när kommunerna och regionen i Västmanland är oense om ansvaret för hemsjukvården?",
    "Vilket organ beslutar om lösningar på oenigheter om ansvaret mellan kommunerna och landstinget i Västmanland?",
    "Är det samverkansgruppen i Västmanland som avgör lösningen när länets kommuner och regionen inte är överens?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${CF}`);
  });

  it("who works out the solution keeps the samverkansgrupp", () => {
    expect(say("Vem tar fram förslag till lösning när kommunerna och regionen i Västmanland är oense om ansvaret?")).toBe(`owner ${SG}`);
  });
});

const PPR = "vgr:program-och-prioriteringsradet";
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";

describe("a råd deciding itself a matter a boundary clause sends elsewhere (004)", () => {
  it.each([
    "Får samordningsrådet för urologi själv besluta om en ny och dyr behandlingsmetod som kräver stora omorganisationer?",
    "Ska samordningsrådet ta ställning till ett nytt cancerläkemedel med stora ekonomiska konsekvenser för regionen?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${PPR}`);
  });

  it.each(["Kan samordningsrådet för ortopedi själv besluta om nya undergrupper?", "In a VGR coordination council, may the chair make decisions alone?"])("keeps the råd: %s", (q) => {
    expect(say(q)).toBe(`owner ${KIND}`);
  });
});

describe("kostsam, kostnadskrävande are dyr (004 PPR's economic consequences)", () => {
  it.each([
    "Får samordningsrådet för urologi själv besluta om en ny och kostsam behandlingsmetod som kräver stora omorganisationer?",
    "Kan samordningsrådet för hjärtsjukvård på egen hand ta ställning till en ny kostnadskrävande behandlingsmetod?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${PPR}`);
  });
});

describe("a word of deciding alone, for a matter of a group that prepares for a deciding body (002)", () => {
  it.each([
    "Vem fattar beslut om en ny gemensam rutin för läkemedelshantering i hemsjukvården mellan kommunerna och regionen i Västmanland?",
    "Är det samverkansgruppen i Västmanland som bestämmer hur ansvaret för hjälpmedel delas mellan kommunerna och regionen?",
    "Kan samverkansgruppen i Västmanland fatta beslut om hur länets avtal om hemsjukvård ska tolkas?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${CF}`);
  });

  it.each([
    ["Vem bestämmer vad arbetsgrupperna under ledningsgruppen i Mellansverige ska arbeta med?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Kan samverkansgruppen i Västmanland själv besluta att tillsätta en tillfällig arbetsgrupp?", `owner ${SG}`],
  ])("keeps a group's own decisions: %s", (q, want) => {
    expect(say(q)).toBe(want);
  });
});

describe("samplanera is planera gemensamt (000 'Genomföra gemensam produktionsplanering')", () => {
  it.each([
    "Region Västmanland och Region Örebro län vill samplanera sina ortopediska operationer. Vem hanterar det?",
    "Vilken grupp ska ta hand om samplaneringen av vårdplatser mellan regionerna i Mellansverige?",
  ])("%s", (q) => {
    expect(say(q)).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});

describe("preparing patients is no preparing of matters (004 Klinisk ledning)", () => {
  it.each([
    "Hur patienter förbereds inför röntgen med kontrast ska ändras i hela VGR och det berör röntgen, njurmedicin och primärvården. Tillhör det samordningsrådet eller Klinisk ledning?",
    "Vi vill ändra hur patienter förbereds inför operation i VGR, och det berör kirurgin, anestesin och primärvården. Är det kirurgins samordningsråd eller Klinisk ledning som tar det?",
  ])("%s", (q) => {
    expect(say(q)).toBe("owner vgr:klinisk-ledning");
  });
  it("preparing the group's matters is still asked", () => {
    expect(say("Vem förbereder frågorna inför samverkansgruppens möten?")).toBe("owner vastmanland:uou-vkl");
  });
});

describe("'vara med' is to be a member: the participants are appointed by the förvaltningschef (003)", () => {
  it.each([
    "Får samordningsrådet för ögonsjukvård själv välja vilka chefer som ska vara med?",
    "Kan samordningsrådet för geriatrik på egen hand bestämma vilka verksamhetschefer som ska vara med?",
  ])("%s", (q) => {
    expect(say(q)).toBe("owner vgr:forvaltningschef");
  });
});
