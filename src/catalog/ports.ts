import type { ManualInstance } from "./catalog";
import type { MandateSourceDoc, MandateVersionDoc } from "./cosmos-catalog-repository";
import type { Catalog } from "./schema";

/** What the catalog use cases need from storage (the Cosmos adapter is cosmos-catalog-repository.ts). */
export interface CatalogStore {
  version(): Promise<number>;
  sources(): Promise<MandateSourceDoc[]>;
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
