import type { Container } from "@azure/cosmos";
import { createOnce, mutateDoc, queryAll, readDoc, UNCHANGED } from "../storage/documents";
import { META_PARTITION } from "./cosmos-catalog-repository";
import { MandateAuditSchema, MandateDraftSchema, type DraftStatus, type MandateAudit, type MandateDraft, type MandateDrafts } from "./drafts";

/** Mandate drafts and the mandate audit trail in the catalog container's "_meta" partition. */
export class CosmosMandateDrafts implements MandateDrafts {
  constructor(private readonly container: Container) {}

  async create(draft: MandateDraft): Promise<void> {
    if (!(await createOnce(this.container, MandateDraftSchema.parse(draft)))) throw new Error(`draft ${draft.id} exists`);
  }

  async get(id: string): Promise<MandateDraft | undefined> {
    const doc = await readDoc<MandateDraft>(this.container, id, META_PARTITION);
    const parsed = doc ? MandateDraftSchema.safeParse(doc) : undefined;
    return parsed?.success ? parsed.data : undefined;
  }

  async transition(id: string, from: readonly DraftStatus[], change: (d: MandateDraft) => MandateDraft) {
    let seen: MandateDraft | undefined;
    const out = await mutateDoc<MandateDraft>(this.container, id, META_PARTITION, (cur) => {
      const parsed = cur ? MandateDraftSchema.safeParse(cur) : undefined;
      seen = parsed?.success ? parsed.data : undefined;
      if (!seen || !from.includes(seen.status)) return UNCHANGED;
      return change(seen);
    });
    if (out.kind === "written") return { kind: "moved" as const, draft: MandateDraftSchema.parse(out.doc) };
    if (!seen) return { kind: "missing" as const };
    return { kind: "conflict" as const, draft: seen };
  }

  async audit(entry: MandateAudit): Promise<void> {
    await createOnce(this.container, MandateAuditSchema.parse(entry));
  }

  async auditLog(documentId?: string): Promise<MandateAudit[]> {
    const rows = await queryAll<MandateAudit>(this.container, "SELECT * FROM c WHERE c.type = @t", [{ name: "@t", value: "mandateAudit" }], META_PARTITION);
    return rows
      .map((r) => MandateAuditSchema.parse(r))
      .filter((r) => !documentId || r.documentId === documentId)
      .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }
}
