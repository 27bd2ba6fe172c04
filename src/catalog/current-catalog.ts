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

/** What is derived with one function: the last value that was built, the builds running (by version), the last failure. */
interface Slot {
  good?: Derived<unknown>;
  readonly running: Map<number, Promise<Built>>;
  failed?: { version: number; err: unknown; failures: number; retryAt: number };
}

/** How long a failed derivation of a version waits before it is tried again: doubling from `retryMs` up to `maxRetryMs`. */
export interface DeriveRetry {
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
  /** Milliseconds (the back-off's clock; tests move it). */
  readonly now?: () => number;
}

/**
 * Each app instance keeps the catalog (and whatever is derived from it, e.g. the router's index) in
 * memory and notices a change by the catalog version document: at most one point read every
 * `checkEveryMs`, a full reload only when the version moved. The bot checks in the background
 * (`startRefresh`), so a turn never reads the version document; the CLI checks when it asks.
 *
 * A derivation (`derive`, `latest`) runs once per catalog version at a time, whoever asks (a second caller awaits the
 * first's build: with a build in slices two turns could otherwise build the same version twice); a value is kept only
 * when no newer version's is (an older build that ends last never replaces a newer one); and a failed build of a
 * version is tried again only after a back-off, not in every turn, while the last good value keeps serving.
 */
export class CurrentCatalog {
  private catalog: Catalog = EMPTY;
  private checkedAt = -Infinity;
  private loading: Promise<Catalog> | undefined;
  private readonly slots = new Map<Derive, Slot>();
  /** Functions `latest` derives (with where their failures go): a version the background check notices is derived for them at once. */
  private readonly kept = new Map<Derive, (err: unknown) => void>();
  /** This process changed the catalog (`invalidate`): the version it reads next is its own change. */
  private ownChange = false;
  private ownVersion = -1;
  /** Counts `invalidate` calls: a check that began before the latest one cannot have read that change. */
  private generation = 0;
  private loadingGeneration = -1;
  private refreshing = false;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private readonly now: () => number;

  constructor(
    private readonly source: CatalogSource,
    private readonly checkEveryMs = 2_000,
    retry: DeriveRetry = {},
  ) {
    this.retryMs = retry.retryMs ?? 10_000;
    this.maxRetryMs = retry.maxRetryMs ?? 300_000;
    this.now = retry.now ?? Date.now;
  }

  async get(): Promise<Catalog> {
    // An invalidated copy (this process changed the catalog) is read again at once, refresher or not.
    const invalidated = this.checkedAt === -Infinity;
    if (this.catalog !== EMPTY && !invalidated && (this.refreshing || Date.now() - this.checkedAt < this.checkEveryMs)) return this.catalog;
    return this.check();
  }

  /**
   * A value computed from the catalog, recomputed only when the catalog version changes. `fn` may compute it
   * asynchronously (the router built in slices): the value kept is the one it resolves to. Callers that ask for the
   * same version while it is being derived share that one derivation (`latest`'s too); a version whose derivation
   * failed gives that failure again until its back-off has passed.
   */
  async derive<T>(fn: (c: Catalog) => T | Promise<T>): Promise<T> {
    const catalog = await this.get();
    const good = this.slot(fn).good;
    if (good && good.catalog.version === catalog.version) return good.value as T;
    const r = await this.build(fn, catalog, false);
    if (!r.ok) throw r.err;
    return r.value as T;
  }

  /**
   * The value derived from the newest catalog it is ready for, with that catalog, for a chat turn: when the catalog
   * version moved, the turn gets the previous version's value at once, the new one is derived after the turn (and
   * right away when the background check notices the change) and swapped in when it is ready. A turn waits only for
   * the first value (nothing else to answer with) and for a change this process made itself (`invalidate`: whoever
   * published expects their next question to see it), whose derivation started when it was made. A failed derivation
   * leaves the previous value answering (it is reported to `onError`; without a previous value the turn meets the error).
   * (A synchronous `fn` still holds the event loop while it runs; the router's is built in slices, `buildRouter`.)
   */
  async latest<T>(fn: (c: Catalog) => T | Promise<T>, onError: (err: unknown) => void = () => undefined): Promise<Derived<T>> {
    this.kept.set(fn, onError);
    const catalog = await this.get();
    const have = this.slot(fn).good as Derived<T> | undefined;
    if (have && have.catalog.version === catalog.version) return have;
    const done = this.build(fn, catalog, true);
    if (have && catalog.version !== this.ownVersion) return have;
    const r = await done;
    if (r.ok) return { catalog, value: r.value as T };
    if (have) return have;
    throw r.err;
  }

  private slot(fn: Derive): Slot {
    let slot = this.slots.get(fn);
    if (!slot) this.slots.set(fn, (slot = { running: new Map() }));
    return slot;
  }

  /**
   * Derives `fn` for `catalog` (after the current turn when `deferred`), once per version at a time: the build of that
   * version that runs, if one does; its failure again while the failure's back-off lasts; else a new build.
   */
  private build(fn: Derive, catalog: Catalog, deferred: boolean): Promise<Built> {
    const slot = this.slot(fn);
    const version = catalog.version;
    const running = slot.running.get(version);
    if (running) return running;
    const failed = slot.failed;
    if (failed && failed.version === version && this.now() < failed.retryAt) return Promise.resolve({ ok: false, err: failed.err });
    const start = deferred ? new Promise<void>((resolve) => setImmediate(resolve)) : Promise.resolve();
    const done: Promise<Built> = start
      .then(() => fn(catalog))
      .then(
        (value): Built => {
          this.keep(slot, catalog, value);
          if (slot.failed?.version === version) slot.failed = undefined;
          return { ok: true, value };
        },
        (err: unknown): Built => {
          const failures = slot.failed?.version === version ? slot.failed.failures + 1 : 1;
          slot.failed = { version, err, failures, retryAt: this.now() + Math.min(this.maxRetryMs, this.retryMs * 2 ** (failures - 1)) };
          this.kept.get(fn)?.(err);
          return { ok: false, err };
        },
      )
      .finally(() => {
        if (slot.running.get(version) === done) slot.running.delete(version);
      });
    slot.running.set(version, done);
    return done;
  }

  /** Keeps a derived value unless a newer catalog's is kept (versions only grow; a catalog replaced by an older version is its current one). */
  private keep(slot: Slot, catalog: Catalog, value: unknown): void {
    const kept = slot.good?.catalog.version;
    if (kept === undefined || catalog.version > kept || (catalog.version === this.catalog.version && kept !== this.catalog.version)) slot.good = { catalog, value };
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
    this.generation++;
    this.checkedAt = -Infinity;
    this.ownChange = true;
    // read the change and derive from it now, after the turn that made it, not in the next question's turn
    if (this.kept.size) setImmediate(() => void this.check().catch(() => undefined));
  }

  /**
   * One check at a time, shared by whoever asks meanwhile; but a check that began before an `invalidate` may have read
   * the version before this process's change (and would mark the copy fresh): another check follows it.
   */
  private check(): Promise<Catalog> {
    if (this.loading && this.loadingGeneration === this.generation) return this.loading;
    const generation = this.generation;
    const before = this.loading;
    const loading: Promise<Catalog> = (before ? before.catch(() => undefined).then(() => this.refresh(generation)) : this.refresh(generation)).finally(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    this.loading = loading;
    this.loadingGeneration = generation;
    return loading;
  }

  private async refresh(generation: number): Promise<Catalog> {
    const own = this.ownChange;
    this.ownChange = false;
    const version = await this.source.version();
    if (version !== this.catalog.version || this.catalog === EMPTY) {
      this.catalog = (await this.source.load()) ?? { ...EMPTY, version };
      // a new version: what turns use is derived now, beside the turns, not in the first turn that asks
      for (const fn of this.kept.keys()) if (this.slots.get(fn)?.good) void this.build(fn, this.catalog, true);
    }
    // this process's change (an earlier check may have loaded it already, not knowing whose it was)
    if (own) this.ownVersion = this.catalog.version;
    // fresh unless this process changed the catalog since the check began (the check after it reads that)
    if (generation === this.generation) this.checkedAt = Date.now();
    return this.catalog;
  }
}
