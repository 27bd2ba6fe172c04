import { safeId } from "../storage/documents";
import type { Approval, Approver, Minutes, MinutesApproval } from "./schema";

/**
 * Approvals without contention: each approver's approval is its own record (one per approver and round,
 * created once), and whether everyone has approved is decided from the records. Pure functions here;
 * the writes are in approval.ts.
 */

/** One record per approver and round: a second click finds it instead of writing again. */
export const approvalIdOf = (m: Pick<Minutes, "id" | "round">, key: string) => safeId("mapproval", m.id, `r${m.round}`, key);

/** A record counts while it belongs to the current round and version and was not withdrawn by a later change request. */
export function counts(m: Pick<Minutes, "round" | "version" | "changeRequests">, r: MinutesApproval): boolean {
  if (r.round !== m.round || r.version !== m.version) return false;
  return !m.changeRequests.some((c) => c.key === r.key && c.version === m.version && (c.revision ?? 0) > r.seen);
}

/**
 * The approvals of the current version: those stored on the document (approved minutes, and documents
 * from before the records) and the records that count. One per approver, first approval kept.
 */
export function tally(m: Minutes, records: readonly MinutesApproval[]): Approval[] {
  const out = new Map<string, Approval>();
  for (const a of m.approvals) if (a.version === m.version && !out.has(a.key)) out.set(a.key, a);
  if (m.status === "requested") {
    for (const r of records) if (counts(m, r) && !out.has(r.key)) out.set(r.key, { key: r.key, version: r.version, at: r.at, by: r.by });
  }
  // In the order they were given (the same instant: the approvers' order).
  const rank = (key: string) => m.approvers.findIndex((a) => a.key === key);
  return [...out.values()].sort((a, b) => a.at.localeCompare(b.at) || rank(a.key) - rank(b.key));
}

/** Every approver has approved the current version. */
export const complete = (approvers: readonly Approver[], approvals: readonly Approval[]) =>
  approvers.length > 0 && approvers.every((a) => approvals.some((x) => x.key === a.key));
