/**
 * Issue 13, reading the question's structure: "förutom ledningsgruppen i Mellansverige", "mer än LG i
 * sjukvårdsregionen" leave out one body; the place after it ("i Mellansverige") says where that body is — a general fact
 * of Swedish, a prepositional phrase after a noun locates it — and is no second thing left out. Before, the words left
 * out reached three words on and took the organisation with them, so a Mellansverige question was answered in VGR.
 * (000 Rapportering: "Minnesanteckningar … delges Ledningsgruppen och samverkansnämndens kansli".)
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();
const KANSLI = "owner sjukvardsregion-mellansverige:kansli";

describe("a name left out keeps the place after it", () => {
  it.each([
    "Vem ska mer än ledningsgruppen i Mellansverige få minnesanteckningarna från VCG-mötena?",
    "Förutom ledningsgruppen i Mellansverige, vem ska verksamhetschefsgruppen skicka sina minnesanteckningar till?",
  ])("%s", (q) => expect(say(q)).toBe(KANSLI));

  it("keeps the organisation of the question", () => {
    const d = router.routeDetailed({ question: "Vem ska mer än ledningsgruppen i Mellansverige få minnesanteckningarna från VCG-mötena?" });
    expect(d.analysis.organization?.id).toBe("sjukvardsregion-mellansverige");
  });

  it("still leaves out an organisation said after the excluding word", () => {
    expect(say("Vem har hand om mammografin, alltså inte i Mellansverige utan i VGR?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

describe("a group left out by a negation gives no care area to the matter", () => {
  // "Det är inte BoF-rådet som …": the imaging råd is left out, and its area words with it; the matter's own area
  // (surgery, orthopaedics) has no concrete råd, so the samordningsråd kind answers (003)
  it.each([
    "Det är inte BoF-rådet som ska hantera bemanningen på kirurgavdelningarna i VGR, vem gör det?",
    "Det är väl inte bild- och funktionsmedicinrådet som ska sköta rekryteringen till ortopedklinikerna i VGR? Vem gör det?",
  ])("%s", (q) => expect(say(q)).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard"));
});

describe("a negative yes/no question asks to have the group confirmed, it leaves nothing out", () => {
  // "Är det inte X som …?" expects a yes (general Swedish, as "Isn't it X who …?"): X is the asker's guess, as in "Är
  // det X som …?", so its area words name the group guessed, not a second care area of the matter — orthopaedics alone
  // is one area, no matter for Klinisk ledning's "flera verksamhetsområden" (004), and the samordningsråd kind answers
  it.each([
    "Är det inte samordningsrådet för bild- och funktionsmedicin som planerar kirurgins operationsköer i VGR?",
    "Är det inte rådet för bild- och funktionsmedicin som har hand om urologins väntetider i VGR?",
    "Är inte samordningsrådet för bild- och funktionsmedicin ansvarigt för ortopedins köer i VGR?",
  ])("%s", (q) => expect(say(q)).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard"));
});
