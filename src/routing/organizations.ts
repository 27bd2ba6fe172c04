/**
 * Which organisation a question is about: named in it (an organisation's name or alias from the
 * catalog, a place or hospital from the lexicon, or one of the regions of a collaboration), given
 * (--org, a click on the card) or remembered for the person. A name in the question always wins.
 */
import type { Organization } from "../catalog/schema";
import { fold, keySv, words } from "./normalize";
import { PhraseTable } from "./phrases";
import { packedMap } from "./packed";

export type OrganizationSource = "question" | "given" | "remembered" | "subject";

interface OrgPhrase {
  readonly id: string;
  /** Named by one of its own names (2), or as one of its member regions (1). */
  readonly strength: 1 | 2;
  /**
   * A one-word place name (folded): names take no plural or definite ending in Swedish, only the genitive -s, so the
   * word must be the name itself ("Sala", "Salas"), not any word with its key ("salar", "salarna" are rooms).
   */
  readonly literal?: string;
}

export interface OrgMention {
  readonly id: string;
  readonly strength: 1 | 2;
  /** Positions (in QuestionAnalysis.keys) the name covers. */
  readonly from: number;
  readonly to: number;
}

const GENERIC = new Set(packedMap(["region", "regionen", "landsting", "landstinget", "kommun", "kommuner", "kommunerna", "och", "i", "lan", "lanet"], keySv));

/**
 * The literal form of a one-word proper name (written with a capital) whose key is not the word itself, a key a common
 * word may share ("Sala" and "salar"). Common nouns among the names ("sjukvårdsregionen", "koncernen") inflect.
 */
function literal(name: string, proper = /^\p{Lu}/u.test(name.trim())): { literal?: string } {
  const ws = words(name);
  return ws.length === 1 && proper && keySv(ws[0]!) !== ws[0] ? { literal: ws[0]! } : {};
}

/**
 * Words for a region's neighbouring regions (keys): "grannregionerna", "grannlänen", "angränsande/närliggande/andra/övriga
 * regioner". Said beside a region of a collaboration, they name more of its regions.
 */
const NEIGHBOUR_WORDS = new Set(packedMap(["grannregionerna", "grannlanen", "grannlandstingen"], keySv));
const NEIGHBOUR_BEFORE_REGION = new Set(packedMap(["angransande", "narliggande", "andra", "ovriga"], keySv));
const REGION = keySv("regioner");

function speaksOfNeighbours(keys: readonly string[], excluded: ReadonlySet<number>): boolean {
  return keys.some((k, i) => !excluded.has(i) && (NEIGHBOUR_WORDS.has(k) || (k === REGION && i > 0 && NEIGHBOUR_BEFORE_REGION.has(keys[i - 1]!))));
}

export class Organizations {
  private readonly table = new PhraseTable<OrgPhrase>();
  private readonly byId = new Map<string, Organization>();

  constructor(orgs: readonly Organization[], lexiconNames: readonly { organisation: string; names: readonly string[] }[]) {
    const own = new Map<string, Set<string>>(); // distinctive word → organisations using it
    for (const o of orgs) {
      this.byId.set(o.id, o);
      for (const n of [o.name, o.id.replace(/-/g, " "), ...o.aliases]) {
        const keys = packedMap(words(n), keySv);
        this.table.add(keys, { id: o.id, strength: 2 });
        for (const k of keys) if (k.length >= 4 && !GENERIC.has(k)) own.set(k, (own.get(k) ?? new Set()).add(o.id));
      }
      for (const r of o.regions ?? []) {
        this.table.add(packedMap(words(r), keySv), { id: o.id, strength: 1 });
        // "Region Örebro län" is also written "Örebro" (a region's name: a proper name)
        const rest = words(r).filter((w) => !GENERIC.has(keySv(w)));
        if (rest.length) this.addName(rest.join(" "), { id: o.id, strength: 1, ...literal(rest.join(" "), true) });
      }
    }
    // a word only one organisation's names use names it ("Mellansverige", "Götaland")
    for (const [k, ids] of own) if (ids.size === 1) this.table.add([k], { id: [...ids][0]!, strength: 2 });
    for (const o of lexiconNames) if (this.byId.has(o.organisation)) for (const n of o.names) this.addName(n, { id: o.organisation, strength: 2, ...literal(n) });
    // an organisation that is one of a collaboration's regions ("Region Västmanland" of Sjukvårdsregion Mellansverige)
    for (const o of orgs)
      for (const r of o.regions ?? []) {
        const keys = packedMap(words(r), keySv);
        for (const m of this.table.matchesAt(keys, 0)) if (m.length === keys.length && m.value.strength === 2 && m.value.id !== o.id) this.members.set(m.value.id, o.id);
      }
  }

  /**
   * A name, and a one-word proper name also in the genitive: a Swedish name takes -s ("Kungsörs kommun", "Salas
   * vårdcentral"), and the stemmer may cut the two forms to different keys ("kungsör" → "kung", "kungsörs" → "kungs").
   * A name that ends in s, x or z takes no -s (an apostrophe, "Västerås'", which words() drops).
   */
  private addName(name: string, value: OrgPhrase): void {
    const keys = packedMap(words(name), keySv);
    this.table.add(keys, value);
    const w = value.literal;
    if (!w || /[sxz]$/u.test(w)) return;
    const genitive = keySv(`${w}s`);
    if (genitive !== keys[0]) this.table.add([genitive], value);
  }

  /** Member organisation → the collaboration whose region it is. */
  private readonly members = new Map<string, string>();

  /** `member` is one of the regions of the collaboration `of`. */
  memberOf(member: string, of: string): boolean {
    return this.members.get(member) === of;
  }

  get all(): Organization[] {
    return [...this.byId.values()];
  }

  name(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * Every organisation named in a key sequence, longest names first, without overlaps. `folded`: the words the keys
   * are of, so that a one-word place name is matched as written (without them, on its key alone).
   */
  mentions(keys: readonly string[], folded?: readonly string[]): OrgMention[] {
    const out: OrgMention[] = [];
    const asWritten = (m: { length: number; value: OrgPhrase }, i: number) => !folded || !m.value.literal || m.length !== 1 || folded[i] === m.value.literal || folded[i] === `${m.value.literal}s`;
    for (let i = 0; i < keys.length; ) {
      // the matches come longest first: the first one kept sets the length (no array per word: most match nothing)
      let len = 0;
      for (const m of this.table.matchesAt(keys, i)) {
        if (!asWritten(m, i) || (len && m.length !== len)) continue;
        len = m.length;
        out.push({ id: m.value.id, strength: m.value.strength, from: i, to: i + len });
      }
      i += len || 1;
    }
    return out;
  }

  /**
   * The organisations a question names. A region named as a member of a collaboration that is named too
   * belongs to it ("Region Västmanland i samverkansnämnden"); an organisation's own name beats membership.
   */
  named(keys: readonly string[], excluded: ReadonlySet<number> = new Set(), folded?: readonly string[]): { ids: string[]; positions: Set<number> } {
    const ms = this.mentions(keys, folded).filter((m) => !excluded.has(m.from));
    const positions = new Set<number>();
    const spans = new Map<number, OrgMention[]>();
    for (const m of ms) {
      for (let i = m.from; i < m.to; i++) positions.add(i);
      spans.set(m.from, [...(spans.get(m.from) ?? []), m]);
    }
    // per span: an organisation's own name beats membership of a region
    const kept: { span: OrgMention[]; id: string }[] = [];
    for (const span of spans.values()) {
      const strong = span.filter((m) => m.strength === 2);
      for (const m of strong.length ? strong : span) kept.push({ span, id: m.id });
    }
    // two or more member regions of one collaboration named together: the question is about the collaboration
    // ("Västmanland och Uppsala vill köpa …" is Sjukvårdsregion Mellansverige)
    // a region is named by one of the collaboration's regions, or by a place of an organisation that is one of them
    // ("Västerås och Uppsala …": Region Västmanland and Region Uppsala; "Västerås och Köping" is one region)
    const regionsNamed = new Map<string, Set<string>>();
    for (const [from, span] of spans) {
      const of = new Map<string, string>();
      for (const m of span) if (m.strength === 1 && !of.has(m.id)) of.set(m.id, `at ${from}`);
      for (const m of span) if (m.strength === 2 && this.members.has(m.id)) of.set(this.members.get(m.id)!, `org ${m.id}`);
      for (const [id, region] of of) regionsNamed.set(id, (regionsNamed.get(id) ?? new Set()).add(region));
    }
    // "… tillsammans med grannregionerna": a member region and its neighbours are several regions of its collaboration
    if (speaksOfNeighbours(keys, excluded)) for (const named of regionsNamed.values()) named.add("neighbours");
    const together = packedMap([...regionsNamed].filter(([, n]) => n.size >= 2), ([id]) => id);
    if (together.length === 1) {
      const id = together[0]!;
      for (const k of kept) if (k.span.some((m) => m.id === id) || this.members.get(k.id) === id) k.id = id;
    }
    const namedOutright = new Set(packedMap(kept.filter((k) => k.span.some((m) => m.id === k.id && m.strength === 2)), (k) => k.id));
    const ids = new Set<string>();
    for (const k of kept) {
      // words that name one organisation and a member region of another organisation named elsewhere: the latter
      const regionOf = k.span.filter((m) => m.strength === 1 && m.id !== k.id && namedOutright.has(m.id) && kept.some((o) => o.id === m.id && o.span !== k.span));
      if (regionOf.length) for (const r of regionOf) ids.add(r.id);
      else ids.add(k.id);
    }
    return { ids: [...ids], positions };
  }

  /**
   * Each organisation's id, name and aliases, folded → the first organisation (in catalog order) that writes it: a
   * remembered or given organisation is resolved on every question, and folding every name each time was most of it.
   */
  private forms: Map<string, string> | undefined;

  /** An organisation from an id, name or alias (forgiving), or undefined. */
  resolve(text: string | undefined): string | undefined {
    if (!text) return undefined;
    if (!this.forms) {
      this.forms = new Map();
      for (const o of this.byId.values()) for (const f of packedMap([o.id, o.name, ...o.aliases], fold)) if (!this.forms.has(f)) this.forms.set(f, o.id);
    }
    const own = this.forms.get(fold(text));
    if (own !== undefined) return own;
    const { ids } = this.named(packedMap(words(text), keySv));
    return ids.length === 1 ? ids[0] : undefined;
  }
}
