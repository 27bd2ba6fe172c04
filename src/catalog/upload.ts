import { randomUUID } from "node:crypto";
import type { Clock } from "../domain/clock";
import { diffMandate, hasChanges } from "./diff";
import type { MandateDraft, MandateDrafts, MandatePreview } from "./drafts";
import { buildFromSources, diffRecords, storeVersion } from "./ingest";
import type { Override } from "./overrides";
import type { CatalogStore } from "./ports";
import { prepareMandate, type PrepareErrorCode, type PreparedMandate } from "./prepare";
import type { DocumentWorker } from "./readers/worker-host";
import { recordOf, resolveTarget } from "./resolve";
import { mayPublishFor, maySendMandates, type MandateActor, type RoleLookup } from "./rights";
import type { Catalog, GroupRecord } from "./schema";

/**
 * A mandate sent as a file (in Teams): preview → publish or cancel. The preview compares the file with
 * the group's current version and is kept as a draft; publishing re-checks the person, their rights,
 * that the draft is theirs and still pending, and that the catalog is still the version the preview was
 * compared with (else a fresh preview); it keeps the earlier version, bumps the catalog version (every
 * instance reloads) and writes an audit entry. Expected refusals are values with codes.
 */

export interface UploadDeps {
  readonly catalog: CatalogStore;
  readonly drafts: MandateDrafts;
  readonly roles: RoleLookup;
  readonly clock: Clock;
  readonly timeZone: string;
  readonly overrides: () => readonly Override[];
  readonly worker?: DocumentWorker;
  readonly newId?: () => string;
  /** How long a preview can be published (default 24 hours). */
  readonly ttlSeconds?: number;
}

export type UploadCode = PrepareErrorCode | "NOT_ALLOWED" | "NOT_ALLOWED_NEW" | "EXPIRED" | "NOT_YOURS" | "ALREADY_PUBLISHED" | "CANCELLED" | "BUSY" | "NOTHING_TO_PUBLISH";

/** Why a file sent in Teams could not be fetched (the bot fetches it; the texts are in i18n like the rest). */
export type FileFetchCode = "NOT_A_FILE" | "DOWNLOAD_NOT_ALLOWED" | "DOWNLOAD_FAILED" | "DOWNLOAD_TOO_LARGE" | "DOWNLOAD_TIMEOUT";

/** Every refusal a person sending a mandate can meet, as the error tables in src/i18n/<lang>/mandates.ts know them. */
export type MandateRefusal = { readonly code: UploadCode | FileFetchCode | "CATALOG_CHANGED"; readonly params?: Record<string, string | number> };

export type UploadRefusal = { readonly ok: false; readonly code: UploadCode; readonly message: string; readonly params?: Record<string, string | number>; readonly draft?: MandateDraft };

export type PreviewResult = { readonly ok: true; readonly draft: MandateDraft } | UploadRefusal;
export type PublishResult =
  | { readonly ok: true; readonly draft: MandateDraft }
  /** The catalog changed since the preview: a new preview (a new draft) to look at again. */
  | { readonly ok: false; readonly code: "CATALOG_CHANGED"; readonly message: string; readonly draft: MandateDraft }
  | UploadRefusal;

const DEFAULT_TTL = 24 * 3600;
/** A draft left "publishing" by a process that died may be published again after this. */
const STALE_CLAIM_MS = 120_000;

const refuse = (code: UploadCode, message: string, extra: Partial<UploadRefusal> = {}): UploadRefusal => ({ ok: false, code, message, ...extra });
const actorOf = (a: MandateActor) => ({ userId: a.userId, name: a.name ?? "", ...(a.tenantId ? { tenantId: a.tenantId } : {}) });

/** The entry a document gives in a catalog (by the quality report, which is per document). */
function entryOfDocument(c: Catalog, documentId: string): GroupRecord | undefined {
  const id = c.quality.find((q) => q.documentId === documentId)?.entryId;
  return c.entries.find((e) => e.id === id);
}

/** Compares a prepared file with the stored catalog, checks the person's rights, and keeps the preview as a draft. */
async function draftFor(deps: UploadDeps, actor: MandateActor, p: PreparedMandate): Promise<PreviewResult> {
  const overrides = deps.overrides();
  const [sources, current, version] = [await deps.catalog.sources(), await deps.catalog.load(), await deps.catalog.version()];
  const target = resolveTarget(p, sources, current, overrides);
  const next = [...sources.filter((s) => s.documentId !== target.documentId), { fileName: target.fileName, text: p.text, notes: p.notes }];
  const built = await buildFromSources(deps, overrides, next);
  const after = entryOfDocument(built, target.documentId) ?? recordOf(target.fileName, p.text, overrides)!;
  const existing = current?.entries.find((e) => e.id === after.id);
  if (!(await mayPublishFor(deps.roles, actor, existing)))
    return existing ? refuse("NOT_ALLOWED", `only the secretary of ${existing.name} or an administrator may publish its mandate`, { params: { group: existing.name } }) : refuse("NOT_ALLOWED_NEW", "only an administrator may add a new group's mandate", { params: { group: after.name } });
  // a body known only from references has no mandate yet: everything in the file is new
  const before = target.previous && existing?.document ? existing : undefined;
  const diff = diffMandate(before, after);
  const ids = [after.commissioner?.targetId, before?.commissioner?.targetId, ...[...diff.reporting.added, ...diff.reporting.removed].map((r) => r.toId)].filter((x): x is string => !!x);
  const names = Object.fromEntries(ids.map((id) => [id, built.entries.find((e) => e.id === id)?.name ?? current?.entries.find((e) => e.id === id)?.name ?? id]));
  const preview: MandatePreview = {
    entryId: after.id,
    entryName: after.name,
    entryType: after.entryType,
    organizationId: after.organizationId,
    isNew: !target.previous,
    ...(target.previous ? { previousVersion: target.previous.version, previousIngestedAt: target.previous.ingestedAt } : {}),
    originalFileName: p.fileName,
    format: p.format,
    ...(p.pages ? { pages: p.pages } : {}),
    diff,
    quality: built.quality.find((q) => q.documentId === target.documentId)?.issues ?? [],
    names,
    unchanged: !!target.previous && target.previous.contentHash === p.doc.contentHash,
  };
  const now = deps.clock.now();
  const ttl = deps.ttlSeconds ?? DEFAULT_TTL;
  const draft: MandateDraft = {
    id: `mandate-draft:${(deps.newId ?? randomUUID)()}`,
    type: "mandateDraft",
    organizationId: "_meta",
    status: "pending",
    actor: actorOf(actor),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttl * 1000).toISOString(),
    ttl,
    documentId: target.documentId,
    fileName: target.fileName,
    text: p.text,
    contentHash: p.doc.contentHash,
    notes: p.notes,
    baseCatalogVersion: version,
    baseSourceVersion: target.previous?.version ?? 0,
    preview,
  };
  await deps.drafts.create(draft);
  await audit(deps, actor, draft, "mandate.preview", { diff: [] });
  return { ok: true, draft };
}

/** Reads a file and answers its preview (kept as a draft), or why it cannot be published. */
export async function previewMandate(deps: UploadDeps, actor: MandateActor, file: { fileName: string; bytes: Uint8Array }): Promise<PreviewResult> {
  const p = await prepareMandate(file, deps.worker);
  if (!p.ok) return refuse(p.code, p.message, p.params ? { params: p.params } : {});
  return draftFor(deps, actor, p);
}

/** The draft again as a prepared file (its text is the stored form already). */
async function preparedOf(d: MandateDraft): Promise<PreparedMandate | undefined> {
  const p = await prepareMandate({ fileName: d.preview.originalFileName, bytes: Buffer.from(d.text, "utf8") });
  return p.ok ? { ...p, format: d.preview.format, ...(d.preview.pages ? { pages: d.preview.pages } : {}), notes: d.notes } : undefined;
}

/** The draft as the person may act on it now: theirs, not expired, still to be decided. */
async function usableDraft(deps: UploadDeps, actor: MandateActor, draftId: string): Promise<{ ok: true; draft: MandateDraft } | UploadRefusal> {
  const draft = await deps.drafts.get(draftId);
  const now = deps.clock.now();
  if (!draft || draft.expiresAt <= now.toISOString()) return refuse("EXPIRED", "the preview has expired; send the file again");
  if (draft.actor.userId !== actor.userId) return refuse("NOT_YOURS", "this preview belongs to someone else");
  if (draft.status === "published") return refuse("ALREADY_PUBLISHED", "already published", { draft });
  if (draft.status === "cancelled" || draft.status === "superseded") return refuse("CANCELLED", "this preview was cancelled or replaced", { draft });
  if (draft.status === "publishing" && now.getTime() - Date.parse(draft.changedAt ?? draft.createdAt) < STALE_CLAIM_MS) return refuse("BUSY", "the mandate is being published", { draft });
  return { ok: true, draft };
}

export async function publishMandate(deps: UploadDeps, actor: MandateActor, draftId: string): Promise<PublishResult> {
  const usable = await usableDraft(deps, actor, draftId);
  if (!usable.ok) return usable;
  const draft = usable.draft;
  if (draft.preview.unchanged) return refuse("NOTHING_TO_PUBLISH", "the file states what the published version states", { draft });
  // rights now, not when the preview was made
  const current = await deps.catalog.load();
  const existing = current?.entries.find((e) => e.id === draft.preview.entryId);
  if (!(await mayPublishFor(deps.roles, actor, existing))) return refuse(existing ? "NOT_ALLOWED" : "NOT_ALLOWED_NEW", "not allowed to publish this mandate", { params: { group: draft.preview.entryName } });
  const locked = await deps.catalog.withWriteLock(`publish:${draft.id}:${randomUUID()}`, () => publishLocked(deps, actor, draft));
  if (!locked.ok) return refuse("BUSY", "the catalog is being changed; try again in a minute", { draft });
  if (locked.value !== "CATALOG_CHANGED") return locked.value;
  // compared with an older catalog: a fresh preview replaces this one
  const p = await preparedOf(draft);
  const fresh = p ? await draftFor(deps, actor, p) : refuse("EXPIRED", "the preview cannot be renewed; send the file again");
  if (!fresh.ok) return fresh;
  await deps.drafts.transition(draft.id, ["pending", "publishing"], (d) => ({ ...d, status: "superseded", supersededBy: fresh.draft.id, changedAt: deps.clock.now().toISOString() }));
  return { ok: false, code: "CATALOG_CHANGED", message: "the catalog changed since the preview; look at the new preview", draft: fresh.draft };
}

async function publishLocked(deps: UploadDeps, actor: MandateActor, draft: MandateDraft): Promise<PublishResult | "CATALOG_CHANGED"> {
  // the draft first (a second click finds it published), then the version it was compared with
  const now = deps.clock.now().toISOString();
  const claim = await deps.drafts.transition(draft.id, ["pending", "publishing"], (d) => ({ ...d, status: "publishing", changedAt: now }));
  if (claim.kind === "missing") return refuse("EXPIRED", "the preview has expired; send the file again");
  if (claim.kind === "conflict") return refuse(claim.draft.status === "published" ? "ALREADY_PUBLISHED" : "CANCELLED", "the preview was already handled", { draft: claim.draft });
  if ((await deps.catalog.version()) !== draft.baseCatalogVersion) return "CATALOG_CHANGED";
  const overrides = deps.overrides();
  const sources = await deps.catalog.sources();
  const previous = sources.find((s) => s.documentId === draft.documentId);
  if ((previous?.version ?? 0) !== draft.baseSourceVersion) return "CATALOG_CHANGED";
  const diff = previous ? diffRecords(recordOf(previous.fileName, previous.text, overrides), recordOf(draft.fileName, draft.text, overrides)!) : [];
  const p = { fileName: draft.preview.originalFileName, format: draft.preview.format, ...(draft.preview.pages ? { pages: draft.preview.pages } : {}), text: draft.text, notes: draft.notes, contentHash: draft.contentHash };
  const src = await storeVersion(deps, { documentId: draft.documentId, fileName: draft.fileName, prepared: p, previous, diff, now, publishedBy: { userId: actor.userId, name: actor.name ?? "" } });
  const built = await buildFromSources(deps, overrides, [...sources.filter((s) => s.documentId !== draft.documentId), src]);
  const catalogVersion = await deps.catalog.replaceCatalog(built);
  const done = await deps.drafts.transition(draft.id, ["publishing"], (d) => ({ ...d, status: "published", publishedVersion: src.version, catalogVersion, changedAt: deps.clock.now().toISOString() }));
  const published = done.kind === "missing" ? { ...draft, status: "published" as const, publishedVersion: src.version, catalogVersion } : done.draft;
  await audit(deps, actor, published, "mandate.publish", { diff, version: src.version, catalogVersion });
  return { ok: true, draft: published };
}

export async function cancelMandate(deps: UploadDeps, actor: MandateActor, draftId: string): Promise<{ ok: true; draft: MandateDraft } | UploadRefusal> {
  const usable = await usableDraft(deps, actor, draftId);
  if (!usable.ok) return usable;
  const r = await deps.drafts.transition(draftId, ["pending"], (d) => ({ ...d, status: "cancelled", changedAt: deps.clock.now().toISOString() }));
  if (r.kind === "missing") return refuse("EXPIRED", "the preview has expired");
  if (r.kind === "conflict") return refuse(r.draft.status === "published" ? "ALREADY_PUBLISHED" : "CANCELLED", "the preview was already handled", { draft: r.draft });
  await audit(deps, actor, r.draft, "mandate.cancel", { diff: [] });
  return { ok: true, draft: r.draft };
}

async function audit(deps: UploadDeps, actor: MandateActor, d: MandateDraft, action: "mandate.preview" | "mandate.publish" | "mandate.cancel", x: { diff: string[]; version?: number; catalogVersion?: number }) {
  const at = deps.clock.now().toISOString();
  await deps.drafts.audit({
    id: `mandate-audit:${at}:${(deps.newId ?? randomUUID)()}`,
    type: "mandateAudit",
    organizationId: "_meta",
    at,
    actor: actorOf(actor),
    action,
    documentId: d.documentId,
    entryId: d.preview.entryId,
    draftId: d.id,
    fileName: d.preview.originalFileName,
    format: d.preview.format,
    ...(x.version ? { version: x.version } : {}),
    ...(x.catalogVersion ? { catalogVersion: x.catalogVersion } : {}),
    diff: x.diff.slice(0, 40).map((l) => (l.length > 300 ? `${l.slice(0, 299)}…` : l)),
  });
}

/** Does the preview show any change at all (for the card's wording)? */
export const previewChanges = (p: MandatePreview) => hasChanges(p.diff);

/** The mandate use cases as the composition root hands them to routes. */
export class MandateUploads {
  constructor(private readonly deps: UploadDeps) {}

  /** May this person send mandates at all (before their file is fetched)? */
  maySend(actor: MandateActor, catalog: Pick<Catalog, "entries">): Promise<boolean> {
    return maySendMandates(this.deps.roles, actor, catalog);
  }

  preview(actor: MandateActor, file: { fileName: string; bytes: Uint8Array }): Promise<PreviewResult> {
    return previewMandate(this.deps, actor, file);
  }

  publish(actor: MandateActor, draftId: string): Promise<PublishResult> {
    return publishMandate(this.deps, actor, draftId);
  }

  cancel(actor: MandateActor, draftId: string) {
    return cancelMandate(this.deps, actor, draftId);
  }

  auditLog(documentId?: string) {
    return this.deps.drafts.auditLog(documentId);
  }
}
