import { createHash } from "node:crypto";
import type { Container, PartitionKey } from "@azure/cosmos";

/**
 * Small helpers every Cosmos adapter uses, so that each read-modify-write is guarded by the ETag
 * in one place.
 */

export interface StoredMeta {
  readonly _etag?: string;
}

const statusOf = (e: unknown): number | undefined => {
  const err = e as { code?: number | string; statusCode?: number };
  if (typeof err?.code === "number") return err.code;
  if (typeof err?.statusCode === "number") return err.statusCode;
  return undefined;
};

export const isNotFound = (e: unknown) => statusOf(e) === 404;
export const isConflict = (e: unknown) => statusOf(e) === 409;
export const isPreconditionFailed = (e: unknown) => statusOf(e) === 412;

/** Cosmos ids are ≤ 255 characters and may not hold / \ ? #; Teams ids can be long and hold them. */
export function safeId(...parts: string[]): string {
  const raw = parts.join(":");
  if (raw.length <= 200 && !/[/\\?#]/.test(raw)) return raw;
  return createHash("sha256").update(raw).digest("base64url");
}

export async function readDoc<T>(container: Container, id: string, pk: PartitionKey): Promise<(T & StoredMeta) | undefined> {
  try {
    const { resource } = await container.item(id, pk).read<T & StoredMeta>();
    return resource ?? undefined;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** Creates the document unless one with that id exists; true when this call created it. */
export async function createOnce<T extends { id: string }>(container: Container, doc: T): Promise<boolean> {
  try {
    await container.items.create(doc);
    return true;
  } catch (e) {
    if (isConflict(e)) return false;
    throw e;
  }
}

export type MutateOutcome<T> =
  | { readonly kind: "written"; readonly doc: T & StoredMeta; readonly previous: (T & StoredMeta) | undefined }
  | { readonly kind: "unchanged"; readonly doc: (T & StoredMeta) | undefined }
  | { readonly kind: "conflict" };

export const UNCHANGED = Symbol("unchanged");

/**
 * Read-modify-write with If-Match. `change` gets the current document (undefined when missing) and
 * returns the new one, or UNCHANGED to write nothing. On a lost race it re-reads and calls `change`
 * again, so `change` must be a pure decision over what it is given. `seen` (optional, with its ETag)
 * saves the first read when the caller holds the document it last wrote.
 */
export async function mutateDoc<T extends { id: string }>(
  container: Container,
  id: string,
  pk: PartitionKey,
  change: (current: (T & StoredMeta) | undefined) => T | typeof UNCHANGED,
  maxAttempts = 8,
  seen?: T & StoredMeta,
): Promise<MutateOutcome<T>> {
  // A try from `seen` is one more than the reads allowed.
  const tries = maxAttempts + (seen?._etag ? 1 : 0);
  for (let attempt = 0; attempt < tries; attempt++) {
    // `seen`: the document as this caller last wrote or read it (with its ETag). The first attempt starts
    // from it instead of a read; when it is out of date the guarded write fails and the loop reads.
    const fromSeen = attempt === 0 && !!seen?._etag;
    const current = fromSeen ? seen : await readDoc<T>(container, id, pk);
    const next = change(current);
    // "Nothing to do" is only decided on a document read now, never on the caller's copy.
    if (next === UNCHANGED && fromSeen) continue;
    if (next === UNCHANGED) return { kind: "unchanged", doc: current };
    const body = { ...next } as T & { _etag?: string; _rid?: string; _self?: string; _ts?: number };
    delete body._etag;
    try {
      if (!current) {
        const { resource } = await container.items.create<T>(body);
        return { kind: "written", doc: resource as T & StoredMeta, previous: undefined };
      }
      const { resource } = await container
        .item(id, pk)
        .replace<T>(body, { accessCondition: { type: "IfMatch", condition: current._etag ?? "" } });
      return { kind: "written", doc: resource as T & StoredMeta, previous: current };
    } catch (e) {
      if (isPreconditionFailed(e) || isConflict(e) || isNotFound(e)) {
        if (fromSeen) continue;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
        continue;
      }
      throw e;
    }
  }
  return { kind: "conflict" };
}

export async function queryAll<T>(
  container: Container,
  query: string,
  parameters: { name: string; value: string | number | boolean | null }[] = [],
  partitionKey?: PartitionKey,
): Promise<T[]> {
  const { resources } = await container.items
    .query<T>({ query, parameters }, partitionKey === undefined ? {} : { partitionKey })
    .fetchAll();
  return resources;
}
