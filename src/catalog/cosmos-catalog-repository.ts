import type { Container } from "@azure/cosmos";
import type { Clock } from "../domain/clock";
import { mutateDoc, queryAll, readDoc, safeId, UNCHANGED } from "../storage/documents";
import { GroupRecordSchema, QualityReportSchema, ORGANIZATIONS, type Catalog, type GroupRecord, type QualityIssue, type QualityReport } from "./schema";
import type { MandateFormat } from "./readers/detect";
import type { ManualInstance } from "./catalog";
import type { CatalogStore } from "./ports";

/**
 * The catalog in the Cosmos `catalog` container (partition key /organizationId):
 * - group/kind/referenced entries (type "group") in their organisation's partition;
 * - mandate sources (type "mandateSource", current text) and earlier versions (type "mandateVersion");
 * - manual instances (type "manualInstance"), quality reports (type "quality");
 * - one catalog version document (type "catalogVersion") every instance polls to notice a change.
 * Meta documents live in partition "_meta". People's roles and channel bindings are not here.
 */
export const META_PARTITION = "_meta";
export const CATALOG_VERSION_ID = "catalog-version";
export const WRITE_LOCK_ID = "catalog-write-lock";
/** A writer that died (kill -9) holds the lock at most this long. */
const LOCK_MS = 120_000;

interface WriteLockDoc {
  readonly id: typeof WRITE_LOCK_ID;
  readonly type: "catalogWriteLock";
  readonly organizationId: typeof META_PARTITION;
  readonly owner: string;
  readonly until: string;
}

/** How a stored mandate text was read: the file's form, its name as sent, notes from reading it, who published it. */
export interface SourceOrigin {
  readonly format?: MandateFormat;
  /** The name of the file as it was sent (the stored `fileName` keeps the document's first name). */
  readonly originalFileName?: string;
  readonly pages?: number;
  /** Reading notes (PDF headers left out, scanned pages, tables) for the quality report. */
  readonly notes?: QualityIssue[];
  readonly publishedBy?: { readonly userId: string; readonly name: string };
}

export interface MandateSourceDoc extends SourceOrigin {
  readonly id: string;
  readonly type: "mandateSource";
  readonly organizationId: typeof META_PARTITION;
  readonly documentId: string;
  readonly fileName: string;
  readonly text: string;
  readonly contentHash: string;
  readonly version: number;
  readonly ingestedAt: string;
}

export interface MandateVersionDoc extends SourceOrigin {
  readonly id: string;
  readonly type: "mandateVersion";
  readonly organizationId: typeof META_PARTITION;
  readonly documentId: string;
  readonly fileName: string;
  readonly version: number;
  readonly text: string;
  readonly contentHash: string;
  readonly ingestedAt: string;
  /** Set on the replaced version: when and by which version it was superseded, and the readable diff. */
  readonly supersededAt?: string;
  readonly diff?: string[];
}

export interface CatalogVersionDoc {
  readonly id: typeof CATALOG_VERSION_ID;
  readonly type: "catalogVersion";
  readonly organizationId: typeof META_PARTITION;
  readonly version: number;
  readonly updatedAt: string;
  readonly entryCount: number;
}

interface ManualInstanceDoc extends ManualInstance {
  readonly id: string;
  readonly type: "manualInstance";
  readonly organizationId: typeof META_PARTITION;
  readonly addedAt: string;
}

interface QualityDoc extends QualityReport {
  readonly id: string;
  readonly type: "quality";
  readonly organizationId: typeof META_PARTITION;
}

const strip = <T extends object>(d: T): T => {
  const { _etag, _rid, _self, _ts, _attachments, ...rest } = d as Record<string, unknown>;
  void _etag, _rid, _self, _ts, _attachments;
  return rest as T;
};

export class CosmosCatalogRepository implements CatalogStore {
  constructor(
    private readonly container: Container,
    private readonly clock: Clock,
  ) {}

  async version(): Promise<number> {
    return (await readDoc<CatalogVersionDoc>(this.container, CATALOG_VERSION_ID, META_PARTITION))?.version ?? 0;
  }

  async isEmpty(): Promise<boolean> {
    const n = await queryAll<number>(this.container, "SELECT VALUE COUNT(1) FROM c WHERE c.type = @t", [{ name: "@t", value: "group" }]);
    return (n[0] ?? 0) === 0;
  }

  async sources(): Promise<MandateSourceDoc[]> {
    return (await queryAll<MandateSourceDoc>(this.container, "SELECT * FROM c WHERE c.type = @t", [{ name: "@t", value: "mandateSource" }], META_PARTITION)).map(strip);
  }

  async versions(documentId?: string): Promise<MandateVersionDoc[]> {
    const rows = await queryAll<MandateVersionDoc>(this.container, "SELECT * FROM c WHERE c.type = @t", [{ name: "@t", value: "mandateVersion" }], META_PARTITION);
    return rows
      .map(strip)
      .filter((r) => !documentId || r.documentId === documentId)
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.version - b.version);
  }

  async saveSource(doc: Omit<MandateSourceDoc, "id" | "type" | "organizationId">): Promise<void> {
    await this.container.items.upsert<MandateSourceDoc>({ ...doc, id: safeId("source", doc.documentId), type: "mandateSource", organizationId: META_PARTITION });
  }

  async saveVersion(doc: Omit<MandateVersionDoc, "id" | "type" | "organizationId">): Promise<void> {
    await this.container.items.upsert<MandateVersionDoc>({ ...doc, id: safeId("version", doc.documentId, String(doc.version)), type: "mandateVersion", organizationId: META_PARTITION });
  }

  async manualInstances(): Promise<ManualInstance[]> {
    const rows = await queryAll<ManualInstanceDoc>(this.container, "SELECT * FROM c WHERE c.type = @t", [{ name: "@t", value: "manualInstance" }], META_PARTITION);
    return rows.map((r) => ({ kindId: r.kindId, name: r.name, ...(r.area ? { area: r.area } : {}), ...(r.aliases ? { aliases: r.aliases } : {}) }));
  }

  async addManualInstance(i: ManualInstance): Promise<void> {
    await this.container.items.upsert<ManualInstanceDoc>({
      ...i,
      id: safeId("instance", i.kindId, i.name.toLowerCase()),
      type: "manualInstance",
      organizationId: META_PARTITION,
      addedAt: this.clock.now().toISOString(),
    });
  }

  async entries(): Promise<GroupRecord[]> {
    const rows = await queryAll<GroupRecord>(this.container, "SELECT * FROM c WHERE c.type = @t", [{ name: "@t", value: "group" }]);
    return rows.map((r) => GroupRecordSchema.parse(strip(r)));
  }

  async quality(): Promise<QualityReport[]> {
    const rows = await queryAll<QualityDoc>(this.container, "SELECT * FROM c WHERE c.type = @t", [{ name: "@t", value: "quality" }], META_PARTITION);
    return rows.map((r) => QualityReportSchema.parse({ documentId: r.documentId, fileName: r.fileName, entryId: r.entryId, issues: r.issues })).sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  /**
   * Runs `fn` while holding the catalog's write lock (a lease document guarded by its ETag), so that two
   * publishers (bot instances, the CLI) never rebuild over each other. BUSY when someone else holds it.
   */
  async withWriteLock<T>(owner: string, fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: "BUSY" }> {
    const now = this.clock.now();
    const taken = await mutateDoc<WriteLockDoc>(this.container, WRITE_LOCK_ID, META_PARTITION, (cur) =>
      cur && cur.owner !== owner && cur.until > now.toISOString()
        ? UNCHANGED
        : { id: WRITE_LOCK_ID, type: "catalogWriteLock", organizationId: META_PARTITION, owner, until: new Date(now.getTime() + LOCK_MS).toISOString() },
    );
    if (taken.kind !== "written") return { ok: false, code: "BUSY" };
    try {
      return { ok: true, value: await fn() };
    } finally {
      await mutateDoc<WriteLockDoc>(this.container, WRITE_LOCK_ID, META_PARTITION, (cur) => (cur?.owner === owner ? { ...cur, until: new Date(0).toISOString() } : UNCHANGED));
    }
  }

  /** The whole catalog as stored (what an app instance indexes), or undefined when nothing is stored. */
  async load(): Promise<Catalog | undefined> {
    const [version, entries, quality] = await Promise.all([this.version(), this.entries(), this.quality()]);
    if (entries.length === 0) return undefined;
    entries.sort((a, b) => a.organizationId.localeCompare(b.organizationId) || a.entryType.localeCompare(b.entryType) || a.name.localeCompare(b.name, "sv"));
    return { version, organizations: [...ORGANIZATIONS], entries, quality };
  }

  /**
   * Replaces the stored entries and quality reports with a rebuilt catalog and bumps the catalog
   * version. Entries that the rebuild no longer produces are deleted; nothing outside the catalog
   * container (roles, bindings, subscriptions) is touched.
   */
  async replaceCatalog(catalog: Catalog): Promise<number> {
    const existing = await queryAll<{ id: string; organizationId: string; type: string }>(
      this.container,
      "SELECT c.id, c.organizationId, c.type FROM c WHERE c.type = @g OR c.type = @q",
      [
        { name: "@g", value: "group" },
        { name: "@q", value: "quality" },
      ],
    );
    for (const e of catalog.entries) await this.container.items.upsert({ ...e });
    for (const q of catalog.quality) await this.container.items.upsert<QualityDoc>({ ...q, id: safeId("quality", q.documentId), type: "quality", organizationId: META_PARTITION });
    const keep = new Set([...catalog.entries.map((e) => `${e.organizationId}|${e.id}`), ...catalog.quality.map((q) => `${META_PARTITION}|${safeId("quality", q.documentId)}`)]);
    for (const x of existing) if (!keep.has(`${x.organizationId}|${x.id}`)) await this.container.item(x.id, x.organizationId).delete();
    const out = await mutateDoc<CatalogVersionDoc>(this.container, CATALOG_VERSION_ID, META_PARTITION, (cur) => ({
      id: CATALOG_VERSION_ID,
      type: "catalogVersion",
      organizationId: META_PARTITION,
      version: (cur?.version ?? 0) + 1,
      updatedAt: this.clock.now().toISOString(),
      entryCount: catalog.entries.length,
    }));
    return out.kind === "written" ? out.doc.version : await this.version();
  }
}
