/*
 * A chat question may put its question word late ("vcg:s minnesanteckningar skickas vart utöver ledningsgruppen"): the
 * clause from the question word on then holds only what the question leaves out ("utöver ledningsgruppen"), which is no
 * topic of its own, so the relation asked before it is the one asked (000 Rapportering: minnesanteckningar "delges
 * Ledningsgruppen och samverkansnämndens kansli"). Question written by the lead.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

it("reads the relation before a late question word whose clause only leaves something out", () => {
  expect(say("vcg:s minnesanteckningar skickas vart utöver ledningsgruppen")).toBe("owner sjukvardsregion-mellansverige:kansli");
});
