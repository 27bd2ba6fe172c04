/*
 * English "my X" is the Swedish "min X" of samples/lexicon/egna-arenden.yaml: one person's own case, which no
 * mandate covers (the same answer as the Swedish question). "medical" is the mandates' "medicinsk", never a drug
 * (English stemming makes one key of "medical" and "medication"). Questions written by the lead from the lists and
 * the mandates, not taken from the tune or holdout halves.
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("an English question about one's own case gets the Swedish question's answer", () => {
  it.each([
    ["My salary is wrong this month, who handles it?", "Min lön är fel den här månaden, vem hanterar det?"],
    ["My printer is broken, who fixes it?", "Min skrivare är trasig, vem lagar den?"],
    ["Who can reset my password?", "Vem kan byta mitt lösenord?"],
    // one person's own doctor, ticket or bill: a case, never a kind of question
    ["I want to book an appointment with my GP, how do I do that?", "Jag vill boka en tid hos min husläkare, hur gör jag?"],
    ["How do I get reimbursed for my train ticket to the conference?", "Hur får jag ersättning för min tågbiljett till konferensen?"],
  ])("%s", (en, sv) => {
    expect(say(sv)).toBe("none");
    expect(say(en)).toBe("none");
    expect(router.routeDetailed({ question: en }).analysis.reason).toBe("own-case");
  });

  it("leaves questions about pay in general with their owner (004: ersättningar are arbetsvillkor)", () => {
    expect(say("Who decides on pay and salaries for staff in VGR?")).toBe(say("Vem beslutar om löner och ersättningar för personalen i VGR?"));
    expect(say("Who decides on pay and salaries for staff in VGR?")).toBe("owner vgr:regionovergripande-samordnande-grupper");
  });
});

describe("'medical' is medicinsk", () => {
  it.each([
    // 000: "Följa upp medicinska resultat och kvalitet"
    ["Who follows up medical results and quality across the regions in Mellansverige?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    // 004: PPR on "nya läkemedel och medicinska metoder som har betydande … ekonomiska konsekvenser"
    ["Who handles new medical methods with large costs in VGR?", "owner vgr:program-och-prioriteringsradet"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));

  it("does not read 'medical' as a drug", () => {
    const analysis = router.routeDetailed({ question: "Who handles medical questions in VGR?" }).analysis;
    expect(JSON.stringify(analysis)).not.toMatch(/lakemedel/);
  });
});
