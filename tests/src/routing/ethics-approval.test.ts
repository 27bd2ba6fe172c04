/**
 * Issue 13 (nothing covers it): research ethics approval is granted by the national Ethical Review Authority under the
 * Ethical Review Act (2003:460), never by one of the groups here — 004's "beakta forsknings och utbildningsaspekter" is
 * about how a råd prepares its matters, not a review of a study. Asked with no group named: none. Sentences written
 * for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("research ethics approval is no group's", () => {
  it.each([
    "I'm a PhD student. Where do I apply for ethical approval for a study that uses MR images from VGR hospitals?",
    "Vi vill forska på mammografibilder från sjukhusen i VGR. Vem ger etiskt godkännande?",
    "Who handles the ethics application for our research on CT scans in VGR?",
  ])("%s → none", (q) => {
    expect(router.route({ question: q }).status).toBe("none");
  });
});
