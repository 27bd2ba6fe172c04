/**
 * Issue 13 (boundary, organisation): a dash sets a yes/no question off from the matter told before it, as a full stop
 * does ("… är oense om hemsjukvården – är det ledningsgruppen i Mellansverige som tar det?"), and a yes/no question may
 * open with a passive or another finite verb ("Tas det i …?", "Hamnar det hos …?"). The matter's organisation is the
 * question's; the body guessed in another organisation is the asker's guess (question-organization.ts
 * matterOverProposal: 002 holds between Landstinget Västmanland and the municipalities of Västmanland). Questions
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();
const LANS = "owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("a municipality and the landsting in Västmanland, another organisation's body guessed", () => {
  it.each([
    "Arboga kommun och Region Västmanland är oense om ansvaret för hemsjukvården – ska ledningsgruppen i Mellansverige ta det?",
    "Köpings kommun och landstinget tolkar avtalet om hjälpmedel olika. Tas det i verksamhetschefsgruppen i Mellansverige?",
    "Fagersta kommun och landstinget är inte överens om vem som betalar sjukresor inom hemsjukvården. Hamnar det hos samverkansnämnden i Mellansverige?",
  ])("%s", (q) => {
    expect(say(q)).toBe(LANS);
  });
});
