import type { MandateSourceDoc } from "./cosmos-catalog-repository";
import { extractDocument } from "./extract";
import { overrideFor, type Override } from "./overrides";
import { parseDocument } from "./parser";
import type { PreparedMandate } from "./prepare";
import type { Catalog, GroupRecord } from "./schema";
import { fold } from "./text";

/**
 * Which stored document a file revises. A file sent in Teams (or ingested under another name) is a new
 * version of the document of the group it describes: the same document id, else the same catalog entry,
 * else an entry whose name or alias is the file's group name. Otherwise it is a new document.
 */

/** The entry a stored or new mandate text gives on its own (with its override). */
export function recordOf(fileName: string, text: string, overrides: readonly Override[]): GroupRecord | undefined {
  const p = parseDocument(text, fileName);
  if (!p.ok) return undefined;
  const o = overrideFor(overrides, fileName);
  return extractDocument(p.doc, { ...(o?.organizationId ? { organizationId: o.organizationId } : {}), ...(o?.name ? { name: o.name } : {}), ...(o?.entryType ? { entryType: o.entryType } : {}) }).record;
}

export interface Target {
  readonly documentId: string;
  /** The name the document is stored under (its first name, which its override file refers to). */
  readonly fileName: string;
  readonly previous?: MandateSourceDoc;
}

export function resolveTarget(p: PreparedMandate, sources: readonly MandateSourceDoc[], catalog: Pick<Catalog, "entries"> | undefined, overrides: readonly Override[]): Target {
  const byId = sources.find((s) => s.documentId === p.doc.documentId);
  if (byId) return { documentId: byId.documentId, fileName: byId.fileName, previous: byId };
  const record = recordOf(p.fileName, p.text, overrides);
  const documented = (catalog?.entries ?? []).filter((e): e is GroupRecord & { document: NonNullable<GroupRecord["document"]> } => !!e.document);
  const sourceOf = (e: (typeof documented)[number]) => sources.find((s) => s.documentId === e.document.documentId);
  const names = new Set([record?.name, ...(record?.aliases ?? [])].filter((n): n is string => !!n).map(fold));
  const same =
    documented.find((e) => e.id === record?.id && sourceOf(e)) ??
    documented.find((e) => e.organizationId === record?.organizationId && [e.name, ...e.aliases].some((n) => names.has(fold(n))) && sourceOf(e)) ??
    documented.find((e) => [e.name, ...e.aliases].some((n) => names.has(fold(n))) && sourceOf(e));
  const previous = same ? sourceOf(same) : undefined;
  if (previous) return { documentId: previous.documentId, fileName: previous.fileName, previous };
  return { documentId: p.doc.documentId, fileName: p.fileName };
}
