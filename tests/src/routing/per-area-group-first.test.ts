/**
 * Issue 13 (boundary): a matter of one care area that Mellansverige's verksamhetschefsgrupper (one per area, 000:
 * "Ledningsgruppen beslutar om vilka verksamhetschefsgrupper som skall verka"; "stärka det operativa samarbetet i
 * sjukvårdsregionen") and its one ledningsgrupp over every area (001) cover alike is the per-area group's — the more
 * specific body. The two had been offered as equals ("ambiguous"). A question that names the ledningsgrupp, or asks of
 * no care area, is not moved. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the group of the matter's care area before the group over all areas", () => {
  it.each([
    "Hjärtsjukvården i Örebro vill samarbeta mer med Uppsala och Västerås. Vilken grupp samverkar om det mellan regionerna i Mellansverige?",
    "Om urologin i Karlstad vill samarbeta med Akademiska i Uppsala, vilken grupp i sjukvårdsregionen tar det?",
  ])("%s → the verksamhetschefsgrupp", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it.each([
    "Vem säkerställer samverkan med kommunerna om psykiatrin i Mellansverige?",
    "Vem företräder sjukvårdsregionen nationellt i frågor om cancervården?",
  ])("the ledningsgrupp's own duty stays its own, a care area named or not: %s", (q) => {
    const r = router.route({ question: q });
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
