/**
 * Issue 13 (relations): "den årliga berättelsen" is the yearly account of 000 ("En skriftlig årlig
 * verksamhetsberättelse … ska sammanställas till samverkansnämndens ledningsgrupp") said without its first part — whom a group sends it to is
 * the reports relation, as "årsberättelse" asks. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the yearly account", () => {
  it.each([
    ["Vem tar emot verksamhetschefsgruppens årliga berättelse?", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Verksamhetschefsgruppen ska lämna en årlig berättelse – vem ska få den?", "sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (question, id) => {
    const r = router.route({ question });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(id);
  });
});
