import type { Container } from "@azure/cosmos";
import type { Clock } from "../domain/clock";
import type { Language } from "../domain/language";
import { isConflict, isNotFound, isPreconditionFailed, mutateDoc, queryAll, readDoc, safeId, UNCHANGED, type MutateOutcome, type StoredMeta } from "../storage/documents";
import type { ConversationKind, ConversationReference, StoredConversation, UserSettings } from "./schema";
import type { ConversationStore } from "./ports";
import { OrganizationHints } from "./organization-hints";

export interface ConversationSeen {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly kind: ConversationKind;
  readonly teamId?: string;
  readonly channelId?: string;
  readonly userId?: string;
  readonly reference: ConversationReference;
  /** The language detected in this turn's message, if any: stored when it differs from the last one. */
  readonly language?: Language;
}

const conversationDocId = (conversationId: string) => safeId("conversation", conversationId);
const userDocId = (userId: string) => safeId("user", userId);

/** How long this process trusts that a conversation it wrote or read is still stored as it saw it. */
const REMEMBERED_TTL_MS = 60_000;
/**
 * A change of only the detected language (a hint for replies to text that gives no sign, never anything
 * a person was told was saved) is written this long after the turn, once per conversation however often
 * it changed meanwhile: people who switch between Swedish and English cost no write in their turns. This
 * process answers from its memo at once; a stop writes what is pending (`settle`); a crash may lose the
 * last hint, and another instance sees it this much later.
 */
const LANGUAGE_WRITE_DELAY_MS = 10_000;
const CACHE_MAX = 10_000;
/**
 * User settings (language choice, organisation) per process: found or not found, kept 5 minutes. Most
 * people never store settings, so without caching "none" every turn would read a 404. A change through
 * this process is seen at once; one made through another instance within SETTINGS_TTL_MS.
 */
const SETTINGS_TTL_MS = 5 * 60_000;

interface Remembered {
  readonly at: number;
  /** What was stored (the fields `contentKey` compares), active. */
  readonly key: string;
  readonly language: Language | undefined;
  /** The stored document as last seen (with its ETag): a change is one guarded replace, no read. */
  readonly doc: (StoredConversation & StoredMeta) | undefined;
}

export class CosmosConversationRepository implements ConversationStore {
  /**
   * Conversations this process stored or read recently. Only an optimisation: a miss re-reads Cosmos,
   * and an entry expires within a minute, so a removal seen by another instance is never hidden long.
   */
  private readonly remembered = new Map<string, Remembered>();
  private readonly settingsCache = new Map<string, { at: number; value: UserSettings | undefined }>();
  /** Language changes waiting for their write (by conversation), and the writes running. */
  private readonly pendingLanguage = new Map<string, { readonly tenantId: string; readonly conversationId: string; readonly timer: NodeJS.Timeout }>();
  private readonly languageWrites = new Set<Promise<void>>();
  /** Organisations named in questions, written after the turn (see organization-hints.ts). */
  private readonly hints = new OrganizationHints((tenantId, userId, organizationId) => this.updateUserSettings(tenantId, userId, { organizationId }));

  constructor(
    private readonly container: Container,
    private readonly clock: Clock,
  ) {}

  /**
   * Stored on install and on every message; a write only when something changed (the reference, or the
   * detected language), and no Cosmos call at all when this process saw the same within a minute.
   */
  async remember(seen: ConversationSeen): Promise<void> {
    const id = conversationDocId(seen.conversationId);
    const cacheKey = `${seen.tenantId}|${seen.conversationId}`;
    const key = contentKey(seen);
    const hit = this.remembered.get(cacheKey);
    const current = hit && Date.now() - hit.at < REMEMBERED_TTL_MS && hit.key === key ? hit : undefined;
    if (current && (seen.language === undefined || seen.language === current.language)) return;
    if (current?.doc?.active && seen.language) return this.deferLanguage(cacheKey, seen.tenantId, seen.conversationId, seen.language, current);
    const fresh = hit && Date.now() - hit.at < REMEMBERED_TTL_MS ? hit.doc : undefined;
    const outcome = await this.write<StoredConversation>(id, seen.tenantId, fresh, (current) => {
      const language = seen.language ?? current?.language;
      const next: StoredConversation = {
        id,
        tenantId: seen.tenantId,
        type: "conversation",
        conversationId: seen.conversationId,
        kind: seen.kind,
        teamId: seen.teamId,
        channelId: seen.channelId,
        userId: seen.userId,
        reference: seen.reference,
        active: true,
        ...(language ? { language } : {}),
        updatedAt: current?.updatedAt ?? this.clock.now().toISOString(),
      };
      if (current && current.active && contentKey(current) === key && current.language === language) return UNCHANGED;
      return { ...next, updatedAt: this.clock.now().toISOString() };
    });
    const stored = outcome.kind === "conflict" ? undefined : outcome.doc;
    this.cache(cacheKey, { at: Date.now(), key, language: stored?.language ?? seen.language, doc: stored });
  }

  /** The stored reference is current: only the language changed. The memo answers now; the write follows. */
  private deferLanguage(cacheKey: string, tenantId: string, conversationId: string, language: Language, hit: Remembered): void {
    this.remembered.set(cacheKey, { ...hit, language });
    if (this.pendingLanguage.has(cacheKey)) return;
    const timer = setTimeout(() => this.writeLanguage(cacheKey), LANGUAGE_WRITE_DELAY_MS);
    timer.unref?.();
    this.pendingLanguage.set(cacheKey, { tenantId, conversationId, timer });
  }

  /** Writes the language this process last saw for a conversation (never reactivating a removed one). */
  private writeLanguage(cacheKey: string): void {
    const pending = this.pendingLanguage.get(cacheKey);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pendingLanguage.delete(cacheKey);
    const hit = this.remembered.get(cacheKey);
    const language = hit?.language;
    if (!language) return;
    const held = hit && Date.now() - hit.at < REMEMBERED_TTL_MS ? hit.doc : undefined;
    const id = conversationDocId(pending.conversationId);
    const run = this.write<StoredConversation>(id, pending.tenantId, held, (cur) =>
      !cur || !cur.active || cur.language === language ? UNCHANGED : { ...cur, language, updatedAt: this.clock.now().toISOString() },
    )
      .then((outcome) => {
        const now = this.remembered.get(cacheKey);
        // A later turn may have changed the memo meanwhile: only the stored copy (and its ETag) is taken.
        if (now && outcome.kind !== "conflict" && outcome.doc) this.remembered.set(cacheKey, { ...now, doc: outcome.doc });
      })
      .catch(() => {
        this.remembered.delete(cacheKey); // the next turn reads it and writes its own language again
      })
      .finally(() => this.languageWrites.delete(run));
    this.languageWrites.add(run);
  }

  /** Writes every deferred change (languages, organisations) now and waits for them (a stop, or a test reading the store). */
  async settle(): Promise<void> {
    for (const key of [...this.pendingLanguage.keys()]) this.writeLanguage(key);
    await Promise.all([...this.languageWrites, this.hints.settle()]);
  }

  /** The organisation a person named: seen by this process at once, stored a moment later (organization-hints.ts). */
  noteOrganization(tenantId: string, userId: string, organizationId: string): void {
    this.hints.note(`${tenantId}|${userId}`, tenantId, userId, organizationId);
  }

  /**
   * A guarded write from a document this process holds: one replace with its ETag (no read); when someone
   * changed it meanwhile (412) or it is gone, the usual read-decide-write (`mutateDoc`).
   */
  private async write<T extends { id: string }>(
    id: string,
    pk: string,
    held: (T & StoredMeta) | undefined,
    change: (current: (T & StoredMeta) | undefined) => T | typeof UNCHANGED,
  ): Promise<MutateOutcome<T>> {
    if (held?._etag) {
      const next = change(held);
      if (next === UNCHANGED) return { kind: "unchanged", doc: held };
      const body = { ...next } as T & { _etag?: string; _rid?: string; _self?: string; _ts?: number };
      delete body._etag;
      try {
        const { resource } = await this.container.item(id, pk).replace<T>(body, { accessCondition: { type: "IfMatch", condition: held._etag } });
        return { kind: "written", doc: resource as T & StoredMeta, previous: held };
      } catch (e) {
        if (!isPreconditionFailed(e) && !isNotFound(e)) throw e;
      }
    }
    return mutateDoc<T>(this.container, id, pk, change);
  }

  /** The language last detected in a conversation (from this process's cache when fresh). */
  async lastLanguage(tenantId: string, conversationId: string): Promise<Language | undefined> {
    const cacheKey = `${tenantId}|${conversationId}`;
    const hit = this.remembered.get(cacheKey);
    if (hit && (Date.now() - hit.at < REMEMBERED_TTL_MS || this.pendingLanguage.has(cacheKey))) return hit.language;
    return (await this.get(tenantId, conversationId))?.language;
  }

  async markInactive(tenantId: string, conversationId: string): Promise<void> {
    this.remembered.clear();
    const pending = this.pendingLanguage.get(`${tenantId}|${conversationId}`);
    if (pending) clearTimeout(pending.timer);
    this.pendingLanguage.delete(`${tenantId}|${conversationId}`);
    await mutateDoc<StoredConversation>(this.container, conversationDocId(conversationId), tenantId, (current) =>
      !current || !current.active ? UNCHANGED : { ...current, active: false, updatedAt: this.clock.now().toISOString() },
    );
  }

  get(tenantId: string, conversationId: string): Promise<StoredConversation | undefined> {
    return readDoc<StoredConversation>(this.container, conversationDocId(conversationId), tenantId);
  }

  /** The 1:1 conversation with a person, when they have one with the bot. */
  async personal(tenantId: string, userId: string): Promise<StoredConversation | undefined> {
    const rows = await queryAll<StoredConversation>(
      this.container,
      "SELECT * FROM c WHERE c.type = 'conversation' AND c.kind = 'personal' AND c.userId = @u AND c.active = true",
      [{ name: "@u", value: userId }],
      tenantId,
    );
    return rows[0];
  }

  list(): Promise<StoredConversation[]> {
    return queryAll<StoredConversation>(this.container, "SELECT * FROM c WHERE c.type = 'conversation'");
  }

  /** Read for the reply language on every turn: cached (see SETTINGS_TTL_MS), "no settings" included. */
  async userSettings(tenantId: string, userId: string): Promise<UserSettings | undefined> {
    const key = `${tenantId}|${userId}`;
    const hit = this.settingsCache.get(key);
    let value: UserSettings | undefined;
    if (hit && Date.now() - hit.at < SETTINGS_TTL_MS) value = hit.value;
    else {
      value = await readDoc<UserSettings>(this.container, userDocId(userId), tenantId);
      if (this.settingsCache.size >= CACHE_MAX) this.settingsCache.clear();
      this.settingsCache.set(key, { at: Date.now(), value });
    }
    const noted = this.hints.current(key);
    return noted === undefined || noted === value?.organizationId ? value : this.withOrganization(value, tenantId, userId, noted);
  }

  /** The settings as they will be once a noted organisation is written (nothing else of them changes). */
  private withOrganization(value: UserSettings | undefined, tenantId: string, userId: string, organizationId: string): UserSettings {
    return { ...(value ?? { id: userDocId(userId), tenantId, type: "userSettings", userId, updatedAt: this.clock.now().toISOString() }), organizationId };
  }

  async updateUserSettings(
    tenantId: string,
    userId: string,
    change: { language?: Language; organizationId?: string; agendaGroupId?: string },
  ): Promise<void> {
    const id = userDocId(userId);
    const key = `${tenantId}|${userId}`;
    // A noted organisation goes with this write (unless the change names one itself): one write, nothing lost.
    const noted = this.hints.take(key, change.organizationId !== undefined);
    if (noted !== undefined && change.organizationId === undefined) change = { ...change, organizationId: noted };
    const hit = this.settingsCache.get(key);
    const held = hit && Date.now() - hit.at < SETTINGS_TTL_MS ? hit : undefined;
    // The held copy keeps answering turns while the write runs (they would otherwise each read it again).
    const decide = (current: UserSettings | undefined): UserSettings => ({
      id,
      tenantId,
      type: "userSettings",
      userId,
      language: change.language ?? current?.language,
      organizationId: change.organizationId ?? current?.organizationId,
      agendaGroupId: change.agendaGroupId ?? current?.agendaGroupId,
      updatedAt: this.clock.now().toISOString(),
    });
    try {
      const outcome = await this.writeSettings(id, tenantId, held, decide);
      // What was just written is the current value: the next turn needs no read.
      if (outcome.kind === "written") this.settingsCache.set(key, { at: Date.now(), value: outcome.doc });
      else this.settingsCache.delete(key);
    } catch (e) {
      this.settingsCache.delete(key);
      throw e;
    }
  }

  private async writeSettings(id: string, tenantId: string, held: { value: UserSettings | undefined } | undefined, decide: (current: UserSettings | undefined) => UserSettings): Promise<MutateOutcome<UserSettings>> {
    let outcome: MutateOutcome<UserSettings> | undefined;
    if (held && held.value === undefined) {
      // Known to have no settings yet: create (one write); someone else created them meanwhile → below.
      try {
        const { resource } = await this.container.items.create<UserSettings>(decide(undefined));
        outcome = { kind: "written", doc: resource as UserSettings & StoredMeta, previous: undefined };
      } catch (e) {
        if (!isConflict(e)) throw e;
      }
    }
    return outcome ?? this.write<UserSettings>(id, tenantId, held?.value as (UserSettings & StoredMeta) | undefined, decide);
  }

  private cache(key: string, value: Remembered): void {
    if (this.remembered.size >= CACHE_MAX) this.remembered.clear();
    this.remembered.set(key, value);
  }
}

/** What decides whether a stored reference must be rewritten (not the activity id or the user's name). */
function contentKey(c: Pick<StoredConversation, "kind" | "teamId" | "channelId" | "userId" | "reference">): string {
  return JSON.stringify([c.kind, c.teamId ?? null, c.channelId ?? null, c.userId ?? null, c.reference.serviceUrl, c.reference.bot?.id ?? null, c.reference.conversation.id]);
}
