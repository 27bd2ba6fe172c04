/*
 * A question about an organisation the catalog does not cover ("samverkansnämnden i Södra sjukvårdsregionen", "Region
 * Skåne") is answered with no group, a text saying so and which organisations the bot does answer for — and no
 * "Svara för …" buttons, which would only give the same answer (issue 13, what a user meets). The real router and card
 * builder over the sample mandates, Swedish and English, with and without an organisation remembered.
 */
import { routingCardMaker } from "../support/routing-card";

const { card, catalog } = routingCardMaker();

describe("an organisation outside the catalog", () => {
  it.each([
    ["Vem utser ordförande i samverkansnämnden i Södra sjukvårdsregionen?", "sv", undefined],
    ["Vem utser ordförande i samverkansnämnden i Södra sjukvårdsregionen?", "sv", "vgr"],
    ["Vem leder ledningsgruppen i Region Skåne?", "sv", "sjukvardsregion-mellansverige"],
    ["Who chairs the joint board in the Southern healthcare region?", "en", undefined],
  ] as const)("%s (%s, remembered %s)", (q, lang, remembered) => {
    const { detail, data } = card(q, lang, remembered);
    expect(detail.result.status).toBe("none");
    expect(detail.analysis.reason).toBe("outside");
    expect(data.organizations).toEqual([]);
    const text = JSON.stringify(data);
    for (const o of catalog.organizations) expect(text).toContain(o.shortName ?? o.name);
    expect(text).toContain(lang === "sv" ? "inget av de inlästa uppdragen" : "none of the loaded mandates");
  });
});
