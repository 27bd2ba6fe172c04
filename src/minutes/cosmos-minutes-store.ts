import type { Container } from "@azure/cosmos";
import { createOnce, isNotFound, isPreconditionFailed, mutateDoc, queryAll, readDoc, UNCHANGED, type MutateOutcome } from "../storage/documents";
import type { Meeting } from "../agenda/schema";
import { KEEP, type Change, type MinutesStore, type Mutation, type Stored } from "./ports";
import type { Approval, Minutes, MinutesAudit, MinutesSettings } from "./schema";

const SYSTEM = ["_etag", "_rid", "_self", "_ts", "_attachments"];

function strip<T>(doc: T): T {
  const copy = { ...doc } as Record<string, unknown>;
  for (const k of SYSTEM) delete copy[k];
  return copy as T;
}

const stored = <T>(doc: T & { _etag?: string }): Stored<T> => ({ doc: strip(doc), etag: doc._etag ?? "" });

function outcome<T>(out: MutateOutcome<T>): Mutation<T> {
  if (out.kind === "written") return { kind: "written", doc: strip(out.doc), previous: out.previous ? strip(out.previous) : undefined };
  if (out.kind === "unchanged") return { kind: "unchanged", doc: out.doc ? strip(out.doc) : undefined };
  return out;
}

const adapt =
  <T>(change: Change<T>) =>
  (cur: T | undefined) => {
    const next = change(cur ? strip(cur) : undefined);
    return next === KEEP ? UNCHANGED : next;
  };

/**
 * The minutes store on Cosmos: the `work` container (partition /groupId). Point reads and
 * single-partition queries, except the CLI's and the scheduler's look-ups across groups.
 */
export class CosmosMinutesStore implements MinutesStore {
  constructor(private readonly container: Container) {}

  async read(groupId: string, id: string): Promise<Stored<Minutes> | undefined> {
    const d = await readDoc<Minutes>(this.container, id, groupId);
    return d && d.type === "minutes" && d.groupId === groupId ? stored(d) : undefined;
  }

  async replace(doc: Minutes, etag: string): Promise<Stored<Minutes> | undefined> {
    try {
      const { resource } = await this.container.item(doc.id, doc.groupId).replace<Minutes>(doc, { accessCondition: { type: "IfMatch", condition: etag } });
      return resource ? stored(resource) : undefined;
    } catch (e) {
      if (isPreconditionFailed(e)) return undefined;
      throw e;
    }
  }

  /** Enough attempts for an edit racing a burst of approvals (approvals themselves never write here). */
  async mutate(groupId: string, id: string, change: Change<Minutes>, attempts = 20): Promise<Mutation<Minutes>> {
    return outcome(await mutateDoc<Minutes>(this.container, id, groupId, adapt(change), attempts));
  }

  async ofGroup(groupId: string): Promise<Minutes[]> {
    const docs = await queryAll<Minutes>(this.container, "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'minutes'", [{ name: "@g", value: groupId }], groupId);
    return docs.map(strip).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.id.localeCompare(b.id));
  }

  async byId(id: string): Promise<Minutes | undefined> {
    const docs = await queryAll<Minutes>(this.container, "SELECT * FROM c WHERE c.type = 'minutes' AND c.id = @id", [{ name: "@id", value: id }]);
    return docs[0] ? strip(docs[0]) : undefined;
  }

  async withStatus(status: Minutes["status"]): Promise<Minutes[]> {
    const docs = await queryAll<Minutes>(this.container, "SELECT * FROM c WHERE c.type = 'minutes' AND c.status = @s", [{ name: "@s", value: status }]);
    return docs.map(strip).sort((a, b) => a.id.localeCompare(b.id));
  }

  async meeting(meetingId: string, groupId?: string): Promise<Meeting | undefined> {
    if (groupId !== undefined) {
      const d = await readDoc<Meeting>(this.container, meetingId, groupId);
      return d && d.type === "meeting" ? strip(d) : undefined;
    }
    const docs = await queryAll<Meeting>(this.container, "SELECT * FROM c WHERE c.type = 'meeting' AND c.id = @id", [{ name: "@id", value: meetingId }]);
    return docs[0] ? strip(docs[0]) : undefined;
  }

  async settings(groupId: string): Promise<MinutesSettings | undefined> {
    const d = await readDoc<MinutesSettings>(this.container, "minutesSettings", groupId);
    return d && d.type === "minutesSettings" ? strip(d) : undefined;
  }

  async mutateSettings(groupId: string, change: Change<MinutesSettings>): Promise<Mutation<MinutesSettings>> {
    return outcome(await mutateDoc<MinutesSettings>(this.container, "minutesSettings", groupId, adapt(change)));
  }

  /**
   * One server-side patch, guarded by a condition on the state (not on the ETag): concurrent approvers
   * never make each other retry, and an approval can only land while its round is still asked.
   */
  async appendApproval(groupId: string, id: string, approval: Approval & { round: number }): Promise<Stored<Minutes> | "moved" | undefined> {
    try {
      const { resource } = await this.container.item(id, groupId).patch<Minutes>({
        // The round is an integer from our own document; no text of the card goes into the condition.
        condition: `from c where c.status = 'requested' AND c.round = ${Math.trunc(approval.round)}`,
        operations: [
          { op: "add", path: "/approvals/-", value: approval },
          { op: "incr", path: "/revision", value: 1 },
        ],
      });
      return resource && resource.type === "minutes" ? stored(resource) : undefined;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      if (isPreconditionFailed(e)) return "moved";
      throw e;
    }
  }

  async audit(groupId: string, minutesId: string): Promise<MinutesAudit[]> {
    const docs = await queryAll<MinutesAudit>(this.container, "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'minutesAudit' AND c.minutesId = @m", this.auditParams(groupId, minutesId), groupId);
    return docs.map(strip).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  /** Audit ids begin with the ISO instant and a sequence: ordering by id is ordering by time. */
  async recentAudit(groupId: string, minutesId: string, n: number): Promise<MinutesAudit[]> {
    const docs = await queryAll<MinutesAudit>(
      this.container,
      `SELECT TOP ${Math.max(1, Math.min(100, Math.floor(n)))} * FROM c WHERE c.groupId = @g AND c.type = 'minutesAudit' AND c.minutesId = @m ORDER BY c.id DESC`,
      this.auditParams(groupId, minutesId),
      groupId,
    );
    return docs.map(strip).reverse();
  }

  async appendAudit(entry: MinutesAudit): Promise<void> {
    await createOnce(this.container, entry);
  }

  private auditParams(groupId: string, minutesId: string) {
    return [
      { name: "@g", value: groupId },
      { name: "@m", value: minutesId },
    ];
  }
}
