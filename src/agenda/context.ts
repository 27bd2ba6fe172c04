import { randomUUID } from "node:crypto";
import type { Clock } from "../domain/clock";
import type { AgendaOutbox, AgendaStore, GroupDirectory, PersonPreferences, Router } from "./ports";
import type { KallelseRenderer } from "./kallelse";
import type { AgendaRenderers } from "./posting";
import { personKey, refuse, type Actor, type ActorRef, type AgendaItem, type AuditEntry, type Person, type Refusal } from "./schema";

/** Tells whether a group id names a group (the catalog); without it every non-empty id is accepted. */
export type GroupExists = (groupId: string) => Promise<boolean>;

export interface AgendaOptions {
  readonly timeZone: string;
  readonly groupExists?: GroupExists;
  /** Ids for new documents (tests may make them predictable). */
  readonly newId?: () => string;
  /** Group names, kinds and the groups of a kind (the form's picker, suggestions, redirect choices). */
  readonly directory?: GroupDirectory;
  /** Remembers the group a person last submitted to. */
  readonly preferences?: PersonPreferences;
  /** Which group's mandate a text fits (the routing answer); the submit form suggests a better group. */
  readonly router?: Router;
  /** The longest description accepted (MAX_TEXT_LENGTH, when below the item limit). */
  readonly maxDescription?: number;
  /** Proactive posts (triage cards, notices, receipt updates); without it the use cases post nothing. */
  readonly posting?: { readonly outbox: AgendaOutbox; readonly renderers: AgendaRenderers; readonly kallelse?: KallelseRenderer };
}

let auditSequence = 0;

/** What every agenda use case shares: the store, the clock, the options, the audit log. */
export class AgendaContext {
  readonly newId: () => string;

  constructor(
    readonly store: AgendaStore,
    readonly clock: Clock,
    readonly options: AgendaOptions,
  ) {
    this.newId = options.newId ?? randomUUID;
  }

  now(): string {
    return this.clock.now().toISOString();
  }

  async audit(groupId: string, actor: ActorRef, action: string, subject: AuditEntry["subject"], revision?: number, details: Record<string, unknown> = {}): Promise<void> {
    const at = this.now();
    // Sorted by (at, id): the per-process sequence keeps entries written at the same instant (a fixed
    // clock) in the order they were written.
    const seq = String(auditSequence++).padStart(10, "0");
    await this.store.appendAudit({ id: `audit:${at}:${seq}:${this.newId()}`, type: "audit", groupId, at, actor, action, subject, revision, details });
  }

  async checkGroup(groupId: string): Promise<Refusal | undefined> {
    if (!groupId.trim() || /[/\\?#]/.test(groupId) || groupId.length > 200) return refuse("UNKNOWN_GROUP");
    if (this.options.groupExists && !(await this.options.groupExists(groupId))) return refuse("UNKNOWN_GROUP");
    return undefined;
  }

  /** A concrete group's name from the directory (the id when unknown). */
  async groupName(groupId: string): Promise<string> {
    const entries = (await this.options.directory?.get())?.entries ?? [];
    return entries.find((e) => e.id === groupId)?.name ?? groupId;
  }
}

/** Does the stored person denote the actor (Entra object id, else Teams id)? */
export function holds(person: Pick<Person, "aadObjectId" | "teamsId">, actor: Pick<Actor, "userId" | "aadObjectId" | "teamsId">): boolean {
  const ids = new Set([actor.userId, actor.aadObjectId, actor.teamsId].filter((x): x is string => !!x));
  return (!!person.aadObjectId && ids.has(person.aadObjectId)) || (!!person.teamsId && ids.has(person.teamsId));
}

export const samePerson = (a: Person, b: Person) => personKey(a) === personKey(b);

/** The refusal for a change to an item someone already handled (withdrawn: by its submitter). */
export function handledBy(cur: AgendaItem): Refusal {
  if (cur.status === "withdrawn") {
    return refuse("ALREADY_HANDLED", { subject: "item", status: cur.status, revision: cur.revision, by: { userId: personKey(cur.submitter), name: cur.submitter.name } });
  }
  return refuse("ALREADY_HANDLED", { subject: "item", status: cur.status, revision: cur.revision, ...(cur.triage ? { by: cur.triage.by } : {}) });
}
