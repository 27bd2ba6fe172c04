import type { Catalog } from "./schema";

/** The part of the catalog repository the in-memory copy needs. */
export interface CatalogSource {
  version(): Promise<number>;
  load(): Promise<Catalog | undefined>;
}

const EMPTY: Catalog = { version: 0, organizations: [], entries: [], quality: [] };

/**
 * Each app instance keeps the catalog (and whatever is derived from it, e.g. the router's index) in
 * memory and notices a change by the catalog version document: at most one point read every
 * `checkEveryMs`, a full reload only when the version moved.
 */
export class CurrentCatalog {
  private catalog: Catalog = EMPTY;
  private checkedAt = -Infinity;
  private loading: Promise<Catalog> | undefined;
  private readonly derived = new Map<(c: Catalog) => unknown, { version: number; value: unknown }>();

  constructor(
    private readonly source: CatalogSource,
    private readonly checkEveryMs = 2_000,
  ) {}

  async get(): Promise<Catalog> {
    if (Date.now() - this.checkedAt < this.checkEveryMs && this.catalog !== EMPTY) return this.catalog;
    this.loading ??= this.refresh().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** A value computed from the catalog, recomputed only when the catalog version changes. */
  async derive<T>(fn: (c: Catalog) => T): Promise<T> {
    const catalog = await this.get();
    const hit = this.derived.get(fn);
    if (hit && hit.version === catalog.version) return hit.value as T;
    const value = fn(catalog);
    this.derived.set(fn, { version: catalog.version, value });
    return value;
  }

  /** Forget the cached copy (after this process changed the catalog). */
  invalidate(): void {
    this.checkedAt = -Infinity;
  }

  private async refresh(): Promise<Catalog> {
    const version = await this.source.version();
    if (version !== this.catalog.version || this.catalog === EMPTY) {
      this.catalog = (await this.source.load()) ?? { ...EMPTY, version };
    }
    this.checkedAt = Date.now();
    return this.catalog;
  }
}
