import * as fs from "node:fs";
import * as path from "node:path";
import type { Clock } from "../domain/clock";
import { samplesDir } from "../paths";
import { buildCatalog, type ManualInstance, type RejectedDocument } from "./catalog";
import type { MandateSourceDoc } from "./cosmos-catalog-repository";
import { diffLines, diffMandate } from "./diff";
import { loadOverrides, type Override } from "./overrides";
import type { CatalogStore } from "./ports";
import { prepareMandate, type PrepareErrorCode, type PreparedMandate } from "./prepare";
import { recordOf, resolveTarget } from "./resolve";
import { MAX_FILE_BYTES } from "./readers/read-mandate";
import type { DocumentWorker } from "./readers/worker-host";
import type { Catalog, GroupRecord } from "./schema";

/** Use cases over the catalog store: ingest files, add instances, seed the samples. */

export interface IngestDeps {
  readonly catalog: CatalogStore;
  readonly clock: Clock;
  readonly timeZone: string;
  /** Reads PDF and Word files (default: the process's shared worker). */
  readonly worker?: DocumentWorker;
}

export interface IngestFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type FileOutcome =
  | { readonly fileName: string; readonly status: "added" | "updated" | "unchanged"; readonly documentId: string; readonly entryId: string; readonly version: number; readonly diff: string[]; readonly format?: string }
  | { readonly fileName: string; readonly status: "rejected"; readonly code: RejectedDocument["code"] | PrepareErrorCode | "UNREADABLE"; readonly message: string };

export interface IngestResult {
  readonly files: FileOutcome[];
  readonly catalog: Catalog;
  readonly version: number;
}

/** Readable diff between two versions of a document's entry (duties and boundaries first). */
export function diffRecords(before: GroupRecord | undefined, after: GroupRecord): string[] {
  return diffLines(diffMandate(before, after)).filter(() => !!before);
}

/**
 * Ingests mandate files (text, PDF, Word): each is read and checked first (empty, binary, huge,
 * encrypted, scanned, not a mandate → rejected with a message, nothing stored is touched); accepted
 * files replace the current version of their document (earlier versions kept, with a diff), then the
 * catalog is rebuilt from all stored sources and the catalog version bumped.
 */
export async function ingestMandates(
  deps: IngestDeps,
  files: readonly IngestFile[],
  overrides: readonly Override[],
  onProgress?: (outcome: FileOutcome, index: number, total: number) => void,
): Promise<IngestResult> {
  const outcomes: { at: number; o: FileOutcome }[] = [];
  const report = (at: number, o: FileOutcome) => {
    outcomes.push({ at, o });
    onProgress?.(o, outcomes.length, files.length);
  };
  // files are read before the catalog is locked: reading a PDF can take seconds
  const prepared: { at: number; f: IngestFile; p: PreparedMandate }[] = [];
  for (const [at, f] of files.entries()) {
    const p = await prepareMandate(f, deps.worker);
    if (p.ok) prepared.push({ at, f, p });
    else report(at, { fileName: f.fileName, status: "rejected", code: p.code, message: p.message });
  }
  const built = await lockedWrite(deps, "ingest", async () => {
    const now = deps.clock.now().toISOString();
    const current = new Map((await deps.catalog.sources()).map((s) => [s.documentId, s]));
    const before = await deps.catalog.load();
    for (const { at, f, p } of prepared) {
      const { documentId, fileName, previous: prev } = resolveTarget(p, [...current.values()], before, overrides);
      const after = recordOf(fileName, p.text, overrides)!;
      if (prev && prev.contentHash === p.doc.contentHash) {
        report(at, { fileName: f.fileName, status: "unchanged", documentId, entryId: after.id, version: prev.version, diff: [], format: p.format });
        continue;
      }
      const diff = prev ? diffRecords(recordOf(prev.fileName, prev.text, overrides), after) : [];
      const src = await storeVersion(deps, { documentId, fileName, prepared: { ...p, contentHash: p.doc.contentHash }, previous: prev, diff, now });
      current.set(documentId, { ...src, id: "", type: "mandateSource", organizationId: "_meta" });
      report(at, { fileName: f.fileName, status: prev ? "updated" : "added", documentId, entryId: after.id, version: src.version, diff, format: p.format });
    }
    return rebuild(deps, overrides, [...current.values()]);
  });
  return { files: outcomes.sort((a, b) => a.at - b.at).map((x) => x.o), catalog: built.catalog, version: built.version };
}

/**
 * Runs a catalog write under the write lock, waiting up to ~15 s for another writer (a publish in Teams,
 * another CLI) to finish.
 */
export async function lockedWrite<T>(deps: Pick<IngestDeps, "catalog">, what: string, fn: () => Promise<T>): Promise<T> {
  const owner = `${what}:${process.pid}:${Math.random().toString(36).slice(2)}`;
  for (let attempt = 0; attempt < 60; attempt++) {
    const r = await deps.catalog.withWriteLock(owner, fn);
    if (r.ok) return r.value;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error("the catalog is being changed by another process; try again in a minute");
}

/** A mandate's text as stored, with how it was read. */
export type StoredForm = Pick<PreparedMandate, "fileName" | "format" | "text" | "notes"> & { readonly pages?: number; readonly contentHash: string };

/**
 * Stores a new version of a document: the replaced one is kept as a version with the diff, the new text
 * becomes the current source. Answers the new source.
 */
export async function storeVersion(
  deps: Pick<IngestDeps, "catalog">,
  v: { documentId: string; fileName: string; prepared: StoredForm; previous?: MandateSourceDoc; diff: string[]; now: string; publishedBy?: { userId: string; name: string } },
) {
  const p = v.prepared;
  const prev = v.previous;
  const version = (prev?.version ?? 0) + 1;
  const origin = { format: p.format, originalFileName: p.fileName, ...(p.pages ? { pages: p.pages } : {}), notes: p.notes, ...(v.publishedBy ? { publishedBy: v.publishedBy } : {}) };
  if (prev)
    await deps.catalog.saveVersion({ ...originOf(prev), documentId: prev.documentId, fileName: prev.fileName, version: prev.version, text: prev.text, contentHash: prev.contentHash, ingestedAt: prev.ingestedAt, supersededAt: v.now, diff: v.diff });
  const src = { ...origin, documentId: v.documentId, fileName: v.fileName, text: p.text, contentHash: p.contentHash, version, ingestedAt: v.now };
  await deps.catalog.saveVersion(src);
  await deps.catalog.saveSource(src);
  return src;
}

/** The reading facts of a stored source (kept on its version when it is replaced). */
export function originOf(s: MandateSourceDoc) {
  return {
    ...(s.format ? { format: s.format } : {}),
    ...(s.originalFileName ? { originalFileName: s.originalFileName } : {}),
    ...(s.pages ? { pages: s.pages } : {}),
    ...(s.notes ? { notes: s.notes } : {}),
    ...(s.publishedBy ? { publishedBy: s.publishedBy } : {}),
  };
}

/** The catalog built from stored sources, overrides and manual instances, in memory. */
export async function buildFromSources(deps: Pick<IngestDeps, "catalog" | "clock" | "timeZone">, overrides: readonly Override[], sources: readonly Pick<MandateSourceDoc, "fileName" | "text" | "notes">[]): Promise<Catalog> {
  const instances: ManualInstance[] = await deps.catalog.manualInstances();
  return buildCatalog(
    sources.map((s) => ({ fileName: s.fileName, text: s.text, ...(s.notes ? { notes: s.notes } : {}) })),
    overrides,
    { clock: deps.clock, timeZone: deps.timeZone, instances },
  ).catalog;
}

/** Rebuilds the stored catalog from the stored sources, overrides and manual instances. */
export async function rebuild(deps: IngestDeps, overrides: readonly Override[], sources?: readonly MandateSourceDoc[]): Promise<{ catalog: Catalog; version: number }> {
  const built = await buildFromSources(deps, overrides, sources ?? (await deps.catalog.sources()));
  const version = await deps.catalog.replaceCatalog(built);
  return { catalog: { ...built, version }, version };
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
  const { catalog: next, version } = await lockedWrite(deps, "add-instance", async () => {
    await deps.catalog.addManualInstance({ ...spec, name });
    return rebuild(deps, overrides);
  });
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
      if (st.size > MAX_FILE_BYTES) {
        unreadable.push({ fileName: p, status: "rejected", code: "TOO_LARGE", message: `the file is ${(st.size / 1_000_000).toFixed(1)} MB; a mandate file is at most ${MAX_FILE_BYTES / 1_000_000} MB` });
        continue;
      }
      files.push({ fileName: path.basename(p), bytes: fs.readFileSync(p) });
    } catch (e) {
      unreadable.push({ fileName: p, status: "rejected", code: "UNREADABLE", message: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message });
    }
  }
  return { files, unreadable };
}

/** The sample mandates and the curated overrides shipped with the project. */

export interface SampleDirs {
  readonly mandatesDir: string;
  readonly overridesDir: string;
}

export const sampleDirs = (): SampleDirs => ({ mandatesDir: path.join(samplesDir(), "mandates"), overridesDir: path.join(samplesDir(), "overrides") });

/** Mandate files ingest reads: text, markdown, PDF and Word (the content decides, see readers/detect.ts). */
export const MANDATE_FILE = /\.(txt|md|pdf|docx)$/i;

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
  services: { readonly catalog: CatalogStore & { isEmpty(): Promise<boolean>; entries(): Promise<unknown[]> }; readonly clock: Clock; readonly config: { readonly timeZone: string } },
  dirs: SampleDirs = sampleDirs(),
): Promise<{ ingested: boolean; version: number; entries: number }> {
  if (!(await services.catalog.isEmpty())) return { ingested: false, version: await services.catalog.version(), entries: (await services.catalog.entries()).length };
  const names = fs.existsSync(dirs.mandatesDir) ? fs.readdirSync(dirs.mandatesDir).filter((n) => MANDATE_FILE.test(n)).sort() : [];
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
