/** Baselines and synthetic catalogs for bench/routing. */
import MiniSearch from "minisearch";
import type { Catalog, GroupRecord } from "../src/catalog/schema";
import type { Answer } from "../src/routing/evaluate";
import type { RouteResult } from "../src/routing/router";

const NONE: RouteResult = { status: "none", owner: null, confidence: 0, citations: [], candidates: [], escalation: null };

/** BM25 (minisearch defaults) over every cited clause, attributed to the entry whose mandate holds it; no hit = none. */
export function bm25Baseline(catalog: Catalog): Answer {
  const byDoc = new Map(catalog.entries.filter((e) => e.document).map((e) => [e.document!.documentId, e]));
  const docs: { id: number; text: string; entryId: string; section: string }[] = [];
  for (const e of catalog.entries) {
    const clauses = [...e.purpose, ...e.duties, ...e.boundaries, ...e.decisionRules, ...e.escalation, ...e.other, ...e.reporting.map((r) => r.clause), ...(e.chair ? [e.chair.clause] : [])];
    for (const c of clauses) docs.push({ id: docs.length, text: c.text, entryId: byDoc.get(c.citation.documentId)?.id ?? e.id, section: c.citation.section });
  }
  const ms = new MiniSearch<{ id: number; text: string; entryId: string; section: string }>({ fields: ["text"], storeFields: ["entryId", "section", "text"] });
  ms.addAll(docs);
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  const orgName = (e: GroupRecord) => catalog.organizations.find((o) => o.id === e.organizationId)?.name ?? e.organizationId;
  return (q) => {
    const hits = ms.search(q.question);
    if (!hits.length) return NONE;
    const top = byId.get(hits[0]!.entryId as string)!;
    return {
      status: "owner",
      owner: { id: top.id, name: top.name, organization: orgName(top) },
      confidence: 1,
      citations: [{ groupId: top.id, section: hits[0]!.section as string, text: hits[0]!.text as string }],
      candidates: [...new Set(hits.slice(0, 20).map((h) => h.entryId as string))].slice(0, 3).map((id) => ({ id, name: byId.get(id)!.name, organization: orgName(byId.get(id)!), score: 0 })),
      escalation: null,
    };
  };
}

/** n synthetic groups: the sample groups' duties recombined under new names in 40 organisations (250 per organisation at 10,000). */
export function syntheticCatalog(catalog: Catalog, n: number): Catalog {
  const real = catalog.entries.filter((e) => e.entryType !== "referenced");
  const duties = real.flatMap((e) => e.duties);
  const areas = ["kardiologi", "ortopedi", "urologi", "onkologi", "psykiatri", "geriatrik", "barnmedicin", "ögonsjukvård", "hudsjukvård", "reumatologi", "neurologi", "kirurgi", "anestesi", "infektion", "endokrinologi", "lungmedicin", "njurmedicin", "gynekologi", "öron-näsa-hals", "rehabilitering"];
  const orgs = Array.from({ length: 40 }, (_, i) => ({ id: `org-${i}`, name: `Region Syntet ${i}`, aliases: [`Syntet ${i}`] }));
  const entries: GroupRecord[] = [...catalog.entries];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length]!;
    const area = areas[i % areas.length]!;
    const org = orgs[i % orgs.length]!;
    const picked = Array.from({ length: 6 + Math.floor(rnd() * 8) }, () => duties[Math.floor(rnd() * duties.length)]!);
    entries.push({
      ...base,
      id: `${org.id}:grupp-${i}`,
      entryType: "group",
      kindId: undefined,
      name: `Samordningsgrupp ${area} ${i}`,
      aliases: [],
      organizationId: org.id,
      duties: picked.map((d) => ({ ...d, text: `${d.text} inom ${area}` })),
      boundaries: [],
      commissioner: undefined,
      parent: undefined,
      mentions: [],
    });
  }
  // as it comes from the store: parsed from JSON (flat strings, no shared objects)
  return JSON.parse(JSON.stringify({ ...catalog, version: catalog.version + 1, organizations: [...catalog.organizations, ...orgs], entries })) as Catalog;
}
