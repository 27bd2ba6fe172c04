import { KNOWN_BODIES, type BodyPattern } from "../bodies";
import { hasPlaceholder, type ParsedDocument } from "../parser";
import { ORGANIZATIONS, UNKNOWN_ORGANIZATION_ID } from "../schema";
import { fold, slug } from "../text";
import { clausesIn, sentenceCase, type Placeholder } from "./context";

/** Who the document is about: organisation, name, area, kind or group, and the entry id. */

const ORG_SIGNALS: Record<string, RegExp> = {
  vgr: /\b(vgr|västra götaland\w*|koncernkontoret|koncernledning\w*)\b/gi,
  "sjukvardsregion-mellansverige": /\b(sjukvårdsregion mellansverige|samverkansnämnd\w*)\b/gi,
  vastmanland: /\b(västmanland\w*|vkl)\b/gi,
};

/** The organisation whose words the document uses most. */
export function detectOrganization(text: string): string {
  let best = UNKNOWN_ORGANIZATION_ID;
  let bestCount = 0;
  for (const [id, re] of Object.entries(ORG_SIGNALS)) {
    const n = text.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = id;
      bestCount = n;
    }
  }
  return best;
}

/** Preamble segments joined where a title runs on ("… för" + next line; lines in capitals). */
function joinedTitleLines(texts: readonly string[]): string[] {
  const groups: string[] = [];
  for (const t of texts) {
    const prev = groups[groups.length - 1];
    const prevCaps = prev !== undefined && prev === prev.toUpperCase();
    if (prev !== undefined && (/\bför$/i.test(prev) || (prevCaps && t === t.toUpperCase()))) groups[groups.length - 1] = `${prev} ${t}`;
    else groups.push(t);
  }
  return groups;
}

/** The group's name from the title lines: "Uppdragsbeskrivning för X" / "Uppdragshandling för X, reviderad …". */
export function nameFromPreamble(doc: ParsedDocument): string | undefined {
  const segs = doc.preamble.filter(
    (s) => !/^(datum|diarienummer|fastställd|dnr)\b/i.test(s.text) && !ORGANIZATIONS.some((o) => o.aliases.some((a) => fold(a) === fold(s.text))),
  );
  const names = joinedTitleLines(segs.map((s) => s.text))
    .map((g) => g.replace(/^uppdrag\w*(beskrivning|handling)\s*/i, "").replace(/^för\s+/i, "").replace(/,\s*reviderad.*$/i, "").trim())
    .filter((g) => g.length >= 3);
  const last = names[names.length - 1];
  return last ? sentenceCase(last) : undefined;
}

/** The document's title ("Uppdragsbeskrivning för …"), the longest when there are several. */
export function titleOf(doc: ParsedDocument): string | undefined {
  const titles = joinedTitleLines(doc.preamble.map((p) => p.text)).filter((g) => /^uppdrag\w*(beskrivning|handling)/i.test(g));
  return titles.sort((a, b) => b.length - a.length)[0];
}

export interface Identity {
  readonly id: string;
  readonly name: string;
  readonly parsedName?: string;
  readonly area?: string;
  readonly isKind: boolean;
  readonly selfBody?: BodyPattern;
  readonly placeholders: Placeholder[];
}

export function extractIdentity(
  doc: ParsedDocument,
  organizationId: string,
  opts: { readonly name?: string; readonly entryType?: "group" | "kind"; readonly extraBodies?: readonly BodyPattern[] },
): Identity {
  const placeholders: Placeholder[] = [];
  const areaClause = clausesIn({ doc }, "area")[0];
  let area: string | undefined = areaClause?.c.text;
  if (areaClause && hasPlaceholder(area)) {
    placeholders.push({ text: `Ansvarsområde: ${area}`, line: areaClause.c.lineStart, field: "area" });
    area = undefined;
  }
  const parsedName = nameFromPreamble(doc);
  const name = opts.name ?? parsedName ?? doc.documentId;
  // a template for many groups: its area is left open ("xxx"), or its name is a plural
  const isKind = opts.entryType ? opts.entryType === "kind" : (areaClause !== undefined && area === undefined) || /(grupper|råden|grupperna)$/i.test(name);
  const folded = fold(name);
  const selfBody = [...KNOWN_BODIES, ...(opts.extraBodies ?? [])].find((b) => b.organizationId === organizationId && (b.phrases.includes(folded) || fold(b.name) === folded));
  const id = selfBody?.id ?? `${organizationId}:${slug(name)}`;
  return { id, name, ...(parsedName ? { parsedName } : {}), ...(area ? { area } : {}), isKind, ...(selfBody ? { selfBody } : {}), placeholders };
}
