import type { Approval, Approver, Minutes } from "./schema";

/**
 * Approvals without contention: each approval is appended to the minutes by an atomic server-side patch,
 * so the list may hold entries of earlier rounds or versions (a click that raced a new version) and
 * repeats (a double click). What counts is decided here, from the document alone.
 */

/** The approvals that count: the current round and version, of a current approver, the first per approver. */
export function tally(m: Pick<Minutes, "approvals" | "approvers" | "round" | "version">): Approval[] {
  const approvers = new Set(m.approvers.map((a) => a.key));
  const out = new Map<string, Approval>();
  for (const a of m.approvals) {
    if (a.version !== m.version || (a.round !== undefined && a.round !== m.round) || !approvers.has(a.key) || out.has(a.key)) continue;
    out.set(a.key, a);
  }
  // In the order they were given (the same instant: the approvers' order).
  const rank = (key: string) => m.approvers.findIndex((a) => a.key === key);
  return [...out.values()].sort((a, b) => a.at.localeCompare(b.at) || rank(a.key) - rank(b.key));
}

/** The approver's approval counts (this round, this version): their approve button has nothing left to do. */
export const hasApproved = (m: Pick<Minutes, "approvals" | "approvers" | "round" | "version">, key: string) => tally(m).some((a) => a.key === key);

/** Every approver has approved the current version. */
export const complete = (approvers: readonly Approver[], approvals: readonly Approval[]) =>
  approvers.length > 0 && approvers.every((a) => approvals.some((x) => x.key === a.key));
