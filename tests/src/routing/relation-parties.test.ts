/**
 * Issue 13, relation questions whose Swedish says which party is asked for:
 *  - handing over: "Vem fördelade/delegerade/lämnade över ansvaret …?" asks for the giver (004: "Regiondirektören har
 *    fördelat ansvaret att inrätta och avveckla samordningsråd till hälso- och sjukvårdsutvecklingsdirektören"); who
 *    sets up councils now is the receiver;
 *  - a recipient the question already names ("vi skickar … till ledningsgruppen – vem ska också få dem?") is not the
 *    sender asked about, and "också/mer/fler/annan" ask for the other recipients (000: minutes "delges Ledningsgruppen
 *    och samverkansnämndens kansli");
 *  - a body in the genitive owns a noun ("samverkansgruppens dagordning") and is no alternative of "X eller Y".
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string) => router.route({ question }).owner?.id;

describe("the party a relation question asks for", () => {
  it("answers the giver of a delegation, and the receiver for who does it now", () => {
    expect(owner("Vem fördelade ansvaret att inrätta samordningsråd i VGR?")).toBe("vgr:regiondirektor");
    expect(owner("Vem inrättar och avvecklar samordningsråd i VGR?")).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
  });

  it("answers the other recipients of a sender's minutes when one recipient is named", () => {
    expect(owner("Vi skickar verksamhetschefsgruppens minnesanteckningar till ledningsgruppen. Vem ska också få dem?")).toBe("sjukvardsregion-mellansverige:kansli");
  });

  it("does not take a genitive owner for one of the alternatives", () => {
    expect(owner("Ska frågan anmälas till Chefsforum eller till UoU på VKL för att komma upp på samverkansgruppens dagordning?")).toBe("vastmanland:uou-vkl");
  });

  it("reads who decides which assignments a group takes first as its commissioner (002), not when it takes part in tasks (004)", () => {
    expect(owner("Vem bestämmer vilka uppdrag samverkansgruppen i Västmanland ska jobba med först?")).toBe("vastmanland:chefsforum");
    expect(owner("Vem bestämmer vilka uppdrag samordningsrådet för bild- och funktionsmedicin ska medverka i?")).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
