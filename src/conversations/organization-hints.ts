/**
 * The organisation a person last named in a question (a hint for their next questions that name none;
 * the card says where the organisation came from, never that it was saved) is written this long after
 * the turn, once however often it changed meanwhile. This process answers from the hint at once; a stop
 * writes what is pending (`settle`); a crash may lose the last hint (the next question names it again, or
 * the card shows the older one as "from your earlier question"), and another instance sees it this much
 * later (its settings cache lags by minutes anyway).
 */
export const ORGANIZATION_WRITE_DELAY_MS = 2_000;

interface Pending {
  readonly tenantId: string;
  readonly userId: string;
  organizationId: string;
  readonly timer: NodeJS.Timeout;
}

/** Hints by person (`tenant|user`), the ones being written, and the writes running. */
export class OrganizationHints {
  private readonly pending = new Map<string, Pending>();
  /** Written now: turns meanwhile still see it (the settings they hold are the ones before it). */
  private readonly writing = new Map<string, string>();
  private readonly writes = new Set<Promise<void>>();

  /** `write` stores one person's organisation (a guarded settings write); a failure only drops the hint. */
  constructor(private readonly write: (tenantId: string, userId: string, organizationId: string) => Promise<void>) {}

  note(key: string, tenantId: string, userId: string, organizationId: string): void {
    const pending = this.pending.get(key);
    if (pending) {
      pending.organizationId = organizationId;
      return;
    }
    const timer = setTimeout(() => this.flush(key), ORGANIZATION_WRITE_DELAY_MS);
    timer.unref?.();
    this.pending.set(key, { tenantId, userId, organizationId, timer });
  }

  /** The organisation a person's settings will hold once the hint is written (undefined: no hint). */
  current(key: string): string | undefined {
    return this.pending.get(key)?.organizationId ?? this.writing.get(key);
  }

  /**
   * A settings write of this process takes the pending hint along (one write, nothing lost); one that sets
   * the organisation itself also ends a hint being written, which it supersedes.
   */
  take(key: string, settingOrganization: boolean): string | undefined {
    if (settingOrganization) this.writing.delete(key);
    const pending = this.pending.get(key);
    if (!pending) return undefined;
    clearTimeout(pending.timer);
    this.pending.delete(key);
    return pending.organizationId;
  }

  /** Writes every pending hint now and waits for all writes (a stop, or a test reading the store). */
  async settle(): Promise<void> {
    for (const key of [...this.pending.keys()]) this.flush(key);
    await Promise.all([...this.writes]);
  }

  private flush(key: string): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    this.take(key, false);
    const { tenantId, userId, organizationId } = pending;
    const written = this.write(tenantId, userId, organizationId);
    // Set after the write began: the write's own `take` (synchronous, at its start) must not end it.
    this.writing.set(key, organizationId);
    const run = written
      .catch(() => undefined)
      .finally(() => {
        if (this.writing.get(key) === organizationId) this.writing.delete(key);
        this.writes.delete(run);
      });
    this.writes.add(run);
  }
}
