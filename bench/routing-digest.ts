/**
 * A digest of what a router's build made (bench/routing-build.ts --digest, bench/routing-load.ts, and the test that a
 * router read back from the build cache is the router built: tests/src/routing/router-index.test.ts).
 */
import { createHash } from "node:crypto";
import type { Router } from "../src/routing/router";

/** A hash of the router's built parts (read through its private fields: this is a bench's look inside, not an API). */
export function digest(router: Router): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const r = router as any;
  const h = createHash("sha1");
  const put = (label: string, x: unknown) => h.update(`${label}:${typeof x === "string" ? x : JSON.stringify(x)}\n`);
  const ix = r.index;
  for (const [k, a] of Object.entries(ix.postings as Record<string, ArrayLike<number>>)) put(k, Buffer.from(new Uint8Array((a as Int32Array).buffer, (a as Int32Array).byteOffset, (a as Int32Array).byteLength)).toString("base64"));
  put("terms", [...ix.termIds.keys()]);
  put("texts", ix.texts);
  for (const col of ["pEntry", "pSource", "pKind", "pText", "pSection"]) put(col, Array.from(ix[col].subarray(0, ix.n)));
  const v = r.vocab;
  put("keys", [...v.keys]);
  put("words", [...v.words]);
  put("spelling", [...v.spelling.counts]);
  put("passageWords", [...v.passageCache]);
  put("names", [r.names.variants, [...r.names.byTerm]]);
  return h.digest("hex");
}

/**
 * `digest` and the tables it leaves out (each term's number and document count, the spelling index's buckets, the
 * entries' and organisations' numbering, the names by entry): a router read back from the build cache must have all
 * of them as built. Not `digest` itself: its value is the one earlier rounds' READMEs quote.
 */
export function fullDigest(router: Router): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const r = router as any;
  const h = createHash("sha1");
  const put = (label: string, x: unknown) => h.update(`${label}:${JSON.stringify(x)}\n`);
  put("digest", digest(router));
  const ix = r.index;
  put("termIds", [...ix.termIds]);
  put("df", Array.from(ix.df));
  put("entries", [ix.entryIds, [...ix.entryIndex], ix.orgIds, [...ix.orgIndex], ix.entryOrg, ix.n]);
  const s = r.vocab.spelling;
  put("spelling", [s.words, s.mask, Array.from(s.start), Array.from(s.entries)]);
  put("names", [...r.names.variantsOf, [...r.names.entries.keys()]]);
  return h.digest("hex");
}
