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
 * `checkEveryMs`, a full reload only when the version moved. The bot checks in the background
 * (`startRefresh`), so a turn never reads the version document; the CLI checks when it asks.
 */
export class CurrentCatalog {
  private catalog: Catalog = EMPTY;
  private checkedAt = -Infinity;
  private loading: Promise<Catalog> | undefined;
  private readonly derived = new Map<(c: Catalog) => unknown, { version: number; value: unknown }>();
  private refreshing = false;

  constructor(
    private readonly source: CatalogSource,
    private readonly checkEveryMs = 2_000,
  ) {}

  async get(): Promise<Catalog> {
    // An invalidated copy (this process changed the catalog) is read again at once, refresher or not.
    const invalidated = this.checkedAt === -Infinity;
    if (this.catalog !== EMPTY && !invalidated && (this.refreshing || Date.now() - this.checkedAt < this.checkEveryMs)) return this.catalog;
    return this.check();
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

  /**
   * Checks the version every `checkEveryMs` in the background (the same freshness as checking on the
   * way, one point read per interval, none in a turn); returns the stop. A failed check keeps the copy
   * in hand and is reported to `onError`.
   */
  startRefresh(onError: (err: unknown) => void = () => undefined): () => Promise<void> {
    this.refreshing = true;
    let timer: NodeJS.Timeout | undefined;
    const tick = async () => {
      try {
        await this.check();
      } catch (err) {
        onError(err);
      }
      if (this.refreshing) timer = setTimeout(tick, this.checkEveryMs).unref();
    };
    timer = setTimeout(tick, this.checkEveryMs).unref();
    return async () => {
      this.refreshing = false;
      clearTimeout(timer);
      await this.loading?.catch(() => undefined);
    };
  }

  /** Forget the cached copy (after this process changed the catalog): the next `get` reads again. */
  invalidate(): void {
    this.checkedAt = -Infinity;
  }

  private check(): Promise<Catalog> {
    this.loading ??= this.refresh().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
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
