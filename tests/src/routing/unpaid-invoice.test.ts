/**
 * Issue 13 (none): a payment reminder for an invoice is a payment between two parties, handled by their finance offices
 * — no mandate covers it, however much of the message speaks of examinations or a region of the sjukvårdsregion (as
 * approving an invoice already was). Unpaid overtime stays a matter of working conditions (004). Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("an unpaid invoice", () => {
  it.each([
    ["Region Dalarna har skickat en påminnelsefaktura för röntgenundersökningarna i mars. Vem kontaktar jag?"],
    ["Vi har fått en betalningspåminnelse från Region Uppsala för vårdtjänster – vilken grupp tar det?"],
  ])("%s → none, a practical matter", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("not-care");
  });

  it("unpaid overtime is no invoice", () => {
    const d = router.routeDetailed({ question: "Röntgensjuksköterskorna i VGR har obetald övertid efter varje helg. Vem tar upp det?" });
    expect(d.analysis.reason).not.toBe("not-care");
  });
});
