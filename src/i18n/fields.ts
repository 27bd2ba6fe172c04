import type { Escape } from "./errors";

/**
 * Refused fields in words, shared by the language tables (src/i18n/{sv,en}/<feature>.ts): each language
 * keeps its own field → text table, the logic is written once here, not in one language's file.
 */

/** The problems of refused fields in words, once each, in the form's order; `fallback` when none is known. */
export function problemsOf(fields: readonly string[], table: Record<string, string>, fallback: string): string {
  const known = [...new Set(fields.map((f) => table[f.split(".")[0] ?? ""]).filter((x): x is string => !!x))];
  return known.length > 0 ? known.join(" ") : fallback;
}

/** The refusal in words when its fields are known; else what the check said (the CLI's pasted lines, settings). */
export function refusedFields(r: { readonly issues?: readonly { path: string }[]; readonly message?: string }, e: Escape, table: Record<string, string>, prefix: string, fallback: string): string {
  const known = problemsOf((r.issues ?? []).map((i) => i.path), table, "");
  return known || `${prefix}${e(r.message || (r.issues ?? []).map((i) => i.path).join(", ") || fallback)}`;
}
