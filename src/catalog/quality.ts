import type { ExtractedDocument } from "./extract";
import type { GroupRecord, QualityIssue } from "./schema";
import { UNKNOWN_ORGANIZATION_ID } from "./schema";

/**
 * A document's quality report: placeholders left in it, facts it does not state, validity that has run
 * out or soon will, a revision date passed, what the parser noted and what reading the file noted.
 * `today` is the organisation's local date (from the clock), so the report does not depend on the TZ.
 */

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

function missingFacts(record: GroupRecord): QualityIssue[] {
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
  return missing.filter(([cond]) => cond).map(([, field, message]) => ({ code: "MISSING_FIELD", message, field, params: { field } }));
}

function dateIssues(record: GroupRecord, today: string): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const until = record.validity?.validUntil;
  if (until && until < today) issues.push({ code: "VALIDITY_EXPIRED", message: `the mandate was valid until ${until}`, field: "validity.validUntil", params: { until } });
  else if (until && until <= addMonths(today, 6))
    issues.push({ code: "VALIDITY_ENDING_SOON", message: `the mandate is valid until ${until} (within six months)`, field: "validity.validUntil", params: { until } });
  const revise = record.validity?.reviseBy;
  const text = record.validity?.reviseByText ?? revise;
  if (revise && revise < today)
    issues.push({ code: "REVISION_PASSED", message: `the document says it is to be revised "${text}" (by ${revise}); that date has passed`, field: "validity.reviseBy", params: { reviseBy: revise, text: text! } });
  return issues;
}

export function qualityOf(ex: ExtractedDocument, record: GroupRecord, today: string, readNotes: readonly QualityIssue[] = []): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const p of ex.placeholders)
    issues.push({ code: "PLACEHOLDER", message: `placeholder left in the document: "${p.text}"`, field: p.field, lineStart: p.line, lineEnd: p.line, params: { text: p.text, line: p.line } });
  if (ex.missingDate) issues.push({ code: "PLACEHOLDER", message: "the document's Datum field is empty", field: "document.date", params: { what: "date" } });
  issues.push(...missingFacts(record));
  if (record.organizationId === UNKNOWN_ORGANIZATION_ID)
    issues.push({ code: "UNKNOWN_ORGANIZATION", message: "the document does not say which organisation it belongs to; add an override", field: "organizationId" });
  issues.push(...dateIssues(record, today));
  for (const n of ex.notes) issues.push({ code: n.code, message: n.message, lineStart: n.lineStart, lineEnd: n.lineEnd, ...(n.params ? { params: { ...n.params } } : {}) });
  issues.push(...readNotes);
  return issues;
}
