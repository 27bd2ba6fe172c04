/*
 * The answer card offers "Svara för <organisation>" only where another organisation could change the answer: a
 * question that names a group only one organisation has (VCG, Chefsforum, a VGR samordningsråd) has settled its
 * organisation, as a question naming the organisation itself has (issue 13: an organisation named in the question
 * always wins). The real router and card builder over the sample mandates.
 */
import { messages } from "../../src/i18n";
import { routingCardMaker } from "../support/routing-card";

const { card, catalog } = routingCardMaker();

describe("a question naming a group of one organisation offers no other organisations", () => {
  it.each([
    ["Vem ger VCG uppdrag?", "sv", undefined, "Sjukvårdsregion Mellansverige"],
    ["Who appoints the chair of VCG?", "en", undefined, "Sjukvårdsregion Mellansverige"],
    ["Vem utser ordförande i samordningsrådet för bild- och funktionsmedicin?", "sv", undefined, "Västra Götalandsregionen"],
    ["Vem ger VCG uppdrag?", "sv", "sjukvardsregion-mellansverige", "Sjukvårdsregion Mellansverige"],
    ["Vem ger VCG uppdrag?", "sv", "vgr", "Sjukvårdsregion Mellansverige"],
  ] as const)("%s (%s, remembered %s)", (q, lang, remembered, org) => {
    const { detail, data } = card(q, lang, remembered);
    expect(detail.result.status).toBe("owner");
    expect(data.organizations).toEqual([]);
    // the card still says which organisation the answer is for, and that the group said it
    expect(data.organizationLine).toContain(org);
    expect(data.organizationLine).toContain(messages(lang).answer.organizationFrom.subject);
  });
});

describe("a question naming nothing that settles the organisation still offers the others", () => {
  it("an organisation only remembered from an earlier question: the others in one click", () => {
    const { detail, data } = card("Vem äger frågan om kompetensförsörjning?", "sv", "vgr");
    expect(detail.analysis.organization?.source).toBe("remembered");
    expect(data.organizations.map((o) => o.organizationId).sort()).toEqual(["sjukvardsregion-mellansverige", "vastmanland"]);
  });

  it("a group found only by its care area ('inom bild- och funktionsmedicin'): other organisations' groups may cover the area", () => {
    const { detail, data } = card("Vem äger frågan om remissvar på nationella kunskapsstöd inom bild- och funktionsmedicin?", "sv");
    expect(detail.analysis.organization?.source).toBe("subject");
    expect(detail.analysis.organization?.settled).toBeFalsy();
    expect(data.organizations.length).toBeGreaterThan(0);
  });

  it("no organisation at all, two fit: both offered", () => {
    const { data } = card("Vem äger frågan om kompetensförsörjning?", "sv");
    expect(data.organizations.length).toBeGreaterThan(1);
  });
});
