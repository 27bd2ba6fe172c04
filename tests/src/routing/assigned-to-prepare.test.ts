/**
 * Issue 13 (relation): "ge X i uppdrag att bereda" asks who assigns the group matters to prepare — 003 "bereda och
 * genomföra ärenden på uppdrag av koncernledning hälso- och sjukvård" — not the group's commissioner in general (004
 * "Uppdragsgivare: Hälso- och sjukvårdsutvecklingsdirektör"), which answers "Vem ger bildrådet uppdrag?". Sentences
 * written for this test. (BoF's own 004 says it too: "bereda frågor eller ta emot uppdrag från ledningsgrupp hälso- och sjukvård".)
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it("an assignment to prepare a matter → koncernledning hälso- och sjukvård (003)", () => {
  const d = router.routeDetailed({ question: "Vem får ge samordningsrådet för bild- och funktionsmedicin i uppdrag att bereda ett ärende?" });
  expect(d.result.owner?.id).toBe("vgr:koncernledning-halso-och-sjukvard");
  expect(d.result.citations[0]?.text).toMatch(/bereda frågor eller ta emot uppdrag från ledningsgrupp|bereda och genomföra ärenden på uppdrag av koncernledning/);
});

it("the group's commissioner stays the development director (004)", () => {
  const d = router.routeDetailed({ question: "Vem ger bildrådet uppdrag?" });
  expect(d.result.owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
});
