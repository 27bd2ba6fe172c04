/**
 * Issue 13 (english): "a decision made region-wide" is a region-wide decision: the adverb after the verb says what the
 * adjective before the noun says, and it is not the name "regionövergripande samordnande grupper". 004: "Ordförande
 * kan lyfta behov av regiongemensamt beslutsfattande till samordningsrådets kontaktperson". Sentences written for this
 * test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it.each([
  "Our samordningsråd chair needs a routine decided region-wide in VGR. Who should she take it to?",
  "Who does the chair of a VGR samordningsråd go to when something must be taken region-wide?",
])("%s → the samordningsråd's kontaktperson (004)", (question) => {
  expect(router.route({ question }).owner?.id).toBe("vgr:kontaktperson-samordningsrad");
});
