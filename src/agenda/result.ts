import type { z } from "zod";
import type { ActorRef, ItemStatus, RoleKind } from "./schema";

/** Refusals and failures every agenda use case may answer with (texts: `errors` in src/i18n/{sv,en}/agenda.ts). */
export const AGENDA_CODES = [
  "NOT_ALLOWED",
  "NOT_FOUND",
  "UNKNOWN_GROUP",
  "UNKNOWN_MEETING",
  "INVALID_INPUT",
  "INVALID_STATE",
  "STALE_REVISION",
  "ALREADY_HANDLED",
  "CONFLICT",
] as const;
export type AgendaCode = (typeof AGENDA_CODES)[number];

/**
 * What the actor lacked when NOT_ALLOWED: the texts differ (triage names the role holders, roles say who
 * appoints them), so the refusal says which right it was.
 */
export type Right = "triage" | "meetings" | "bind" | "withdraw" | "edit" | "assignLeadRole" | "assignMemberRole" | "view";

/** Items and meetings are refused in their own words (a stale item, a meeting changed by someone, a preferred meeting). */
export type Subject = "item" | "meeting" | "preferredMeeting";

export type Refusal = {
  readonly ok: false;
  readonly code: AgendaCode;
  readonly right?: Right;
  readonly subject?: Subject;
  /** NOT_ALLOWED (triage): who holds the triage roles now, so the refusal can say whom to ask. */
  readonly holders?: readonly { readonly role: RoleKind; readonly name: string }[];
  /** ALREADY_HANDLED / STALE_REVISION: who handled or changed it, and what they did. */
  readonly by?: ActorRef;
  readonly status?: ItemStatus;
  /** STALE_REVISION / ALREADY_HANDLED: the current revision. */
  readonly revision?: number;
  /** INVALID_INPUT: field → message. */
  readonly issues?: readonly { path: string; message: string }[];
  readonly message?: string;
};

export type Result<T> = ({ readonly ok: true } & T) | Refusal;

export const refuse = (code: AgendaCode, extra: Omit<Refusal, "ok" | "code"> = {}): Refusal => ({ ok: false, code, ...extra });

export function invalid(error: z.ZodError): Refusal {
  return refuse("INVALID_INPUT", {
    issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    message: error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "),
  });
}

export function invalidField(path: string, message: string): Refusal {
  return refuse("INVALID_INPUT", { issues: [{ path, message }], message: `${path}: ${message}` });
}
