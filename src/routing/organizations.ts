/**
 * Which organisation a question is about: named in it (an organisation's name or alias from the
 * catalog, a place or hospital from the lexicon, or one of the regions of a collaboration), given
 * (--org, a click on the card) or remembered for the person. A name in the question always wins.
 */
import type { Organization } from "../catalog/schema";
import { fold, keySv, words } from "./normalize";
import { PhraseTable } from "./phrases";

export type OrganizationSource = "question" | "given" | "remembered" | "subject";

interface OrgPhrase {
  readonly id: string;
  /** Named by one of its own names (2), or as one of its member regions (1). */
  readonly strength: 1 | 2;
}

export interface OrgMention {
  readonly id: string;
  readonly strength: 1 | 2;
  /** Positions (in QuestionAnalysis.keys) the name covers. */
  readonly from: number;
  readonly to: number;
}

const GENERIC = new Set(["region", "regionen", "landsting", "landstinget", "kommun", "kommuner", "kommunerna", "och", "i", "lan", "lanet"].map(keySv));

export class Organizations {
  private readonly table = new PhraseTable<OrgPhrase>();
  private readonly byId = new Map<string, Organization>();

  constructor(orgs: readonly Organization[], lexiconNames: readonly { organisation: string; names: readonly string[] }[]) {
    const own = new Map<string, Set<string>>(); // distinctive word → organisations using it
    for (const o of orgs) {
      this.byId.set(o.id, o);
      for (const n of [o.name, o.id.replace(/-/g, " "), ...o.aliases]) {
        const keys = words(n).map(keySv);
        this.table.add(keys, { id: o.id, strength: 2 });
        for (const k of keys) if (k.length >= 4 && !GENERIC.has(k)) own.set(k, (own.get(k) ?? new Set()).add(o.id));
      }
      for (const r of o.regions ?? []) {
        this.table.add(words(r).map(keySv), { id: o.id, strength: 1 });
        // "Region Örebro län" is also written "Örebro"
        const rest = words(r).filter((w) => !GENERIC.has(keySv(w)));
        if (rest.length) this.table.add(rest.map(keySv), { id: o.id, strength: 1 });
      }
    }
    // a word only one organisation's names use names it ("Mellansverige", "Götaland")
    for (const [k, ids] of own) if (ids.size === 1) this.table.add([k], { id: [...ids][0]!, strength: 2 });
    for (const o of lexiconNames) if (this.byId.has(o.organisation)) for (const n of o.names) this.table.add(words(n).map(keySv), { id: o.organisation, strength: 2 });
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

  /** Every organisation named in a key sequence, longest names first, without overlaps. */
  mentions(keys: readonly string[]): OrgMention[] {
    const out: OrgMention[] = [];
    for (let i = 0; i < keys.length; ) {
      const all = [...this.table.matchesAt(keys, i)];
      if (!all.length) {
        i++;
        continue;
      }
      const len = all[0]!.length;
      for (const m of all) if (m.length === len) out.push({ id: m.value.id, strength: m.value.strength, from: i, to: i + len });
      i += len;
    }
    return out;
  }

  /**
   * The organisations a question names. A region named as a member of a collaboration that is named too
   * belongs to it ("Region Västmanland i samverkansnämnden"); an organisation's own name beats membership.
   */
  named(keys: readonly string[], excluded: ReadonlySet<number> = new Set()): { ids: string[]; positions: Set<number> } {
    const ms = this.mentions(keys).filter((m) => !excluded.has(m.from));
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
    const regionSpans = new Map<string, number>();
    for (const span of spans.values()) for (const m of span) if (m.strength === 1) regionSpans.set(m.id, (regionSpans.get(m.id) ?? 0) + 1);
    const together = [...regionSpans].filter(([, n]) => n >= 2).map(([id]) => id);
    if (together.length === 1) {
      const id = together[0]!;
      for (const k of kept) if (k.span.some((m) => m.id === id)) k.id = id;
    }
    const namedOutright = new Set(kept.filter((k) => k.span.some((m) => m.id === k.id && m.strength === 2)).map((k) => k.id));
    const ids = new Set<string>();
    for (const k of kept) {
      // words that name one organisation and a member region of another organisation named elsewhere: the latter
      const regionOf = k.span.filter((m) => m.strength === 1 && m.id !== k.id && namedOutright.has(m.id) && kept.some((o) => o.id === m.id && o.span !== k.span));
      if (regionOf.length) for (const r of regionOf) ids.add(r.id);
      else ids.add(k.id);
    }
    return { ids: [...ids], positions };
  }

  /** An organisation from an id, name or alias (forgiving), or undefined. */
  resolve(text: string | undefined): string | undefined {
    if (!text) return undefined;
    const f = fold(text);
    for (const o of this.byId.values()) if (fold(o.id) === f || fold(o.name) === f || o.aliases.some((a) => fold(a) === f)) return o.id;
    const { ids } = this.named(words(text).map(keySv));
    return ids.length === 1 ? ids[0] : undefined;
  }
}
