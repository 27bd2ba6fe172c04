/** Baselines and synthetic catalogs for bench/routing. */
import * as fs from "node:fs";
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

/**
 * Words to vary synthetic mandates with: dictionary-sv's lower-case base forms of 5–14 letters, in a fixed
 * shuffled order (a catalog of 10,000 real mandates has tens of thousands of distinct words, not the five
 * samples' 1,100: spelling, compound splitting and postings all grow with that).
 */
function swedishWords(rnd: () => number): string[] {
  const dic = fs.readFileSync(require.resolve("dictionary-sv/index.dic"), "utf8");
  const out = dic
    .split("\n")
    .slice(1)
    .map((l) => l.split("/")[0]!)
    .filter((w) => /^[a-zåäö]{5,14}$/.test(w));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A seeded generator with a full period (the former `seed * 1103515245` overflowed a double's 53 bits and cycled after ~14,000 draws). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ["Samordningsgrupp", "Samordningsråd", "Ledningsgrupp", "Verksamhetschefsgrupp", "Samverkansgrupp", "Arbetsgrupp"];

/**
 * n synthetic groups in 40 organisations (250 per organisation at 10,000): each takes 6–13 of the sample
 * groups' duties and rewrites about a quarter of their longer words with other Swedish words (a fifth of those
 * new compounds), drawn skewed so that some recur often and most rarely, as in real text; every clause text is
 * its own, as in a real catalog (no cache over whole texts helps more than it would there).
 */
export function syntheticCatalog(catalog: Catalog, n: number): Catalog {
  const real = catalog.entries.filter((e) => e.entryType !== "referenced");
  const duties = real.flatMap((e) => e.duties);
  const areas = ["kardiologi", "ortopedi", "urologi", "onkologi", "psykiatri", "geriatrik", "barnmedicin", "ögonsjukvård", "hudsjukvård", "reumatologi", "neurologi", "kirurgi", "anestesi", "infektion", "endokrinologi", "lungmedicin", "njurmedicin", "gynekologi", "öron-näsa-hals", "rehabilitering"];
  const orgs = Array.from({ length: 40 }, (_, i) => ({ id: `org-${i}`, name: `Region Syntet ${i}`, aliases: [`Syntet ${i}`] }));
  const entries: GroupRecord[] = [...catalog.entries];
  const rnd = mulberry32(7);
  const pool = swedishWords(rnd);
  const draw = () => pool[Math.floor(pool.length * rnd() ** 3)]!;
  const vary = (text: string) => text.replace(/\p{L}{5,}/gu, (w) => (rnd() >= 0.25 ? w : rnd() < 0.2 ? `${draw()}${draw()}` : draw()));
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
      name: `${KINDS[i % KINDS.length]} ${area} ${draw()} ${i}`,
      aliases: [],
      organizationId: org.id,
      duties: picked.map((d) => ({ ...d, text: `${vary(d.text)} inom ${area}` })),
      boundaries: [],
      commissioner: undefined,
      parent: undefined,
      mentions: [],
    });
  }
  // as it comes from the store: parsed from JSON (flat strings, no shared objects)
  return JSON.parse(JSON.stringify({ ...catalog, version: catalog.version + 1, organizations: [...catalog.organizations, ...orgs], entries })) as Catalog;
}

/** Distinct words of a catalog's clause texts (to show how varied a synthetic catalog is). */
export function distinctWords(catalog: Catalog): number {
  const seen = new Set<string>();
  for (const e of catalog.entries) for (const c of [...e.duties, ...e.purpose, ...e.other]) for (const w of c.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) seen.add(w);
  return seen.size;
}
