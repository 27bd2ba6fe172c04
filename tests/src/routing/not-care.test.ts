/*
 * Services that are not health care (samples/lexicon/utanfor-varden.yaml) are covered by no mandate of health-care
 * governance, however many words they share with one; where the municipality gives health care (hemsjukvård,
 * hjälpmedel) the Västmanland group's mandate (002) still answers. Questions written by the lead, not taken from the
 * tune or holdout halves.
 */
import { keySv } from "../../../src/routing/normalize";
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("a service that is not health care is nobody's here", () => {
  it.each([
    // "ekonomisk" alone once sent this to PPR (004: "betydande organisatoriska och/eller ekonomiska konsekvenser")
    "Vem ansvarar för ekonomiskt bistånd i kommunen?",
    "Vem ansvarar för försörjningsstöd i Sala kommun?",
    "Vem bestämmer om skolskjutsar i Köping?",
    "Who handles building permits for the new health centre?",
    "Who is responsible for public transport to the hospital?",
    // the bus is public transport, whatever it drives to ("till sjukhuset" once met 004's support processes)
    "Vem ansvarar för bussarna till sjukhuset?",
    // cleaning is the lokalvård's service, whichever room it is done in
    "Vem sköter städningen av operationssalarna?",
    "Who is responsible for cleaning the wards?",
    // a break room is one workplace's room, not the staff's working conditions (004's boundary clause)
    "Who fixes the Wi-Fi in the staff room?",
    // a workplace's everyday things: its manager's, not a mandate's, even where a care area is named
    "Vem planerar julfesten för röntgen på Skaraborgs sjukhus?",
    "Vem lagar kaffemaskinen på röntgen i Borås?",
    // coffee for a workplace is its own everyday purchase ("köpas in" is no procurement of a group's, 000 "upphandlingar")
    "Vem bestämmer vilket kaffe som ska köpas in till personalrummet på mottagningen?",
    "Who decides which coffee we buy for the staff room at the clinic?",
    // parking and booking a room are a workplace's everyday things; 004's "lokalförsörjning" is where a unit has its
    // premises ("via samverkan" once found the boundary clause's regionövergripande grupper)
    "Kan vi få parkeringstillstånd via samverkan?",
    "Vem bokar konferensrum till mötet med verksamhetscheferna?",
    "Where can I park at the hospital when I come to a meeting?",
    // IT support mends one computer or program: a service, like the caretaker, not a group's mandate
    "Vart vänder jag mig för IT-support?",
    "IT-strul igen, vem ska jag kontakta?",
    "Who handles IT support for the clinics in VGR?",
    "Where do I report a broken IT system?",
    // a data breach is reported to the data protection officer and IT security, a service, not a group's matter
    "Vem ska jag anmäla en personuppgiftsincident till?",
    "Where do I report a data breach?",
    // a password is one account's: the IT support's to change or reset, whatever system it opens
    "Hur byter jag lösenord i journalsystemet?",
    "How do I change the password for the booking system?",
    // a keyboard, a mouse or a webcam is ordered for one workplace, not a group's matter
    "Var beställer jag ett nytt tangentbord till expeditionen?",
    "Webbkameran på mottagningen fungerar inte, vem ordnar en ny?",
    // a headset is such a thing too: its key is "heads" (a genitive -s never stands before -et), not the "head" of "heads"
    "Headseten på expeditionen har gått sönder, vem köper nya?",
    "Who do I ask for new headphones for my Teams calls?",
  ])("%s → none", (q) => {
    expect(say(q)).toBe("none");
    // said as such (the card explains it and offers no organisation to try: every one answers the same)
    expect(router.routeDetailed({ question: q }).analysis.reason).toBe("not-care");
  });
});

describe("health care the municipality gives stays with the mandate that covers it", () => {
  it.each([
    // 002: "samverkan avseende hälso- och sjukvård mellan Landstinget Västmanland och kommunerna"
    ["Vem ansvarar för samverkan om hemsjukvården mellan kommunerna och landstinget i Västmanland?", "owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));

  it("reads only the listed words, not verbs that share their stem ('skriver' is no 'skrivaren')", () => {
    // 004: "Medverka till remissvar på nationellt framtagna kunskapsstöd inom kunskapsstyrningen"
    expect(say("Vem skriver remissvar på nationella kunskapsstöd om nuklearmedicin i VGR?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("reads no 'head' as a headset: the English words of a Swedish question keep their own key", () => {
    expect(keySv("headset")).toBe(keySv("headseten"));
    expect(keySv("headset")).not.toBe(keySv("heads"));
    expect(router.routeDetailed({ question: "Vem är head of department för röntgen i VGR?" }).analysis.reason).not.toBe("not-care");
  });

  it("keeps IT that affects the support processes with 004's boundary clause, not the IT support desk", () => {
    // 004: "Ställningstaganden som påverkar stödprocesser (t ex IT, inköp, HR-processer)"
    expect(router.routeDetailed({ question: "Vem tar ställning i IT-frågor som påverkar stödprocesserna i VGR?" }).analysis.reason).not.toBe("not-care");
  });

  it("answers a question that names a group by that group's mandate, whatever else it says", () => {
    expect(router.routeDetailed({ question: "Tar samverkansgruppen i Västmanland upp skolskjutsar?" }).result.status).not.toBe("none");
  });

  it.each(["Vem bestämmer över busstidtabellerna i länet?", "Vem ansvarar för bibliotekslokalerna i kommunen?", "Vem har hand om bygglovsärendena i Köping?"])(
    "reads a service of a compound's part as that service (a compound is a kind of its parts' thing): %s",
    (q) => expect(router.routeDetailed({ question: q }).analysis.reason).toBe("not-care"),
  );
});
