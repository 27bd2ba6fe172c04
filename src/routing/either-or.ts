/**
 * "Vem fattar besluten – samverkansgruppen eller Chefsforum?", "Kan samverkansgruppen själv besluta om det, eller måste
 * det till Chefsforum?": a question that offers two named bodies as alternatives ("X … eller … Y") about deciding or
 * preparing asks which of the two the mandates give that part. Mandates part the two plainly (002: "Chefsforum är
 * även beslutande organ", "Samverkansgruppen ska vara en beredande grupp till Chefsforum"; 000: "Ledningsgruppen
 * beslutar om vilka verksamhetschefsgrupper …"): the alternative that a mandate sentence names as doing it — its
 * subject, or the agent after "av" — is the answer, citing that sentence. When both or neither do, nothing is
 * settled here and the question goes on as any other.
 */
import type { Catalog, Clause, GroupRecord } from "../catalog/schema";
import type { Actors } from "./actors";
import type { AnswerBuilder } from "./answers";
import { sentences } from "./actors";
import type { QuestionAnalysis } from "./analyze";
import type { CompiledLexicon, RelationTable } from "./compiled-lexicon";
import type { Relation } from "./lexicon";
import type { NameHit } from "./names";
import { words } from "./normalize";
import { clausesOf } from "./passages";
import { stemsOf } from "./cue-table";
import { matchAll } from "./relations";
import type { RouteCitation } from "./types";
import { packedMap } from "./packed";

/** The parts a mandate gives one body and not the other: deciding and preparing (beslutande organ, beredande grupp). */
const PARTS: readonly Relation[] = ["decides", "prepares"];

export interface EitherOrAnswer {
  readonly targetId: string;
  readonly relation: Relation;
  readonly citation: RouteCitation;
}

interface Said {
  readonly sentence: string;
  readonly clause: Clause;
  readonly home: GroupRecord;
}

export class EitherOr {
  /** Each organisation's entries, in catalog order; their sentences (`byOrg`) are read on the first question that needs them. */
  private readonly entriesOf = new Map<string, GroupRecord[]>();
  private readonly byOrg = new Map<string, Said[]>();
  /** Part and organisation → its sentences that say the part (`sentencesSaying`). */
  private readonly saying = new Map<string, readonly Said[]>();

  constructor(
    catalog: Catalog,
    private readonly actors: Actors,
    private readonly lex: CompiledLexicon,
    private readonly answers: AnswerBuilder,
  ) {
    for (const e of catalog.entries) {
      const list = this.entriesOf.get(e.organizationId);
      if (list) list.push(e);
      else this.entriesOf.set(e.organizationId, [e]);
    }
  }

  /**
   * The organisation's mandate sentences, each once, in catalog order: read when an either-or question first needs
   * them (at 10,000 groups reading all of them took about a second of every build, for a kind of question few ask).
   */
  private saidIn(organizationId: string): Said[] {
    let list = this.byOrg.get(organizationId);
    if (list) return list;
    list = [];
    const seen = new Set<string>();
    for (const e of this.entriesOf.get(organizationId) ?? [])
      for (const c of [...packedMap(clausesOf(e), (x) => x.clause), ...e.boundaries, ...e.escalation])
        for (const sentence of sentences(c.text)) {
          if (seen.has(sentence)) continue;
          seen.add(sentence);
          list.push({ sentence, clause: c, home: e });
        }
    this.byOrg.set(organizationId, list);
    return list;
  }

  /** The alternative the mandates name as doing the part the question asks about, when exactly one is. */
  answer(a: QuestionAnalysis, named: readonly NameHit[], byId: ReadonlyMap<string, GroupRecord>): EitherOrAnswer | undefined {
    const pair = alternatives(a, named);
    if (!pair) return undefined;
    const part = this.partAsked(a);
    if (!part) return undefined;
    const found = packedMap(pair, (h) => ({ h, said: this.doing(byId.get(h.entryId), part) }));
    const doers = found.filter((f) => f.said);
    if (doers.length !== 1) return undefined;
    const { h, said } = doers[0]!;
    return { targetId: h.entryId, relation: part, citation: this.answers.clauseCitation(said!.clause, said!.home.id, said!.sentence) };
  }

  /** Deciding or preparing, by the words the question uses (one of them only). */
  private partAsked(a: QuestionAnalysis): Relation | undefined {
    const asked = PARTS.filter((r) => askWords(this.lex.relations.get(r)).some((t) => matchAll(t, a.words, new Set(), stemsOf(a.words)) > 0));
    return asked.length === 1 ? asked[0] : undefined;
  }

  /**
   * The organisation's mandate sentences that say the part, in mandate order: which sentences say it depends on the
   * organisation and the part only, so they are found on the first question that asks and kept (at most two lists per
   * organisation), not read again word by word for every question.
   */
  private sentencesSaying(organizationId: string, part: Relation): readonly Said[] {
    const key = `${part}\u0000${organizationId}`;
    let list = this.saying.get(key);
    if (!list) {
      const tables = partWords(this.lex.relations.get(part));
      list = this.saidIn(organizationId).filter((said) => tables.some((t) => matchAll(t, words(said.sentence), new Set()) > 0));
      this.saying.set(key, list);
    }
    return list;
  }

  /** A mandate sentence of the body's organisation in which it does the part: its subject, or the agent after "av". */
  private doing(g: GroupRecord | undefined, part: Relation): Said | undefined {
    if (!g) return undefined;
    for (const said of this.sentencesSaying(g.organizationId, part)) {
      const bodies = this.actors.bodiesIn(said.sentence, g.organizationId);
      const acts = bodies.some((b) => b.id === g.id && (b.role === "subject" || b.role === "agent"));
      if (acts || (said.home.id === g.id && this.actors.startsWithSelf(said.sentence, g))) return said;
    }
    return undefined;
  }
}

/** The phrase tables that say a part: a relation's own clause words when it has them, else its words that ask alone. */
function partWords(t: RelationTable | undefined): RelationTable["about"][] {
  if (!t) return [];
  return t.clause ? [t.clause] : [t.alone];
}

/** The words a question asks a part with: the relation's words in any form ("fattar besluten", "bestämmer", "bereder"). */
function askWords(t: RelationTable | undefined): RelationTable["about"][] {
  if (!t) return [];
  return [t.about, t.alone, ...(t.clause ? [t.clause] : [])];
}

/**
 * Named bodies on both sides of an "eller": the question offers them as alternatives ("X eller Y", "kan X själv …
 * eller måste Y …"). A body named as the object of one side (which groups to set up) is among them; it is no doer.
 */
function alternatives(a: QuestionAnalysis, allNamed: readonly NameHit[]): NameHit[] | undefined {
  // a body in the genitive owns a noun ("nämndens möten", "samverkansgruppens dagordning"): no alternative offered
  const or = a.words.findIndex((w) => w === "eller" || w === "or");
  if (or < 0) return undefined;
  // … nor a body named in a clause of purpose after the alternatives ("… eller till UoU för att få upp den på
  // dagordningen hos samverkansgruppen"): "för att" opens what the asker wants, not one more way to send it
  const purpose = a.words.findIndex((w, i) => i > or && w === "for" && a.words[i + 1] === "att");
  const named = allNamed.filter((h) => !genitive(h, a) && (purpose < 0 || h.at < purpose));
  if (named.length < 2 || named.length > 3) return undefined;
  if (!named.some((h) => h.at < or) || !named.some((h) => h.at > or)) return undefined;
  return new Set(packedMap(named, (h) => h.entryId)).size === named.length ? [...named] : undefined;
}

/** A Swedish genitive: the name's last word ends in -s after a definite ending ("nämndens", "kansliets"), or ":s" follows ("VGR:s"). */
export function genitive(h: NameHit, a: QuestionAnalysis): boolean {
  const last = Math.max(h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1));
  // the word as written: a genitive the spelling took for a typo is read as the name ("verksamhetschefsgruppernas")
  const written = a.tokens.find((t) => t.at === last)?.word;
  return a.words[last + 1] === "s" || [a.words[last] ?? "", written ?? ""].some((w) => /(en|et|na|an)s$/.test(w));
}
