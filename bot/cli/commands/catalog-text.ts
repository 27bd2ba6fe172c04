import { entryById, entryName } from "../../../src/catalog/lookup";
import type { FileOutcome } from "../../../src/catalog/ingest";
import type { Catalog, Citation, GroupRecord, QualityReport } from "../../../src/catalog/schema";
import { ORGANIZATIONS } from "../../../src/catalog/schema";

/** The human text of the catalog commands (their --json prints the data instead). */

const cite = (c: Citation) => `[${c.documentId.slice(0, 3)} ${c.section} r.${c.lineStart}${c.lineEnd !== c.lineStart ? `–${c.lineEnd}` : ""}${c.origin !== "parsed" ? `, ${c.origin}` : ""}]`;
const orgName = (id: string) => ORGANIZATIONS.find((o) => o.id === id)?.name ?? id;

export function qualityText(reports: readonly QualityReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.fileName} → ${r.entryId}: ${r.issues.length === 0 ? "no issues" : `${r.issues.length} issue(s)`}`);
    for (const i of r.issues) lines.push(`  ${i.code.padEnd(22)} ${i.message}`);
  }
  return lines.join("\n") || "No documents ingested.";
}

export function groupsText(catalog: Catalog): string {
  const lines: string[] = [];
  for (const org of [...new Set(catalog.entries.map((e) => e.organizationId))]) {
    lines.push(orgName(org));
    for (const e of catalog.entries.filter((x) => x.organizationId === org)) {
      const tag = e.entryType === "kind" ? "kind      " : e.entryType === "group" ? "group     " : "referenced";
      lines.push(`  ${tag} ${e.name}${e.kindId ? ` (instance of ${e.kindId})` : ""}  [${e.id}]`);
    }
  }
  return lines.join("\n");
}

export function showText(e: GroupRecord, catalog: Catalog): string {
  const name = (id: string | undefined) => (id ? entryName(catalog, id) : "");
  const L: string[] = [];
  L.push(`${e.name}  [${e.id}]`);
  L.push(`  ${e.entryType}${e.knownOnlyFromReferences ? " (known only from references)" : ""}, ${orgName(e.organizationId)}${e.kindId ? `, instance of ${name(e.kindId)}` : ""}`);
  if (e.area) L.push(`  Ansvarsområde: ${e.area}`);
  if (e.aliases.length) L.push(`  Also: ${e.aliases.join("; ")}`);
  if (e.commissioner) L.push(`Uppdragsgivare: ${name(e.commissioner.targetId)} ${cite(e.commissioner.citation)}`);
  if (e.parent) L.push(`Underställd: ${name(e.parent.targetId)} ${cite(e.parent.citation)}`);
  const list = (title: string, items: readonly { text: string; citation: Citation }[]) => {
    if (!items.length) return;
    L.push(`${title}:`);
    for (const c of items) L.push(`  • ${c.text} ${cite(c.citation)}`);
  };
  list("Syfte", e.purpose);
  list("Uppdrag", e.duties);
  list("Gränsdragning", e.boundaries.map((b) => ({ ...b, text: b.targetId ? `${b.text} → ${name(b.targetId)}` : b.text })));
  if (e.composition) {
    const facts = [e.composition.representation, e.composition.appointedByText ? `utses av ${e.composition.appointedByText}` : undefined, e.composition.deputies ? "ersättare" : undefined].filter(Boolean);
    list(`Sammansättning${facts.length ? ` (${facts.join(", ")})` : ""}`, e.composition.clauses);
  }
  if (e.chair) L.push(`Ordförande: ${e.chair.appointedByText ? `utses av ${e.chair.appointedByText}` : e.chair.clause.text}${e.chair.termYears ? `, ${e.chair.termYears} år` : ""} ${cite(e.chair.clause.citation)}`);
  if (e.viceChair) L.push(`Vice ordförande: ${e.viceChair.appointedByText ? `utses av ${e.viceChair.appointedByText}` : e.viceChair.clause.text}${e.viceChair.termYears ? `, ${e.viceChair.termYears} år` : ""} ${cite(e.viceChair.clause.citation)}`);
  list("Adjungerade", e.coOpted);
  if (e.meetingFrequency) {
    const m = e.meetingFrequency;
    L.push(`Möten: ${m.min}${m.max !== m.min ? `–${m.max}` : ""} per ${m.per === "year" ? "år" : m.per === "term" ? "termin" : "månad"} ${cite(m.clause.citation)}`);
  }
  if (e.reporting.length) {
    L.push("Rapportering:");
    for (const r of e.reporting) L.push(`  • ${r.what}${r.toId ? ` → ${name(r.toId)}` : ""}${r.dueMonthDay ? `, senast ${r.dueMonthDay}` : ""} ${cite(r.clause.citation)}`);
  }
  list("Beslut", e.decisionRules);
  list("Eskalering", e.escalation);
  if (e.validity) {
    const v = e.validity;
    const parts = [v.decidedDate ? `beslutad ${v.decidedDate}` : undefined, v.decidedBy ? `av ${v.decidedBy}` : undefined, v.validUntil ? `gäller t.o.m. ${v.validUntil}` : v.validUntilText ? `gäller t.o.m. "${v.validUntilText}"` : undefined, v.reviseByText ? `revideras ${v.reviseByText}` : undefined].filter(Boolean);
    L.push(`Giltighet: ${parts.join(", ") || "okänd"}`);
  }
  list("Omnämnd i", e.mentions);
  if (e.document) L.push(`Källa: ${e.document.fileName}${e.document.title ? ` "${e.document.title}"` : ""}${e.document.diarienummer ? `, ${e.document.diarienummer}` : ""}${e.document.date ? `, ${e.document.date}` : ""}`);
  const q = catalog.quality.find((r) => r.entryId === e.id);
  if (q && q.issues.length) {
    L.push("Kvalitet:");
    for (const i of q.issues) L.push(`  ! ${i.code}: ${i.message}`);
  }
  return L.join("\n");
}

/** Each file's outcome, then a table of what the ingested entries hold, then their quality issues. */
export function ingestText(outcomes: readonly FileOutcome[], result: { version: number; catalog: Catalog } | undefined, quality: readonly QualityReport[]): string {
  const L: string[] = [];
  outcomes.forEach((o, i) => {
    L.push(`[${i + 1}/${outcomes.length}] ${o.fileName}: ${o.status === "rejected" ? `REJECTED (${o.code}) ${o.message}` : `${o.status} → ${o.entryId} (v${o.version}${o.format && o.format !== "text" ? `, read as ${o.format.toUpperCase()}` : ""})`}`);
    if (o.status !== "rejected") for (const d of o.diff) L.push(`      ${d}`);
  });
  if (result) {
    L.push("", `${"document".padEnd(26)} ${"entry".padEnd(62)} ${"duties".padStart(6)} ${"bounds".padStart(6)} ${"issues".padStart(6)}`);
    for (const o of outcomes) {
      if (o.status === "rejected") continue;
      const e = entryById(result.catalog, o.entryId);
      const q = quality.find((x) => x.documentId === o.documentId);
      L.push(`${o.fileName.padEnd(26)} ${o.entryId.padEnd(62)} ${String(e?.duties.length ?? 0).padStart(6)} ${String(e?.boundaries.length ?? 0).padStart(6)} ${String(q?.issues.length ?? 0).padStart(6)}`);
    }
    L.push(`catalog version ${result.version}: ${result.catalog.entries.length} entries`, "", qualityText(quality));
  }
  return L.join("\n");
}
