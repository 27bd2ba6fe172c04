/**
 * Issue 13 (none): an invoice not paid is a payment between two parties, handled by their finance offices — no
 * mandate covers it, however much of the message speaks of examinations or a region of the sjukvårdsregion (as approving
 * an invoice already was). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("an unpaid invoice", () => {
  it.each([
    ["Vår faktura till Region Dalarna för röntgenundersökningarna i mars är fortfarande inte betald. Vem kontaktar jag?"],
    ["Vi har fått en betalningspåminnelse från Region Uppsala för vårdtjänster – vilken grupp tar det?"],
  ])("%s → none, a practical matter", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("not-care");
  });
});
