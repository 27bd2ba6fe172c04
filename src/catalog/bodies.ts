import { fold } from "./text";

/**
 * Bodies and roles the mandates name, per organisation: the lexicon that turns words in a clause into a
 * reference to a catalog entry. A body the documents name but no document describes becomes an entry
 * with knownOnlyFromReferences: true. Override files can add entries (see overrides.ts).
 */
export interface BodyPattern {
  readonly id: string;
  readonly name: string;
  readonly organizationId: string;
  /** Folded (see fold) phrases; longest match wins. */
  readonly phrases: readonly string[];
  readonly kind: "body" | "role";
}

export const KNOWN_BODIES: readonly BodyPattern[] = [
  // Sjukvårdsregion Mellansverige
  { id: "sjukvardsregion-mellansverige:samverkansnamnden", name: "Samverkansnämnden", organizationId: "sjukvardsregion-mellansverige", kind: "body",
    phrases: ["samverkansnamnden", "samverkansnamndens"] },
  { id: "sjukvardsregion-mellansverige:ledningsgrupp", name: "Samverkansnämndens ledningsgrupp", organizationId: "sjukvardsregion-mellansverige", kind: "body",
    phrases: ["samverkansnamndens ledningsgrupp", "ledningsgruppen", "ledningsgrupp", "ledningsorganisationen"] },
  { id: "sjukvardsregion-mellansverige:regiondirektorsgrupp", name: "Samverkansnämndens landstings- och regiondirektörsgrupp", organizationId: "sjukvardsregion-mellansverige", kind: "body",
    phrases: ["samverkansnamndens landstings och regiondirektorsgrupp", "landstings och regiondirektorsgruppen", "samverkansnamndens regiondirektorsgrupp", "regiondirektorsgruppen", "regiondirektorsgrupp"] },
  { id: "sjukvardsregion-mellansverige:kansli", name: "Samverkansnämndens kansli", organizationId: "sjukvardsregion-mellansverige", kind: "body",
    phrases: ["samverkansnamndens kansli", "kansliet"] },
  { id: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", name: "Verksamhetschefsgrupper", organizationId: "sjukvardsregion-mellansverige", kind: "body",
    phrases: ["verksamhetschefsgrupperna", "verksamhetschefsgrupper", "verksamhetschefsgrupp"] },
  { id: "sjukvardsregion-mellansverige:regiondirektor", name: "Regiondirektör (respektive region)", organizationId: "sjukvardsregion-mellansverige", kind: "role",
    phrases: ["respektive regiondirektor"] },
  // Västmanland
  { id: "vastmanland:chefsforum", name: "Chefsforum", organizationId: "vastmanland", kind: "body", phrases: ["chefsforum", "chefsforums"] },
  { id: "vastmanland:uou-vkl", name: "Utvecklings- och Utredningsenheten (UoU), Västmanlands Kommuner och Landsting", organizationId: "vastmanland", kind: "body",
    phrases: ["utvecklings och utredningsenheten", "uou"] },
  { id: "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor", name: "Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor", organizationId: "vastmanland", kind: "body",
    phrases: ["samverkansgruppen for halso och sjukvardsfragor", "samverkansgruppen", "samverkansgruppens"] },
  // the principals are organisations (the county council and each municipality), not a post one person holds
  { id: "vastmanland:huvudman", name: "Huvudmännen (Landstinget Västmanland och kommunerna)", organizationId: "vastmanland", kind: "body", phrases: ["respektive huvudman", "respektive huvudmans"] },
  // VGR
  { id: "vgr:koncernledning-halso-och-sjukvard", name: "Koncernledning hälso- och sjukvård", organizationId: "vgr", kind: "body",
    phrases: ["koncernledningsgrupp halso och sjukvard", "koncernledning halso och sjukvard", "ledningsgrupp halso och sjukvard", "koncernledning halso och sjukvardvara"] },
  { id: "vgr:halso-och-sjukvardsdirektor", name: "Hälso- och sjukvårdsdirektör", organizationId: "vgr", kind: "role",
    phrases: ["halso och sjukvardsdirektoren", "halso och sjukvardsdirektor"] },
  { id: "vgr:halso-och-sjukvardsutvecklingsdirektor", name: "Hälso- och sjukvårdsutvecklingsdirektör", organizationId: "vgr", kind: "role",
    phrases: ["halso och sjukvardsutvecklingsdirektoren", "halso och sjukvardsutvecklingsdirektor"] },
  { id: "vgr:regiondirektor", name: "Regiondirektör (VGR)", organizationId: "vgr", kind: "role", phrases: ["regiondirektoren", "regiondirektorens"] },
  { id: "vgr:klinisk-ledning", name: "Klinisk ledning", organizationId: "vgr", kind: "body", phrases: ["klinisk ledning"] },
  { id: "vgr:program-och-prioriteringsradet", name: "Program- och prioriteringsrådet (PPR)", organizationId: "vgr", kind: "body",
    phrases: ["program och prioriteringsradets", "program och prioriteringsradet", "ppr"] },
  { id: "vgr:regionovergripande-samordnande-grupper", name: "Regionövergripande samordnande grupper", organizationId: "vgr", kind: "body",
    phrases: ["regionovergripande samordnande grupper"] },
  { id: "vgr:koncernovergripande-grupp", name: "Koncernövergripande grupper", organizationId: "vgr", kind: "body",
    phrases: ["berord koncernovergripande grupp", "koncernovergripande grupp"] },
  { id: "vgr:koncernkontoret", name: "Koncernkontoret", organizationId: "vgr", kind: "body", phrases: ["koncernkontoret"] },
  { id: "vgr:forvaltningschef", name: "Förvaltningschef (respektive förvaltning)", organizationId: "vgr", kind: "role",
    phrases: ["respektive forvaltningschef", "forvaltningscheferna"] },
  { id: "vgr:kontaktperson-samordningsrad", name: "Kontaktperson för samordningsråd (i koncernledning hälso- och sjukvård)", organizationId: "vgr", kind: "role",
    phrases: ["samordningsradets kontaktperson", "kontaktperson"] },
];

export interface BodyMatch {
  readonly body: BodyPattern;
  readonly index: number;
  readonly matched: string;
}

/** The phrases of an organisation's bodies, longest first. */
function phrasesOf(organizationId: string, extra: readonly BodyPattern[]): { b: BodyPattern; p: string }[] {
  const candidates = [...KNOWN_BODIES, ...extra].filter((b) => b.organizationId === organizationId);
  return candidates.flatMap((b) => b.phrases.map((p) => ({ b, p }))).sort((a, c) => c.p.length - a.p.length);
}

/** KNOWN_BODIES' phrases per organisation, sorted once: the catalog build and the router's passage build ask clause by clause. */
const knownPhrases = new Map<string, { b: BodyPattern; p: string }[]>();

/** All bodies named in a clause of a document of the given organisation, in text order, longest phrase first. */
export function findBodies(text: string, organizationId: string, extra: readonly BodyPattern[] = []): BodyMatch[] {
  const f = ` ${fold(text)} `;
  const phrases = extra.length ? phrasesOf(organizationId, extra) : (knownPhrases.get(organizationId) ?? knownPhrases.set(organizationId, phrasesOf(organizationId, [])).get(organizationId)!);
  const taken: [number, number][] = [];
  const out: BodyMatch[] = [];
  for (const { b, p } of phrases) {
    let from = 0;
    for (;;) {
      const i = f.indexOf(` ${p} `, from);
      if (i < 0) break;
      from = i + 1;
      const span: [number, number] = [i, i + p.length + 1];
      if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue;
      taken.push(span);
      if (!out.some((m) => m.body.id === b.id && m.index === i)) out.push({ body: b, index: i, matched: p });
    }
  }
  return out.sort((a, c) => a.index - c.index);
}
