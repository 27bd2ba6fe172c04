import type { ManualInstance } from "./catalog";
import type { MandateSourceDoc, MandateVersionDoc } from "./cosmos-catalog-repository";
import type { Catalog, GroupRecord, QualityReport } from "./schema";

/**
 * What the catalog use cases, routes and the CLI need from storage (the Cosmos adapter is
 * cosmos-catalog-repository.ts); `Services.catalog` is this port.
 */
export interface CatalogStore {
  version(): Promise<number>;
  /** No entries stored yet (the bot and the CLI then load the sample mandates). */
  isEmpty(): Promise<boolean>;
  entries(): Promise<GroupRecord[]>;
  quality(): Promise<QualityReport[]>;
  sources(): Promise<MandateSourceDoc[]>;
  /** Earlier versions of the mandate documents (of one document when given), oldest first. */
  versions(documentId?: string): Promise<MandateVersionDoc[]>;
  saveSource(doc: Omit<MandateSourceDoc, "id" | "type" | "organizationId">): Promise<void>;
  saveVersion(doc: Omit<MandateVersionDoc, "id" | "type" | "organizationId">): Promise<void>;
  manualInstances(): Promise<ManualInstance[]>;
  addManualInstance(i: ManualInstance): Promise<void>;
  load(): Promise<Catalog | undefined>;
  /** Replaces entries and quality reports and bumps the catalog version; answers the new version. */
  replaceCatalog(catalog: Catalog): Promise<number>;
  /** Runs `fn` as the only writer of the catalog (BUSY when another writer holds the lock). */
  withWriteLock<T>(owner: string, fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: "BUSY" }>;
}
