import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { documentIdOf } from "./parser";

/**
 * A curated correction file per document (samples/overrides/<documentId>.json, .yaml or .yml): facts the parser cannot
 * get from the text. Each applied fact is marked origin "override" in the catalog.
 */
export const InstanceSpecSchema = z.object({
  name: z.string().min(2),
  area: z.string().optional(),
  aliases: z.array(z.string()).default([]),
});
export type InstanceSpec = z.infer<typeof InstanceSpecSchema>;

export const OverrideSchema = z
  .object({
    /** documentId (file name without extension) or file name the override belongs to. */
    document: z.string().min(1),
    name: z.string().min(2).optional(),
    aliases: z.array(z.string()).default([]),
    organizationId: z.string().min(1).optional(),
    entryType: z.enum(["group", "kind"]).optional(),
    kindId: z.string().optional(),
    area: z.string().optional(),
    commissionerId: z.string().optional(),
    parentId: z.string().optional(),
    validUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /** Instances of a kind that this document's kind has (e.g. named verksamhetschefsgrupper). */
    instances: z.array(InstanceSpecSchema).default([]),
    /** Why the override exists (kept for reviewers). */
    note: z.string().optional(),
  })
  .strict();
export type Override = z.infer<typeof OverrideSchema>;

export type OverrideLoad =
  | { readonly ok: true; readonly overrides: Override[] }
  | { readonly ok: false; readonly code: "INVALID_OVERRIDE"; readonly message: string };

const YAML_FILE = /\.ya?ml$/i;
const OVERRIDE_FILE = /\.(json|ya?ml)$/i;

/** Parses one override file: YAML when the name ends in .yaml/.yml, otherwise JSON; both checked by OverrideSchema. */
export function parseOverride(text: string, fileName: string): { ok: true; override: Override } | { ok: false; code: "INVALID_OVERRIDE"; message: string } {
  let raw: unknown;
  const yaml = YAML_FILE.test(fileName);
  try {
    raw = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    return { ok: false, code: "INVALID_OVERRIDE", message: `${fileName}: not valid ${yaml ? "YAML" : "JSON"} (${(e as Error).message.split("\n")[0]})` };
  }
  const res = OverrideSchema.safeParse(raw);
  if (!res.success)
    return { ok: false, code: "INVALID_OVERRIDE", message: `${fileName}: ${res.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}` };
  return { ok: true, override: res.data };
}

/** Reads every *.json, *.yaml and *.yml in a folder (missing folder: none). */
export function loadOverrides(dir: string): OverrideLoad {
  if (!fs.existsSync(dir)) return { ok: true, overrides: [] };
  const out: Override[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => OVERRIDE_FILE.test(n)).sort()) {
    const r = parseOverride(fs.readFileSync(path.join(dir, f), "utf8"), f);
    if (!r.ok) return r;
    out.push(r.override);
  }
  return { ok: true, overrides: out };
}

export function overrideFor(overrides: readonly Override[], fileName: string): Override | undefined {
  const id = documentIdOf(fileName);
  return overrides.find((o) => o.document === id || o.document === fileName || documentIdOf(o.document) === id);
}
