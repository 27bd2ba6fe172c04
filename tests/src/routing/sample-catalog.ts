import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { buildCatalog } from "../../../src/catalog/catalog";
import { loadOverrides } from "../../../src/catalog/overrides";
import type { Catalog } from "../../../src/catalog/schema";

const ROOT = join(__dirname, "..", "..", "..");

/** The catalog built from samples/mandates + samples/overrides. */
export function sampleCatalog(version = 1): Catalog {
  const dir = join(ROOT, "samples", "mandates");
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ fileName: f, text: readFileSync(join(dir, f)) }));
  const ov = loadOverrides(join(ROOT, "samples", "overrides"));
  const overrides = ov.ok ? ov.overrides : [];
  return buildCatalog(docs, overrides, { clock: { now: () => new Date("2026-11-23T12:00:00Z") }, version }).catalog;
}

export const FIXTURE = join(ROOT, "tests", "fixtures", "routing-questions.jsonl");
