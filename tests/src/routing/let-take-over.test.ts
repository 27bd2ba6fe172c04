/**
 * Issue 13 (relation): "låta någon ta över / överta ansvaret" is handing it over: asked with "vem", the giver — 004
 * "Regiondirektören har fördelat ansvaret att inrätta och avveckla samordningsråd till hälso- och
 * sjukvårdsutvecklingsdirektören". Sentence written for this test.
 */
import { asksWhoHandedOver } from "../../../src/routing/relation-party";
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it("Vem har låtit utvecklingsdirektören överta ansvaret att avveckla samordningsråd i VGR? → regiondirektören", () => {
  expect(router.route({ question: "Vem har låtit utvecklingsdirektören överta ansvaret att avveckla samordningsråd i VGR?" }).owner?.id).toBe("vgr:regiondirektor");
});

it("'lät … ta över' is handing over; 'lät' alone is not", () => {
  expect(asksWhoHandedOver(["vem", "lat", "direktoren", "ta", "over", "ansvaret"])).toBe(true);
  expect(asksWhoHandedOver(["vem", "lat", "gruppen", "traffas", "oftare"])).toBe(false);
});
