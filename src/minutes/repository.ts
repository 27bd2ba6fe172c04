import type { Container } from "@azure/cosmos";
import { createOnce, mutateDoc, queryAll, readDoc, type MutateOutcome, type StoredMeta, UNCHANGED } from "../storage/documents";
import type { Meeting } from "../agenda/schema";
import type { Minutes, MinutesAudit, MinutesSettings } from "./schema";

const strip = <T>(doc: T): T => {
  const copy = { ...doc } as Record<string, unknown>;
  for (const k of ["_etag", "_rid", "_self", "_ts", "_attachments"]) delete copy[k];
  return copy as T;
};

/**
 * Minutes documents in the `work` container (partition /groupId). Point reads and single-partition
 * queries, except the scheduler's and the CLI's look-ups by id across groups.
 */
export class MinutesRepository {
  constructor(readonly container: Container) {}

  async get(groupId: string, id: string): Promise<Minutes | undefined> {
    const d = await readDoc<Minutes>(this.container, id, groupId);
    return d && d.type === "minutes" && d.groupId === groupId ? strip(d) : undefined;
  }

  async ofGroup(groupId: string): Promise<Minutes[]> {
    const docs = await queryAll<Minutes>(this.container, "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'minutes'", [{ name: "@g", value: groupId }], groupId);
    return docs.map(strip).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.id.localeCompare(b.id));
  }

  /** Across groups (CLI ids, the scheduler). */
  async byId(id: string): Promise<Minutes | undefined> {
    const docs = await queryAll<Minutes>(this.container, "SELECT * FROM c WHERE c.type = 'minutes' AND c.id = @id", [{ name: "@id", value: id }]);
    return docs[0] ? strip(docs[0]) : undefined;
  }

  async withStatus(status: Minutes["status"]): Promise<Minutes[]> {
    const docs = await queryAll<Minutes>(this.container, "SELECT * FROM c WHERE c.type = 'minutes' AND c.status = @s", [{ name: "@s", value: status }]);
    return docs.map(strip).sort((a, b) => a.id.localeCompare(b.id));
  }

  async meeting(meetingId: string): Promise<Meeting | undefined> {
    const docs = await queryAll<Meeting>(this.container, "SELECT * FROM c WHERE c.type = 'meeting' AND c.id = @id", [{ name: "@id", value: meetingId }]);
    return docs[0] ? strip(docs[0]) : undefined;
  }

  async settings(groupId: string): Promise<MinutesSettings | undefined> {
    const d = await readDoc<MinutesSettings>(this.container, "minutesSettings", groupId);
    return d && d.type === "minutesSettings" ? strip(d) : undefined;
  }

  async audit(groupId: string, minutesId: string): Promise<MinutesAudit[]> {
    const docs = await queryAll<MinutesAudit>(
      this.container,
      "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'minutesAudit' AND c.minutesId = @m",
      [
        { name: "@g", value: groupId },
        { name: "@m", value: minutesId },
      ],
      groupId,
    );
    return docs.map(strip).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  /** Append-only. */
  async appendAudit(entry: MinutesAudit): Promise<void> {
    await createOnce(this.container, entry);
  }

  /** mutateDoc with enough attempts for 20+ people approving at the same moment. */
  mutate<T extends { id: string; groupId: string }>(groupId: string, id: string, change: (cur: (T & StoredMeta) | undefined) => T | typeof UNCHANGED, attempts = 80): Promise<MutateOutcome<T>> {
    return mutateDoc<T>(this.container, id, groupId, (cur) => change(cur ? (strip(cur) as T & StoredMeta) : undefined), attempts);
  }
}
