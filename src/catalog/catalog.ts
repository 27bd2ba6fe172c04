import type { Clock } from "../domain/clock";
import { localDate } from "../domain/clock";
import { extractDocument, type ExtractedDocument } from "./extract";
import { gluedWords, vocabularyOf } from "./glued";
import { linkKinds } from "./kinds";
import { overrideFor, type Override } from "./overrides";
import { parseDocument, type ParsedDocument, type ParseErrorCode } from "./parser";
import { qualityOf } from "./quality";
import { addReferencedBodies } from "./referenced";
import { ORGANIZATIONS, type Catalog, type Citation, type GroupRecord, type QualityIssue, type QualityReport } from "./schema";
import { fold } from "./text";

export { instantiate } from "./kinds";

/** A mandate document as read from disk or storage. */
export interface MandateSource {
  readonly fileName: string;
  readonly text: string | Uint8Array;
  /** What reading the original file (PDF, Word) changed or could not read: joins the quality report. */
  readonly notes?: readonly QualityIssue[];
}

/** An instance added outside documents (`samverkan groups add --kind … --name …`). */
export interface ManualInstance {
  readonly kindId: string;
  readonly name: string;
  readonly area?: string;
  readonly aliases?: readonly string[];
}

export interface BuildOptions {
  readonly clock: Clock;
  readonly timeZone?: string;
  readonly instances?: readonly ManualInstance[];
  readonly version?: number;
}

export interface RejectedDocument {
  readonly fileName: string;
  readonly code: ParseErrorCode;
  readonly message: string;
}

export interface BuildResult {
  readonly catalog: Catalog;
  readonly rejected: RejectedDocument[];
  /** Per accepted document: its entry id. */
  readonly documents: { fileName: string; documentId: string; entryId: string }[];
}

const overrideCitation = (documentId: string, field: string): Citation => ({ documentId, section: `override: ${field}`, lineStart: 0, lineEnd: 0, origin: "override" });
/** Applies an override to an extracted record: each changed fact is marked origin "override". */
function applyOverride(ex: ExtractedDocument, o: Override | undefined): GroupRecord {
  const r = ex.record;
  if (!o) return r;
  const fields: string[] = [];
  const docId = r.document?.documentId ?? r.id;
  let out: GroupRecord = { ...r };
  if (o.aliases.length) {
    out = { ...out, aliases: [...new Set([...out.aliases, ...o.aliases])].filter((a, i, all) => fold(a) !== fold(out.name) && all.findIndex((b) => fold(b) === fold(a)) === i) };
    fields.push("aliases");
  }
  if (o.kindId) {
    out = { ...out, kindId: o.kindId };
    fields.push("kindId");
  }
  if (o.area) {
    out = { ...out, area: o.area };
    fields.push("area");
  }
  if (o.commissionerId) {
    out = { ...out, commissioner: { targetId: o.commissionerId, text: out.commissioner?.text ?? o.commissionerId, citation: overrideCitation(docId, "commissionerId") } };
    fields.push("commissioner");
  }
  if (o.parentId) {
    out = { ...out, parent: { targetId: o.parentId, text: out.parent?.text ?? o.parentId, citation: overrideCitation(docId, "parentId") } };
    fields.push("parent");
  }
  if (o.validUntil) {
    out = {
      ...out,
      validity: {
        ...(out.validity ?? { clauses: [] }),
        validUntil: o.validUntil,
        clauses: [...(out.validity?.clauses ?? []), { text: `giltig till och med ${o.validUntil}`, citation: overrideCitation(docId, "validUntil") }],
      },
    };
    fields.push("validity.validUntil");
  }
  if (o.name) fields.push("name");
  if (o.organizationId) fields.push("organizationId");
  if (o.entryType) fields.push("entryType");
  return { ...out, overriddenFields: [...new Set([...out.overriddenFields, ...fields])] };
}

interface Extracted {
  readonly doc: ParsedDocument;
  readonly ex: ExtractedDocument;
  readonly record: GroupRecord;
  readonly override?: Override;
  readonly readNotes: readonly QualityIssue[];
}

/** Each document parsed; the ones that are not mandates (empty, binary, no headings) rejected with their code. */
function parseAll(docs: readonly MandateSource[]): { parsed: { doc: ParsedDocument; notes: readonly QualityIssue[] }[]; rejected: RejectedDocument[] } {
  const parsed: { doc: ParsedDocument; notes: readonly QualityIssue[] }[] = [];
  const rejected: RejectedDocument[] = [];
  for (const d of docs) {
    const r = parseDocument(d.text, d.fileName);
    if (r.ok) parsed.push({ doc: r.doc, notes: d.notes ?? [] });
    else rejected.push({ fileName: d.fileName, code: r.code, message: r.message });
  }
  return { parsed, rejected };
}

/** Each parsed document's facts, with its override applied; words glued by extraction judged against all documents' words. */
function extractAll(parsed: readonly { doc: ParsedDocument; notes: readonly QualityIssue[] }[], overrides: readonly Override[]): Extracted[] {
  const vocabulary = vocabularyOf(parsed.map((p) => p.doc));
  return parsed.map(({ doc, notes }) => {
    const withGlued = { ...doc, notes: [...doc.notes, ...gluedWords(doc, vocabulary)] };
    const o = overrideFor(overrides, doc.fileName);
    const ex = extractDocument(withGlued, { ...(o?.organizationId ? { organizationId: o.organizationId } : {}), ...(o?.name ? { name: o.name } : {}), ...(o?.entryType ? { entryType: o.entryType } : {}) });
    return { doc, ex, record: applyOverride(ex, o), ...(o ? { override: o } : {}), readNotes: notes };
  });
}

/**
 * Pure: mandate documents + override files (+ manual instances) → the catalog. Bad documents are
 * returned in `rejected` with a code and message; they never stop the others.
 */
export function buildCatalog(docs: readonly MandateSource[], overrides: readonly Override[], opts: BuildOptions): BuildResult {
  const today = localDate(opts.clock.now(), opts.timeZone ?? "Europe/Stockholm");
  const { parsed, rejected } = parseAll(docs);
  const extracted = extractAll(parsed, overrides);
  const documents = extracted.map(({ doc, record }) => ({ fileName: doc.fileName, documentId: doc.documentId, entryId: record.id }));
  const entries = new Map<string, GroupRecord>();
  const quality: QualityReport[] = [];
  for (const { ex, record, readNotes } of extracted) {
    const prev = entries.get(record.id);
    // two documents for the same group: the later date wins (a revised mandate)
    if (prev && (prev.document?.date ?? "") > (record.document?.date ?? "")) continue;
    entries.set(record.id, record);
    quality.push({ documentId: ex.record.document!.documentId, fileName: ex.record.document!.fileName, entryId: record.id, issues: qualityOf(ex, record, today, readNotes) });
  }
  const named = [
    ...extracted.flatMap(({ record, override }) => (override?.instances ?? []).map((spec) => ({ kindId: record.id, spec, origin: "override" as const }))),
    ...(opts.instances ?? []).map((m) => ({ kindId: m.kindId, spec: m, origin: "manual" as const })),
  ];
  linkKinds(entries, named);
  addReferencedBodies(entries, extracted.map((x) => x.ex));
  const sorted = [...entries.values()].sort((a, b) => a.organizationId.localeCompare(b.organizationId) || a.entryType.localeCompare(b.entryType) || a.name.localeCompare(b.name, "sv"));
  return { catalog: { version: opts.version ?? 1, organizations: [...ORGANIZATIONS], entries: sorted, quality }, rejected, documents };
}

/** Entries that refer to the given entry (as commissioner, parent, kind, report recipient, boundary target, appointer). */
export function referencesTo(catalog: Catalog, id: string): { entryId: string; relation: string }[] {
  const out: { entryId: string; relation: string }[] = [];
  for (const e of catalog.entries) {
    if (e.commissioner?.targetId === id) out.push({ entryId: e.id, relation: "commissioned-by" });
    if (e.parent?.targetId === id) out.push({ entryId: e.id, relation: "reports-to-parent" });
    if (e.kindId === id) out.push({ entryId: e.id, relation: "instance-of" });
    if (e.reporting.some((r) => r.toId === id)) out.push({ entryId: e.id, relation: "reports-to" });
    if (e.boundaries.some((b) => b.targetId === id)) out.push({ entryId: e.id, relation: "boundary" });
    if (e.chair?.appointedById === id || e.composition?.appointedById === id) out.push({ entryId: e.id, relation: "appointed-by" });
  }
  return out;
}
