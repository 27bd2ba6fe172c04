/**
 * Issue 13 (relation): "få ett eget samordningsråd" — the indefinite article with "eget"/"separat" — is one more råd, set
 * up for it; who decides that is who sets up samordningsråd (004: "Hälso- och sjukvårdsutvecklingsdirektören har ansvaret
 * att inrätta och avveckla samordningsråd"). "Vårt eget råd" is one that exists. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a råd of one's own is one set up", () => {
  it.each([
    "Vem beslutar om klinisk fysiologi kan få ett separat samordningsråd i VGR?",
    "Who decides whether clinical physiology can get its own council in VGR?",
  ])("%s → hälso- och sjukvårdsutvecklingsdirektör", (question) => {
    expect(router.route({ question }).owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
  });
});
