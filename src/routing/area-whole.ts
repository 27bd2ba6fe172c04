/**
 * A care area no mandate names is still an area of hälso- och sjukvård. VGR has a samordningsråd inom hälso- och
 * sjukvård per area (003's template: "Ansvarsområde: xxx"; 004: "samordningsråden", "ett enskilt samordningsråd"), so
 * "hudsjukvården", "ÖNH" or "smärtvården" speak of sjukvård the way "ögonsjukvården" does by its own parts. The
 * specialities are data (samples/lexicon/synonymer.yaml, `area: true`); this only says what they are a part of.
 *
 * In an organisation whose kind of group is one per area, the area's whole there is that kind: Sjukvårdsregion
 * Mellansverige has verksamhetschefsgrupper, one per verksamhet ("Samtliga regioner ska vara representerade i alla
 * verksamhetschefsgrupper", 000; a speciality is a "verksamhet" in the mandates' own words, 004's "Verksamhet
 * samordningsråd bild- och funktionsmedicin"), so urologi or röntgen between its regions is its VCG's. The kind's
 * name says it (its full terms); a question with no organisation keeps sjukvård.
 *
 * Only for areas no concrete group (of the organisation, when known) has — a concrete group's area is in its own
 * clauses, and adding the whole there makes its kind a rival — and only when the question names one area: two or
 * more are "flera verksamhetsområden".
 */
import type { GroupRecord } from "../catalog/schema";
import { HEAD_CREDIT, type QuestionAnalysis } from "./analyze";
import { packedMap } from "./packed";
import { keySv, words } from "./normalize";

const WHOLE = keySv(words("sjukvård")[0]!);

/** What a care area is a part of: without an organisation, and in each organisation that has a kind of group. */
export interface AreaWholes {
  readonly anywhere: { readonly terms: readonly string[]; readonly groupAreas: ReadonlySet<string> };
  readonly byOrganization: ReadonlyMap<string, { readonly terms: readonly string[]; readonly groupAreas: ReadonlySet<string> }>;
}

/**
 * `areasOf`: each concrete group's care areas; `nameTerms`: a kind's name as passage terms with their strengths.
 * An organisation with more than one kind has no one whole: it keeps sjukvård.
 */
export function areaWholes(entries: readonly GroupRecord[], areasOf: ReadonlyMap<string, ReadonlySet<string>>, nameTerms: (name: string) => ReadonlyMap<string, number>): AreaWholes {
  const all = new Set<string>();
  const ofOrg = new Map<string, Set<string>>();
  const kinds = new Map<string, GroupRecord[]>();
  for (const e of entries) {
    const own = areasOf.get(e.id);
    if (own) {
      const org = ofOrg.get(e.organizationId) ?? new Set<string>();
      for (const c of own) {
        org.add(c);
        all.add(c);
      }
      ofOrg.set(e.organizationId, org);
    }
    if (e.entryType === "kind") kinds.set(e.organizationId, [...(kinds.get(e.organizationId) ?? []), e]);
  }
  const byOrganization = new Map<string, { terms: string[]; groupAreas: ReadonlySet<string> }>();
  for (const [org, ks] of kinds) {
    if (ks.length !== 1) continue;
    const terms = packedMap([...nameTerms(ks[0]!.name)].filter(([, s]) => s >= 1), ([t]) => t);
    if (terms.length) byOrganization.set(org, { terms, groupAreas: ofOrg.get(org) ?? new Set() });
  }
  return { anywhere: { terms: [WHOLE], groupAreas: all }, byOrganization };
}

export function withAreaWhole(a: QuestionAnalysis, areaConcepts: ReadonlySet<string>, wholes: AreaWholes, orgId: string | undefined): QuestionAnalysis {
  const named = new Set(a.tokens.flatMap((t) => packedMap(t.terms.filter((x) => x.credit === 1 && areaConcepts.has(x.term)), (x) => x.term)));
  if (named.size !== 1) return a;
  const area = [...named][0]!;
  const whole = (orgId !== undefined ? wholes.byOrganization.get(orgId) : undefined) ?? wholes.anywhere;
  if (whole.groupAreas.has(area)) return a;
  const tokens = packedMap(a.tokens, (t) => {
    if (!t.terms.some((x) => x.term === area && x.credit === 1)) return t;
    const added = whole.terms.filter((w) => !t.terms.some((x) => x.term === w && x.credit >= HEAD_CREDIT));
    if (!added.length) return t;
    return { ...t, terms: [...t.terms.filter((x) => !added.includes(x.term)), ...packedMap(added, (term) => ({ term, credit: HEAD_CREDIT }))] };
  });
  return { ...a, tokens };
}
