/**
 * Issue 13 (topic): a clause that mentions two bodies in different sentences says each one's part in its own sentence.
 * 004: "Samordningsrådets uppdrag utgår från regiondirektörens ansvar för samordning av Västra Götalandsregionens
 * samtliga verksamheter och se till att det finns ledningsstrukturer för den samordningen. … Regiondirektören har fördelat
 * ansvaret att inrätta och avveckla samordningsråd till hälso- och sjukvårdsutvecklingsdirektören." Who sees to the
 * leadership structures is the regiondirektör; the development director's part is setting up and closing the råd.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it.each([
  "Vem i VGR ansvarar för att det finns ledningsstrukturer som samordnar regionens alla verksamheter?",
  "Who in VGR is responsible for there being management structures to coordinate all of the region's operations?",
])("%s → the regiondirektör, citing the sentence that names it", (question) => {
  const r = router.route({ question });
  expect(r.owner?.id).toBe("vgr:regiondirektor");
  expect(r.citations.map((c) => c.text).join(" ")).toMatch(/regiondirektörens ansvar för samordning/);
});

it("setting up a samordningsråd is still the development director's (004)", () => {
  expect(router.route({ question: "Vem inrättar och avvecklar samordningsråd i VGR?" }).owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
});
