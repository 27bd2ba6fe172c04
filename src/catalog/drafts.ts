import { z } from "zod";
import { QualityIssueSchema } from "./schema";

/**
 * A mandate sent in Teams waits as a draft between the preview and the click on "Publicera": the text
 * read from the file (stored form), what it was compared with (catalog version, document version), the
 * preview shown, and who sent it. Drafts expire (`ttl`, and `expiresAt` checked on every click: expiry
 * by the store is housekeeping, not logic).
 */

export const DRAFT_STATUSES = ["pending", "publishing", "published", "cancelled", "superseded"] as const;
export const DraftStatusSchema = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

const ListDiffSchema = <T extends z.ZodTypeAny>(item: T) => z.object({ added: z.array(item), removed: z.array(item) });
const ChangeSchema = <T extends z.ZodTypeAny>(v: T) => z.object({ before: v.optional(), after: v.optional() });
const MeetingsSchema = z.object({ min: z.number().optional(), max: z.number().optional(), per: z.enum(["year", "term", "month"]) });
const ValidityFactsSchema = z.object({
  decidedDate: z.string().optional(),
  decidedBy: z.string().optional(),
  validUntil: z.string().optional(),
  validUntilText: z.string().optional(),
  reviseBy: z.string().optional(),
  reviseByText: z.string().optional(),
});
const ReportingItemSchema = z.object({ what: z.string(), toId: z.string().optional(), dueMonthDay: z.string().optional(), cadence: z.enum(["annual", "continuous", "per-meeting"]).optional() });

export const MandateDiffSchema = z.object({
  isNew: z.boolean(),
  duties: ListDiffSchema(z.string()),
  boundaries: ListDiffSchema(z.string()),
  members: ListDiffSchema(z.string()),
  reporting: ListDiffSchema(ReportingItemSchema),
  name: ChangeSchema(z.string()).optional(),
  commissioner: ChangeSchema(z.string()).optional(),
  chair: ChangeSchema(z.string()).optional(),
  meetings: ChangeSchema(MeetingsSchema).optional(),
  validity: ChangeSchema(ValidityFactsSchema).optional(),
});

/** What the preview card shows (everything from the document or the catalog; rendered per language). */
export const MandatePreviewSchema = z.object({
  entryId: z.string(),
  entryName: z.string(),
  entryType: z.enum(["group", "kind", "referenced"]),
  organizationId: z.string(),
  /** No document for this group yet. */
  isNew: z.boolean(),
  previousVersion: z.number().int().optional(),
  previousIngestedAt: z.string().optional(),
  originalFileName: z.string(),
  format: z.enum(["pdf", "docx", "text"]),
  pages: z.number().int().optional(),
  diff: MandateDiffSchema,
  /** Quality flags of the new version (reading notes included). */
  quality: z.array(QualityIssueSchema),
  /** Names of the catalog entries the diff refers to by id (commissioner, report recipients). */
  names: z.record(z.string(), z.string()),
  /** The new version states the same facts as the current one. */
  unchanged: z.boolean(),
});
export type MandatePreview = z.infer<typeof MandatePreviewSchema>;

export const DraftActorSchema = z.object({ userId: z.string(), name: z.string(), tenantId: z.string().optional() });

export const MandateDraftSchema = z.object({
  id: z.string(),
  type: z.literal("mandateDraft"),
  organizationId: z.literal("_meta"),
  status: DraftStatusSchema,
  actor: DraftActorSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  /** Seconds: the store deletes the draft after this (housekeeping). */
  ttl: z.number().int().positive(),
  documentId: z.string(),
  /** The name the document is stored under. */
  fileName: z.string(),
  text: z.string(),
  contentHash: z.string(),
  notes: z.array(QualityIssueSchema),
  /** The catalog version and the document version the preview was compared with. */
  baseCatalogVersion: z.number().int(),
  baseSourceVersion: z.number().int(),
  preview: MandatePreviewSchema,
  /** Set when the status moves on. */
  changedAt: z.string().optional(),
  publishedVersion: z.number().int().optional(),
  catalogVersion: z.number().int().optional(),
  supersededBy: z.string().optional(),
});
export type MandateDraft = z.infer<typeof MandateDraftSchema>;

export const MandateAuditSchema = z.object({
  id: z.string(),
  type: z.literal("mandateAudit"),
  organizationId: z.literal("_meta"),
  at: z.string(),
  actor: DraftActorSchema,
  action: z.enum(["mandate.preview", "mandate.publish", "mandate.cancel"]),
  documentId: z.string(),
  entryId: z.string(),
  draftId: z.string(),
  fileName: z.string(),
  format: z.string(),
  version: z.number().int().optional(),
  catalogVersion: z.number().int().optional(),
  /** The readable diff (as in `samverkan versions`), cut to a few lines. */
  diff: z.array(z.string()),
});
export type MandateAudit = z.infer<typeof MandateAuditSchema>;

/** Storage of drafts and the mandate audit trail (Cosmos adapter: cosmos-mandate-drafts.ts). */
export interface MandateDrafts {
  create(draft: MandateDraft): Promise<void>;
  get(id: string): Promise<MandateDraft | undefined>;
  /**
   * Moves a draft from one of `from` to `to` with the ETag: only one click wins. "missing" when the
   * draft is gone, "conflict" when its status is not one of `from` (answers the current draft).
   */
  transition(id: string, from: readonly DraftStatus[], change: (d: MandateDraft) => MandateDraft): Promise<{ kind: "moved"; draft: MandateDraft } | { kind: "missing" } | { kind: "conflict"; draft: MandateDraft }>;
  audit(entry: MandateAudit): Promise<void>;
  auditLog(documentId?: string): Promise<MandateAudit[]>;
}
