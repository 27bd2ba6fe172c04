import type { Catalog } from "../src/catalog/schema";
import { findConcreteGroup, findGroup } from "../src/catalog/lookup";
import { spellOutAbbreviations } from "../src/routing/spell-out";
import type { Messages } from "../src/i18n";
import { escapeText, truncate } from "../cards/render";

export type GroupLookup = { ok: true; id: string; name: string } | { ok: false; reply: string };

/** The group a message names, or the reply that says it is unknown or which ones it could be. */
export function lookupGroup(catalog: Catalog, query: string, t: Messages): GroupLookup {
  const found = findConcreteGroup(catalog, query, spellOutAbbreviations);
  if (found.ok) return { ok: true, id: found.entry.id, name: found.entry.name };
  if (found.code === "AMBIGUOUS") return { ok: false, reply: t.groups.ambiguous(found.candidates.slice(0, 8).map((c) => escapeText(c.name))) };
  // a kind of group ("verksamhetschefsgrupp") is a template, not a group with meetings and items: say so, and name its groups
  const kind = findGroup(catalog, query, spellOutAbbreviations);
  if (kind.ok && kind.entry.entryType === "kind") {
    const groups = catalog.entries.filter((e) => e.kindId === kind.entry.id && e.entryType === "group").map((e) => escapeText(e.name));
    return { ok: false, reply: t.groups.kindNotGroup(escapeText(kind.entry.name), groups.slice(0, 8)) };
  }
  return { ok: false, reply: t.groups.notFound(quotedName(query)) };
}

/**
 * An unknown name as quoted back: its first line, at most 60 characters. A text pasted after a command
 * (minutes, a description) is never echoed back as if it were a name.
 */
export const quotedName = (query: string): string => escapeText(truncate((query.split("\n")[0] ?? "").trim(), 60));
