import type { JournalRecord } from "./journal";

/**
 * The parts of @vercel/cosmosdb-server's in-memory state the durable store touches: one collection's
 * documents (`Items`). Every document write the SDK can send (create, upsert, replace, patch, delete,
 * batch) ends in `_set` or `delete` there, so capturing those two captures every write and no read.
 */
export type Doc = Record<string, unknown> & { id: string; _rid: string; _ts?: number };

export interface MemoryDocuments {
  _data: Map<string, { read(): Doc }>;
  _ridCount: number;
  _set(data: Doc): Doc;
  delete(idOrRid: string, partition: unknown): void;
  replace(data: Record<string, unknown>, original: Record<string, unknown>): Doc;
  _item(keyPath: string, id: string, partition: unknown): { read(): Doc | undefined };
  _getPartition(data: Record<string, unknown>): unknown;
}

interface MemoryAccount {
  database(id: string): { read(): unknown; collection(id: string): { read(): unknown; documents: MemoryDocuments } };
}

/** The documents of a collection, or undefined when the database or collection does not exist. */
export function documentsOf(account: unknown, db: string, collection: string): MemoryDocuments | undefined {
  const database = (account as MemoryAccount).database(db);
  if (!database.read()) return undefined;
  const coll = database.collection(collection);
  return coll.read() ? coll.documents : undefined;
}

/** Replays a journal record (or loads a snapshot document) without journalling it again. */
export function applyPut(docs: MemoryDocuments, doc: Doc, ridCount?: number): void {
  const old = docs._item("/id", doc.id, docs._getPartition(doc)).read();
  if (old) docs.delete(old.id, docs._getPartition(old));
  docs._set(doc);
  if (ridCount !== undefined) docs._ridCount = Math.max(docs._ridCount, ridCount);
}

export function applyRecord(docs: MemoryDocuments, record: JournalRecord): void {
  if (record.op === "put") applyPut(docs, record.doc as Doc, record.n);
  else if (docs._item("/id", record.id, record.pk).read()) docs.delete(record.id, record.pk);
}

/** A document of the older snapshot format (system fields stripped): stored with fresh ones. */
export function applyLegacy(docs: MemoryDocuments, doc: Record<string, unknown>): void {
  (docs as unknown as { upsert(d: Record<string, unknown>): unknown }).upsert(doc);
}

/**
 * From now on every write to these documents calls `record` after it is applied in memory. A replace
 * is one record (the new document), never a delete followed by a put that a torn append could split.
 */
export function captureWrites(docs: MemoryDocuments, container: string, record: (r: JournalRecord) => void): void {
  const proto = Object.getPrototypeOf(docs) as MemoryDocuments;
  let replacing = false;
  docs.replace = function (data, original) {
    replacing = true;
    try {
      return proto.replace.call(this, data, original);
    } finally {
      replacing = false;
    }
  };
  docs._set = function (data) {
    const out = proto._set.call(this, data);
    record({ op: "put", c: container, doc: data, n: this._ridCount });
    return out;
  };
  docs.delete = function (idOrRid, partition) {
    const existing = this._item("/id", idOrRid, partition).read();
    proto.delete.call(this, idOrRid, partition);
    if (existing && !replacing) record({ op: "del", c: container, id: existing.id, pk: this._getPartition(existing) });
  };
}

/** The documents as they are now: stored objects are replaced, never changed in place, so this is a consistent image. */
export function imageOf(docs: MemoryDocuments): Doc[] {
  const out: Doc[] = [];
  for (const item of docs._data.values()) out.push(item.read());
  return out;
}

/**
 * Cosmos TTL on the embedded store: a document expires `ttl` seconds after its last write (`_ts`).
 * As in Cosmos, a container without a default TTL ignores `ttl`; -1 means "only documents that set one".
 */
export function isExpired(doc: Doc, defaultTtl: number | undefined, nowSeconds: number): boolean {
  if (defaultTtl === undefined) return false;
  const own = typeof doc.ttl === "number" && Number.isFinite(doc.ttl) ? doc.ttl : undefined;
  // -1 (on the document or, without one there, on the container) never expires.
  const ttl = own !== undefined && own !== 0 ? own : defaultTtl;
  return ttl > 0 && typeof doc._ts === "number" && doc._ts + ttl <= nowSeconds;
}

/**
 * Deletes the documents past their TTL through `delete` (journalled once writes are captured). Returns
 * how many were deleted.
 */
export function sweepExpired(docs: MemoryDocuments, defaultTtl: number | undefined, nowSeconds: number): number {
  if (defaultTtl === undefined) return 0;
  const expired: Doc[] = [];
  for (const item of docs._data.values()) {
    const doc = item.read();
    if (isExpired(doc, defaultTtl, nowSeconds)) expired.push(doc);
  }
  for (const doc of expired) docs.delete(doc.id, docs._getPartition(doc));
  return expired.length;
}
