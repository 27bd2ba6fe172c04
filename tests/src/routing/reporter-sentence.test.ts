/**
 * Issue 13 (relation): whom a body that is no catalog group reports to is said by the mandate sentence with that body as
 * the subject of "rapporterar till" — 004 "Regionala processteam inom kunskapsstyrningen rapporterar till
 * samordningsrådet" — not by the reporting of the group the question guesses as the receiver (003 "Ordförande
 * rapporterar till hälso- och sjukvårdsdirektören" is the chair's). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";

it.each([
  "Rapporterar de regionala processteamen inom kunskapsstyrningen till samordningsrådet eller direkt till hälso- och sjukvårdsdirektören?",
  "Ska processteamen inom kunskapsstyrningen rapportera till samordningsrådet?",
])("%s → the råd whose mandate says so (004), citing its sentence", (q) => {
  const d = router.routeDetailed({ question: q });
  expect(d.result.owner?.id).toBe(BOF);
  expect(d.result.citations[0]?.text).toMatch(/processteam inom kunskapsstyrningen rapporterar till samordningsrådet/);
});

it("the chair's reporting stays the chair's (003)", () => {
  expect(router.route({ question: "Vem rapporterar ordföranden i bildrådet till?" }).owner?.id).toBe("vgr:halso-och-sjukvardsdirektor");
});
