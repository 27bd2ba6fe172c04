/**
 * Issue 13 (typed): "admin stöd", "adm stöd" are the administrative support 000 gives to each group's chair
 * ("Ordförande i respektive verksamhetsgrupp ansvarar för ev. administrativt stöd"), read as the long form
 * (forkortningar.yaml). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it.each(["vem fixar admin stod till vcg, typ protokoll o kallelser", "vem ordnar admin stöd åt vcg typ kallelser och anteckningar"])("%s → the VCG (its chair's duty, 000)", (q) => {
  const d = router.routeDetailed({ question: q });
  expect(d.analysis.asks).toBe("support");
  expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  expect(d.result.citations[0]?.text).toMatch(/administrativt stöd/);
});
