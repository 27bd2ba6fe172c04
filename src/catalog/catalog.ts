import type { Clock } from "../domain/clock";
import { localDate } from "../domain/clock";
import { KNOWN_BODIES, type BodyPattern } from "./bodies";
import { extractDocument, type ExtractedDocument } from "./extract";
import { overrideFor, type InstanceSpec, type Override } from "./overrides";
import { gluedWords, vocabularyOf } from "./glued";
import { parseDocument, type ParsedDocument, type ParseErrorCode } from "./parser";
import {
  ORGANIZATIONS,
  UNKNOWN_ORGANIZATION_ID,
  type Catalog,
  type Citation,
  type Clause,
  type GroupRecord,
  type QualityIssue,
  type QualityReport,
} from "./schema";
import { fold, slug } from "./text";

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
const inherit = <T extends { citation: Citation }>(c: T): T => ({ ...c, citation: { ...c.citation, origin: "inherited" } });

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1 + months, d));
  return dt.toISOString().slice(0, 10);
}

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

/** An instance of a kind: the kind's clauses, marked inherited. */
export function instantiate(kind: GroupRecord, spec: { name: string; area?: string; aliases?: readonly string[] }, origin: "override" | "manual"): GroupRecord {
  const id = `${kind.organizationId}:${slug(spec.name)}`;
  const ref = (r: GroupRecord["commissioner"]) => (r ? { ...r, citation: { ...r.citation, origin: "inherited" as const } } : undefined);
  const rule = <T extends { clause: Clause }>(x: T | undefined) => (x ? { ...x, clause: inherit(x.clause) } : undefined);
  const commissioner = ref(kind.commissioner);
  const parent = ref(kind.parent);
  const chair = rule(kind.chair);
  const viceChair = rule(kind.viceChair);
  const meetingFrequency = rule(kind.meetingFrequency);
  return {
    id,
    type: "group",
    entryType: "group",
    name: spec.name,
    aliases: [...(spec.aliases ?? [])],
    kindId: kind.id,
    ...(spec.area ? { area: spec.area } : {}),
    organizationId: kind.organizationId,
    knownOnlyFromReferences: false,
    ...(commissioner ? { commissioner } : {}),
    ...(parent ? { parent } : {}),
    purpose: kind.purpose.map(inherit),
    duties: kind.duties.map(inherit),
    boundaries: kind.boundaries.map(inherit),
    ...(kind.composition ? { composition: { ...kind.composition, clauses: kind.composition.clauses.map(inherit) } } : {}),
    ...(chair ? { chair } : {}),
    ...(viceChair ? { viceChair } : {}),
    coOpted: kind.coOpted.map(inherit),
    ...(meetingFrequency ? { meetingFrequency } : {}),
    reporting: kind.reporting.map((r) => ({ ...r, clause: inherit(r.clause) })),
    decisionRules: kind.decisionRules.map(inherit),
    escalation: kind.escalation.map(inherit),
    ...(kind.validity ? { validity: { ...kind.validity, clauses: kind.validity.clauses.map(inherit) } } : {}),
    other: kind.other.map(inherit),
    mentions: [],
    ...(kind.document ? { document: kind.document } : {}),
    overriddenFields: origin === "override" ? ["name", ...(spec.area ? ["area"] : [])] : [],
  };
}

function qualityOf(ex: ExtractedDocument, record: GroupRecord, today: string, readNotes: readonly QualityIssue[] = []): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const p of ex.placeholders)
    issues.push({ code: "PLACEHOLDER", message: `placeholder left in the document: "${p.text}"`, field: p.field, lineStart: p.line, lineEnd: p.line, params: { text: p.text, line: p.line } });
  if (ex.missingDate) issues.push({ code: "PLACEHOLDER", message: "the document's Datum field is empty", field: "document.date", params: { what: "date" } });
  const missing: [boolean, string, string][] = [
    [!record.commissioner, "commissioner", "no commissioner (uppdragsgivare)"],
    [record.purpose.length === 0, "purpose", "no purpose (syfte)"],
    [record.duties.length === 0, "duties", "no duties (uppdrag)"],
    [!record.composition, "composition", "no composition rule (deltagare/sammansättning)"],
    [!record.chair, "chair", "no rule for appointing the chair (ordförande)"],
    [!record.meetingFrequency, "meetingFrequency", "no meeting frequency (mötesfrekvens)"],
    [record.reporting.length === 0, "reporting", "no reporting duty (rapportering)"],
    [!record.validity?.decidedDate, "validity.decidedDate", "no decision date (when the mandate was adopted)"],
  ];
  for (const [cond, field, message] of missing) if (cond) issues.push({ code: "MISSING_FIELD", message, field, params: { field } });
  if (record.organizationId === UNKNOWN_ORGANIZATION_ID)
    issues.push({ code: "UNKNOWN_ORGANIZATION", message: "the document does not say which organisation it belongs to; add an override", field: "organizationId" });
  const until = record.validity?.validUntil;
  if (until) {
    if (until < today) issues.push({ code: "VALIDITY_EXPIRED", message: `the mandate was valid until ${until}`, field: "validity.validUntil", params: { until } });
    else if (until <= addMonths(today, 6)) issues.push({ code: "VALIDITY_ENDING_SOON", message: `the mandate is valid until ${until} (within six months)`, field: "validity.validUntil", params: { until } });
  }
  const revise = record.validity?.reviseBy;
  if (revise && revise < today)
    issues.push({
      code: "REVISION_PASSED",
      message: `the document says it is to be revised "${record.validity?.reviseByText ?? revise}" (by ${revise}); that date has passed`,
      field: "validity.reviseBy",
      params: { reviseBy: revise, text: record.validity?.reviseByText ?? revise },
    });
  for (const n of ex.notes) issues.push({ code: n.code, message: n.message, lineStart: n.lineStart, lineEnd: n.lineEnd, ...(n.params ? { params: { ...n.params } } : {}) });
  issues.push(...readNotes);
  return issues;
}

/**
 * Pure: mandate documents + override files (+ manual instances) → the catalog. Bad documents are
 * returned in `rejected` with a code and message; they never stop the others.
 */
export function buildCatalog(docs: readonly MandateSource[], overrides: readonly Override[], opts: BuildOptions): BuildResult {
  const today = localDate(opts.clock.now(), opts.timeZone ?? "Europe/Stockholm");
  const rejected: RejectedDocument[] = [];
  const extracted: { ex: ExtractedDocument; record: GroupRecord; override?: Override; readNotes: readonly QualityIssue[] }[] = [];
  const documents: BuildResult["documents"] = [];
  const parsedDocs: ParsedDocument[] = [];
  const readNotes = new Map<ParsedDocument, readonly QualityIssue[]>();
  for (const d of docs) {
    const parsed = parseDocument(d.text, d.fileName);
    if (!parsed.ok) rejected.push({ fileName: d.fileName, code: parsed.code, message: parsed.message });
    else {
      parsedDocs.push(parsed.doc);
      readNotes.set(parsed.doc, d.notes ?? []);
    }
  }
  // words glued by text extraction are judged against the words of all documents
  const vocabulary = vocabularyOf(parsedDocs);
  for (const doc of parsedDocs) {
    const parsed = { doc: { ...doc, notes: [...doc.notes, ...gluedWords(doc, vocabulary)] } };
    const d = { fileName: doc.fileName };
    const o = overrideFor(overrides, d.fileName);
    const ex = extractDocument(parsed.doc, { ...(o?.organizationId ? { organizationId: o.organizationId } : {}), ...(o?.name ? { name: o.name } : {}), ...(o?.entryType ? { entryType: o.entryType } : {}) });
    const record = applyOverride(ex, o);
    extracted.push({ ex, record, ...(o ? { override: o } : {}), readNotes: readNotes.get(doc) ?? [] });
    documents.push({ fileName: d.fileName, documentId: parsed.doc.documentId, entryId: record.id });
  }

  const entries = new Map<string, GroupRecord>();
  const quality: QualityReport[] = [];
  for (const { ex, record, readNotes: notes } of extracted) {
    const prev = entries.get(record.id);
    // two documents for the same group: the later date wins (a revised mandate)
    if (prev && (prev.document?.date ?? "") > (record.document?.date ?? "")) continue;
    entries.set(record.id, record);
    quality.push({ documentId: ex.record.document!.documentId, fileName: ex.record.document!.fileName, entryId: record.id, issues: qualityOf(ex, record, today, notes) });
  }

  // instances of kinds: kinds named by override (kindId) link automatically; override/manual instances are created
  const kinds = [...entries.values()].filter((e) => e.entryType === "kind");
  for (const e of entries.values()) {
    if (e.entryType !== "group" || e.kindId) continue;
    const head = fold(e.name).split(" ")[0];
    const k = kinds.find((k) => k.organizationId === e.organizationId && fold(k.name).split(" ")[0] === head);
    if (k) entries.set(e.id, { ...e, kindId: k.id });
  }
  // an instance whose own document states no purpose has its kind's purpose, marked inherited
  for (const e of [...entries.values()]) {
    const kind = e.kindId ? entries.get(e.kindId) : undefined;
    if (e.entryType === "group" && kind?.entryType === "kind" && e.purpose.length === 0 && kind.purpose.length > 0)
      entries.set(e.id, { ...e, purpose: kind.purpose.map(inherit) });
  }
  const addInstance = (kindId: string, spec: InstanceSpec | ManualInstance, origin: "override" | "manual") => {
    const kind = entries.get(kindId);
    if (!kind || kind.entryType !== "kind") return;
    const inst = instantiate(kind, spec, origin);
    if (!entries.has(inst.id)) entries.set(inst.id, inst);
  };
  for (const { record, override } of extracted) for (const spec of override?.instances ?? []) addInstance(record.id, spec, "override");
  for (const m of opts.instances ?? []) addInstance(m.kindId, m, "manual");

  // referenced bodies: every body a clause names, with the clauses that describe it
  const bodyById = new Map<string, BodyPattern>(KNOWN_BODIES.map((b) => [b.id, b]));
  for (const { ex } of extracted) for (const b of ex.adHocBodies) bodyById.set(b.id, b);
  const referenced = (id: string): GroupRecord | undefined => {
    const existing = entries.get(id);
    if (existing) return existing;
    const b = bodyById.get(id);
    if (!b) return undefined;
    const r: GroupRecord = {
      id: b.id,
      type: "group",
      entryType: "referenced",
      name: b.name,
      aliases: [],
      organizationId: b.organizationId,
      knownOnlyFromReferences: true,
      purpose: [],
      duties: [],
      boundaries: [],
      coOpted: [],
      reporting: [],
      decisionRules: [],
      escalation: [],
      other: [],
      mentions: [],
      overriddenFields: [],
    };
    entries.set(id, r);
    return r;
  };
  for (const { ex } of extracted) {
    for (const m of ex.mentions) {
      const target = referenced(m.body.id);
      if (!target) continue;
      if (!target.mentions.some((c) => c.citation.documentId === m.clause.citation.documentId && c.citation.lineStart === m.clause.citation.lineStart))
        entries.set(target.id, { ...target, mentions: [...target.mentions, m.clause] });
    }
  }
  // references to ids no entry has (override typos) stay as written; make sure every known target exists
  for (const e of [...entries.values()]) for (const t of [e.commissioner?.targetId, e.parent?.targetId, e.kindId]) if (t) referenced(t);

  const sorted = [...entries.values()].sort((a, b) => a.organizationId.localeCompare(b.organizationId) || a.entryType.localeCompare(b.entryType) || a.name.localeCompare(b.name, "sv"));
  return {
    catalog: { version: opts.version ?? 1, organizations: [...ORGANIZATIONS], entries: sorted, quality },
    rejected,
    documents,
  };
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
