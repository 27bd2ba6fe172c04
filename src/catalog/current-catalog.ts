import type { Catalog } from "./schema";

/** The part of the catalog repository the in-memory copy needs. */
export interface CatalogSource {
  version(): Promise<number>;
  load(): Promise<Catalog | undefined>;
}

const EMPTY: Catalog = { version: 0, organizations: [], entries: [], quality: [] };

/** A value derived from a catalog, with the catalog it was derived from. */
export interface Derived<T> {
  readonly catalog: Catalog;
  readonly value: T;
}

type Derive = (c: Catalog) => unknown;
type Built = { ok: true; value: unknown } | { ok: false; err: unknown };

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
  private readonly derived = new Map<Derive, Derived<unknown>>();
  /** Background derivations (`latest`): the version being derived and its promise, per function. */
  private readonly building = new Map<Derive, { version: number; done: Promise<Built> }>();
  /** Functions `latest` derives (with where their failures go): a version the background check notices is derived for them at once. */
  private readonly kept = new Map<Derive, (err: unknown) => void>();
  /** This process changed the catalog (`invalidate`): the version it reads next is its own change. */
  private ownChange = false;
  private ownVersion = -1;
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

  /**
   * A value computed from the catalog, recomputed only when the catalog version changes. `fn` may compute it
   * asynchronously (the router built in slices): the value kept is the one it resolves to, and a caller that asks while
   * the background derivation of the same version runs (`latest`) waits for that one rather than starting another.
   */
  async derive<T>(fn: (c: Catalog) => T | Promise<T>): Promise<T> {
    const catalog = await this.get();
    const hit = this.derived.get(fn);
    if (hit && hit.catalog.version === catalog.version) return hit.value as T;
    const running = this.building.get(fn);
    if (running && running.version === catalog.version) {
      const r = await running.done;
      if (!r.ok) throw r.err;
      return r.value as T;
    }
    const value = await fn(catalog);
    this.derived.set(fn, { catalog, value });
    return value;
  }

  /**
   * The value derived from the newest catalog it is ready for, with that catalog, for a chat turn: when the catalog
   * version moved, the turn gets the previous version's value at once, the new one is derived after the turn (and
   * right away when the background check notices the change) and swapped in when it is ready. A turn waits only for
   * the first value (nothing else to answer with) and for a change this process made itself (`invalidate`: whoever
   * published expects their next question to see it), whose derivation started when it was made.
   * (A synchronous `fn` still holds the event loop while it runs; the router's is built in slices, `buildRouter`.)
   */
  async latest<T>(fn: (c: Catalog) => T | Promise<T>, onError: (err: unknown) => void = () => undefined): Promise<Derived<T>> {
    this.kept.set(fn, onError);
    const catalog = await this.get();
    const have = this.derived.get(fn);
    if (have && have.catalog.version === catalog.version) return have as Derived<T>;
    const done = this.rebuild(fn, catalog);
    if (have && catalog.version !== this.ownVersion) return have as Derived<T>;
    const r = await done;
    // the derivation failed: the caller meets the error, as it did deriving in the turn
    if (!r.ok) throw r.err;
    return { catalog, value: r.value as T };
  }

  /** Derives `fn` for `catalog` after the current turn (once per version) and swaps it in unless the catalog in hand has its own already. */
  private rebuild(fn: Derive, catalog: Catalog): Promise<Built> {
    const running = this.building.get(fn);
    if (running && running.version === catalog.version) return running.done;
    const done: Promise<Built> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => fn(catalog))
      .then(
        (value): Built => {
          const cur = this.derived.get(fn);
          if (!cur || cur.catalog.version !== this.catalog.version) this.derived.set(fn, { catalog, value });
          return { ok: true, value };
        },
        (err: unknown): Built => {
          this.kept.get(fn)?.(err);
          return { ok: false, err };
        },
      )
      .finally(() => {
        if (this.building.get(fn)?.done === done) this.building.delete(fn);
      });
    this.building.set(fn, { version: catalog.version, done });
    return done;
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
    this.ownChange = true;
    // read the change and derive from it now, after the turn that made it, not in the next question's turn
    if (this.kept.size) setImmediate(() => void this.check().catch(() => undefined));
  }

  private check(): Promise<Catalog> {
    this.loading ??= this.refresh().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async refresh(): Promise<Catalog> {
    const own = this.ownChange;
    this.ownChange = false;
    const version = await this.source.version();
    if (version !== this.catalog.version || this.catalog === EMPTY) {
      this.catalog = (await this.source.load()) ?? { ...EMPTY, version };
      if (own) this.ownVersion = this.catalog.version;
      // a new version: what turns use is derived now, beside the turns, not in the first turn that asks
      for (const fn of this.kept.keys()) if (this.derived.has(fn)) void this.rebuild(fn, this.catalog);
    }
    this.checkedAt = Date.now();
    return this.catalog;
  }
}
