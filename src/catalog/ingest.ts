import * as fs from "node:fs";
import * as path from "node:path";
import type { Clock } from "../domain/clock";
import { samplesDir } from "../paths";
import { buildCatalog, type ManualInstance, type RejectedDocument } from "./catalog";
import type { CosmosCatalogRepository, MandateSourceDoc } from "./cosmos-catalog-repository";
import { extractDocument } from "./extract";
import { loadOverrides, overrideFor, type Override } from "./overrides";
import { MAX_MANDATE_BYTES, parseDocument } from "./parser";
import type { Catalog, GroupRecord } from "./schema";
import { redactPersonalData } from "./text";

/** Use cases over the catalog repository: ingest files, add instances, seed the samples. */

export interface IngestDeps {
  readonly catalog: CosmosCatalogRepository;
  readonly clock: Clock;
  readonly timeZone: string;
}

export interface IngestFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type FileOutcome =
  | { readonly fileName: string; readonly status: "added" | "updated" | "unchanged"; readonly documentId: string; readonly entryId: string; readonly version: number; readonly diff: string[] }
  | { readonly fileName: string; readonly status: "rejected"; readonly code: RejectedDocument["code"] | "UNREADABLE"; readonly message: string };

export interface IngestResult {
  readonly files: FileOutcome[];
  readonly catalog: Catalog;
  readonly version: number;
}

/** Readable diff of duties and boundaries between two versions of a document's entry. */
export function diffRecords(before: GroupRecord | undefined, after: GroupRecord): string[] {
  const out: string[] = [];
  const cmp = (label: string, a: readonly { text: string }[], b: readonly { text: string }[]) => {
    const as = new Set(a.map((x) => x.text));
    const bs = new Set(b.map((x) => x.text));
    for (const t of as) if (!bs.has(t)) out.push(`- ${label}: ${t}`);
    for (const t of bs) if (!as.has(t)) out.push(`+ ${label}: ${t}`);
  };
  cmp("duty", before?.duties ?? [], after.duties);
  cmp("boundary", before?.boundaries ?? [], after.boundaries);
  return out;
}

function recordOf(fileName: string, text: string, overrides: readonly Override[]): GroupRecord | undefined {
  const p = parseDocument(text, fileName);
  if (!p.ok) return undefined;
  const o = overrideFor(overrides, fileName);
  return extractDocument(p.doc, { ...(o?.organizationId ? { organizationId: o.organizationId } : {}), ...(o?.name ? { name: o.name } : {}), ...(o?.entryType ? { entryType: o.entryType } : {}) }).record;
}

/**
 * Ingests mandate files: each is checked first (empty, binary, huge, not a mandate → rejected with a
 * message, nothing stored is touched); accepted files replace the current version of their document
 * (earlier versions kept, with a diff), then the catalog is rebuilt from all stored sources and the
 * catalog version bumped.
 */
export async function ingestMandates(
  deps: IngestDeps,
  files: readonly IngestFile[],
  overrides: readonly Override[],
  onProgress?: (outcome: FileOutcome, index: number, total: number) => void,
): Promise<IngestResult> {
  const now = deps.clock.now().toISOString();
  const current = new Map((await deps.catalog.sources()).map((s) => [s.documentId, s]));
  const outcomes: FileOutcome[] = [];
  const report = (o: FileOutcome) => {
    outcomes.push(o);
    onProgress?.(o, outcomes.length, files.length);
  };
  for (const f of files) {
    const parsed = parseDocument(f.bytes, f.fileName);
    if (!parsed.ok) {
      report({ fileName: f.fileName, status: "rejected", code: parsed.code, message: parsed.message });
      continue;
    }
    // stored without e-mail addresses and phone numbers (markers keep line numbers and notes)
    const text = redactPersonalData(Buffer.from(f.bytes).toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
    const doc = parsed.doc;
    const prev = current.get(doc.documentId);
    const after = recordOf(f.fileName, text, overrides)!;
    if (prev && prev.contentHash === doc.contentHash) {
      report({ fileName: f.fileName, status: "unchanged", documentId: doc.documentId, entryId: after.id, version: prev.version, diff: [] });
      continue;
    }
    const version = (prev?.version ?? 0) + 1;
    const diff = prev ? diffRecords(recordOf(prev.fileName, prev.text, overrides), after) : [];
    if (prev)
      await deps.catalog.saveVersion({ documentId: prev.documentId, fileName: prev.fileName, version: prev.version, text: prev.text, contentHash: prev.contentHash, ingestedAt: prev.ingestedAt, supersededAt: now, diff });
    await deps.catalog.saveVersion({ documentId: doc.documentId, fileName: f.fileName, version, text, contentHash: doc.contentHash, ingestedAt: now });
    const src = { documentId: doc.documentId, fileName: f.fileName, text, contentHash: doc.contentHash, version, ingestedAt: now };
    current.set(doc.documentId, { ...src, id: "", type: "mandateSource", organizationId: "_meta" });
    await deps.catalog.saveSource(src);
    report({ fileName: f.fileName, status: prev ? "updated" : "added", documentId: doc.documentId, entryId: after.id, version, diff });
  }
  const { catalog, version } = await rebuild(deps, overrides, [...current.values()]);
  return { files: outcomes, catalog, version };
}

/** Rebuilds the stored catalog from the stored sources, overrides and manual instances. */
export async function rebuild(deps: IngestDeps, overrides: readonly Override[], sources?: readonly MandateSourceDoc[]): Promise<{ catalog: Catalog; version: number }> {
  const src = sources ?? (await deps.catalog.sources());
  const instances: ManualInstance[] = await deps.catalog.manualInstances();
  const built = buildCatalog(
    src.map((s) => ({ fileName: s.fileName, text: s.text })),
    overrides,
    { clock: deps.clock, timeZone: deps.timeZone, instances },
  );
  const version = await deps.catalog.replaceCatalog(built.catalog);
  return { catalog: { ...built.catalog, version }, version };
}

export type AddInstanceResult =
  | { readonly ok: true; readonly entry: GroupRecord; readonly version: number }
  | { readonly ok: false; readonly code: "KIND_NOT_FOUND" | "NOT_A_KIND" | "NAME_TAKEN" | "INVALID_NAME"; readonly message: string };

/** `samverkan groups add --kind … --name …`: an instance of a kind, inheriting the kind's clauses. */
export async function addInstance(deps: IngestDeps, overrides: readonly Override[], spec: ManualInstance): Promise<AddInstanceResult> {
  const name = spec.name.trim();
  if (name.length < 2 || name.length > 200) return { ok: false, code: "INVALID_NAME", message: "the name must be 2–200 characters" };
  const catalog = await deps.catalog.load();
  const kind = catalog?.entries.find((e) => e.id === spec.kindId);
  if (!kind) return { ok: false, code: "KIND_NOT_FOUND", message: `no catalog entry with id "${spec.kindId}"` };
  if (kind.entryType !== "kind") return { ok: false, code: "NOT_A_KIND", message: `"${kind.name}" is a ${kind.entryType}, not a kind of group` };
  if (catalog!.entries.some((e) => e.name.toLowerCase() === name.toLowerCase() && e.organizationId === kind.organizationId))
    return { ok: false, code: "NAME_TAKEN", message: `there is already an entry called "${name}"` };
  await deps.catalog.addManualInstance({ ...spec, name });
  const { catalog: next, version } = await rebuild(deps, overrides);
  const entry = next.entries.find((e) => e.kindId === kind.id && e.name === name)!;
  return { ok: true, entry, version };
}

/** Reads files for ingest; a file that cannot be read or is over the size limit is reported, not thrown. */
export function readIngestFiles(paths: readonly string[]): { files: IngestFile[]; unreadable: FileOutcome[] } {
  const files: IngestFile[] = [];
  const unreadable: FileOutcome[] = [];
  for (const p of paths) {
    try {
      const st = fs.statSync(p);
      if (!st.isFile()) {
        unreadable.push({ fileName: p, status: "rejected", code: "UNREADABLE", message: "not a file" });
        continue;
      }
      if (st.size > MAX_MANDATE_BYTES) {
        unreadable.push({ fileName: p, status: "rejected", code: "TOO_LARGE", message: `the file is ${(st.size / 1_000_000).toFixed(1)} MB; a mandate is at most ${MAX_MANDATE_BYTES / 1_000_000} MB of text` });
        continue;
      }
      files.push({ fileName: path.basename(p), bytes: fs.readFileSync(p) });
    } catch (e) {
      unreadable.push({ fileName: p, status: "rejected", code: "UNREADABLE", message: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message });
    }
  }
  return { files, unreadable };
}

export interface SampleDirs {
  readonly mandatesDir: string;
  readonly overridesDir: string;
}

export const sampleDirs = (): SampleDirs => ({ mandatesDir: path.join(samplesDir(), "mandates"), overridesDir: path.join(samplesDir(), "overrides") });

/** Overrides from samples/overrides (the curated corrections shipped with the project). */
export function sampleOverrides(dirs: SampleDirs = sampleDirs()): Override[] {
  const r = loadOverrides(dirs.overridesDir);
  if (!r.ok) throw new Error(r.message);
  return r.overrides;
}

/**
 * Called by the bot at start (and the CLI): when the catalog is empty, ingests samples/mandates with
 * samples/overrides. Returns whether it ingested and the catalog version.
 */
export async function ensureSampleCatalog(
  services: { readonly catalog: CosmosCatalogRepository; readonly clock: Clock; readonly config: { readonly timeZone: string } },
  dirs: SampleDirs = sampleDirs(),
): Promise<{ ingested: boolean; version: number; entries: number }> {
  if (!(await services.catalog.isEmpty())) return { ingested: false, version: await services.catalog.version(), entries: (await services.catalog.entries()).length };
  const names = fs.existsSync(dirs.mandatesDir) ? fs.readdirSync(dirs.mandatesDir).filter((n) => /\.(txt|md)$/i.test(n)).sort() : [];
  const { files } = readIngestFiles(names.map((n) => path.join(dirs.mandatesDir, n)));
  const r = await ingestMandates({ catalog: services.catalog, clock: services.clock, timeZone: services.config.timeZone }, files, sampleOverrides(dirs));
  return { ingested: true, version: r.version, entries: r.catalog.entries.length };
}

/** The sample catalog built in memory (no store): for tests and tools that need the five mandates. */
export function sampleCatalog(clock: Clock, timeZone = "Europe/Stockholm", dirs: SampleDirs = sampleDirs()): Catalog {
  const names = fs.readdirSync(dirs.mandatesDir).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  const docs = names.map((n) => ({ fileName: n, text: fs.readFileSync(path.join(dirs.mandatesDir, n)) }));
  return buildCatalog(docs, sampleOverrides(dirs), { clock, timeZone }).catalog;
}
