import { safeId } from "../storage/documents";
import type { Minutes } from "./schema";

/** Deterministic outbox ids: a retry, a second click or a second process can never post twice. */
export const minutesPostIds = {
  channel: (m: Pick<Minutes, "id">, round: number) => safeId("minutes", m.id, `r${round}`, "channel"),
  approver: (m: Pick<Minutes, "id">, round: number, key: string) => safeId("minutes", m.id, `r${round}`, "approver", key),
  final: (m: Pick<Minutes, "id" | "version">) => safeId("minutes", m.id, m.version, "final"),
  distribution: (m: Pick<Minutes, "id" | "version">, entryId: string) => safeId("minutes", m.id, m.version, "dist", entryId),
  reminder: (m: Pick<Minutes, "id" | "version">, key: string) => safeId("minutes", m.id, m.version, "remind", key),
  changes: (m: Pick<Minutes, "id" | "version">, key: string, at: string) => safeId("minutes", m.id, m.version, "changes", key, at),
};
