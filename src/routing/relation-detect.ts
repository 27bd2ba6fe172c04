/**
 * Which relation of a group a question asks for ("who appoints the chair of X", "who does X report to"): the relation
 * whose words (samples/lexicon fragor.yaml + relationer.yaml) the question uses most, read as written and without the
 * named groups' names. relation-asked.ts then decides whether the question really asks it.
 */
import { isConcept, type QuestionAnalysis } from "./analyze";
import type { CompiledLexicon, RelationTable } from "./compiled-lexicon";
import { stemsOf } from "./cue-table";
import type { Relation } from "./lexicon";
import type { NameHit } from "./names";
import { packedMap } from "./packed";
import { isGroupWord } from "./group-words";
import { subjectsAfterModal } from "./subject";

export interface RelationAsked {
  readonly relation: Relation;
  /** Positions (in analysis.words) of the words that asked for it. */
  readonly cues: ReadonlySet<number>;
}

/** How far apart (in words) a relation's act and its object may stand in a question. */
const NEAR_WORDS = 5;

/** `ks`: the words' keys, for a question (its words are matched by key too); none for a mandate sentence. */
export function matchAll(t: RelationTable["about"], ws: readonly string[], hits: Set<number>, ks?: readonly string[]): number {
  let n = 0;
  for (const i of t.startsIn(ws, ks)) {
    const m = t.longestAt(ws, i, ks);
    if (!m) continue;
    n++;
    for (let j = i; j < i + m.length; j++) hits.add(j);
  }
  return n;
}

/** Words that stand between a group's name and the rest of its noun phrase ("X:s", "ger X dess uppdrag"). */
const POSSESSIVES = new Set(["dess", "deras", "sin", "sitt", "sina", "its", "their"]);
/**
 * Sentence adverbs (folded): in a Swedish main clause they stand right after the finite verb, inside the verb's phrase
 * ("tar sedan ställning", "fattar då beslut", "utser egentligen ordförande") — a general fact of Swedish word order.
 * No relation's words contain one.
 */
const SENTENCE_ADVERBS = new Set(["sedan", "sen", "da", "darefter", "slutligen", "ocksa", "aven", "alltsa", "egentligen", "ju", "dock", "redan", "faktiskt", "verkligen", "nog", "sedermera"]);
/** Personal pronouns as subject (folded): in a question they stand after the finite verb, before its particle. */
const SUBJECT_PRONOUNS = new Set(["jag", "vi", "man", "du", "ni"]);
/**
 * Third-person pronouns (folded): the subject too when only the stranded particle follows it ("Vem står den under?",
 * "Vem rapporterar den till?"); elsewhere they may stand for a topic ("ligger den under neurologin?").
 */
const THIRD_PERSON = new Set(["den", "det", "de", "dom"]);
/** Prepositions that put a group in its organisation ("ledningsgruppen i Mellansverige"). */
const ORG_PREPOSITIONS = new Set(["i", "inom", "pa", "in", "within"]);

/**
 * The question's words without the named groups' names (with the possessive right after one): Swedish puts the
 * subject between the finite verb and its particle in a question ("Vem lyder verksamhetschefsgrupperna under?",
 * "Vem rapporterar ledningsgruppen till?") and the indirect object between the verb and its object ("Vem ger
 * samordningsrådet för bild- och funktionsmedicin dess uppdrag?"): without the name the cue reads as one phrase.
 */
function withoutNames(a: QuestionAnalysis, named: readonly NameHit[], lex: CompiledLexicon): { ws: string[]; ks: string[]; at: number[] } {
  // a sentence adverb stands between the finite verb and the rest of its phrase ("Vem tar sedan ställning till …?")
  // so does the subject of a question ("Hur lämnar jag in en fråga …?", "Var tar man fram underlaget?")
  const lastOfSentence = (i: number) => i < a.words.length && a.sentenceOf[i + 1] !== a.sentenceOf[i];
  const subject = (w: string, i: number) => SUBJECT_PRONOUNS.has(w) || (THIRD_PERSON.has(w) && lastOfSentence(i + 1));
  const drop = new Set<number>(a.words.flatMap((w, i) => ((SENTENCE_ADVERBS.has(w) || subject(w, i)) && i > 0 ? [i] : [])));
  for (const h of named) {
    const ats = packedMap(h.tokens, (t) => a.tokens[t]!.at).filter((x) => x >= 0);
    if (!ats.length) continue;
    let last = Math.max(...ats);
    const first = Math.min(...ats);
    for (let i = first; i <= last; i++) drop.add(i);
    // "ingen i bildrådet har mandat": a place preposition before the name belongs to its phrase, which says where
    // … also with an article and the organisation's name between ("nobody in the VGR imaging council has the mandate")
    // or a member "on" it (English), or the organisation in the genitive ("ingen i VGR:s bildråd")
    let p = first - 1;
    while (p > 0 && (a.words[p] === "the" || a.words[p] === "s" || lex.organisations.longestAt(a.keys, p)?.length === 1)) p--;
    if (p >= 0 && (ORG_PREPOSITIONS.has(a.words[p]!) || a.words[p] === "on")) for (let i = p; i < first; i++) drop.add(i);
    // "ledningsgruppen i Mellansverige", "rådet inom VGR": the organisation after the name belongs to its noun phrase
    const org = ORG_PREPOSITIONS.has(a.words[last + 1] ?? "") ? lex.organisations.longestAt(a.keys, last + 2) : undefined;
    if (org) for (const end = last + 1 + org.length; last < end; ) drop.add(++last);
    if (POSSESSIVES.has(a.words[last + 1] ?? "")) drop.add(last + 1);
  }
  const at = packedMap(a.words, (_, i) => i).filter((i) => !drop.has(i));
  const ks = stemsOf(a.words);
  return { ws: packedMap(at, (i) => a.words[i]!), ks: packedMap(at, (i) => ks[i]!), at };
}

/** "enligt", "according to": the words after it name where a claim comes from (folded). */
const SOURCE_OPENERS = new Set(["enligt", "according"]);
/** Words that end a source's noun phrase: a new clause or a coordinated one (folded). */
const SOURCE_END = new Set(["som", "och", "eller", "men", "att", "nar", "om", "that", "and", "or", "but", "when", "if"]);
const SOURCE_WINDOW = 3;

/**
 * The question with the words of its sources blanked: "Vem beslutar om dem enligt uppdragshandlingen?" asks who decides
 * on the subgroups, and "enligt uppdraget" only says where the answer is to be read (a general fact of Swedish: "enligt
 * X" names the source of what is said, not what is asked about). Positions are kept.
 */
function withoutSources(a: QuestionAnalysis): QuestionAnalysis {
  let words: string[] | undefined;
  a.words.forEach((w, i) => {
    if (!SOURCE_OPENERS.has(w)) return;
    const from = w === "according" && a.words[i + 1] === "to" ? i + 2 : i + 1;
    // a genitive's "s" ("VGR:s allmänna mall", "the council's mandate") is no word of the phrase: it is not counted
    for (let j = from, n = 0; j < a.words.length && n < SOURCE_WINDOW; j++) {
      if (SOURCE_END.has(a.words[j]!) || a.sentenceOf[j] !== a.sentenceOf[i]) break;
      if (a.words[j] !== "s") n++;
      (words ??= [...a.words])[j] = "";
    }
  });
  return words ? { ...a, words } : a;
}

/** Positions covered by a phrase of several words that asks for a relation on its own ("adjungerad ledamot"). */
function phrasesAt(t: RelationTable, ws: readonly string[], ks: readonly string[]): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const i of t.alone.startsIn(ws, ks)) {
    const m = t.alone.longestAt(ws, i, ks);
    if (m && m.length > 1) for (let j = i; j < i + m.length; j++) (out ??= new Set()).add(j);
  }
  return out ?? NO_POSITIONS;
}

/**
 * Each word's place counted in content words: function words do not part a verb from its object ("bestämt att
 * det är hon som är ordförande"). The same for every relation, so counted once per word list.
 */
function contentPlaces(ws: readonly string[], stop: ReadonlySet<string>, stopToo?: ReadonlySet<string>): number[] {
  const place: number[] = [];
  for (let i = 0; i < ws.length; i++) place.push((place[i - 1] ?? 0) + (i > 0 && !stop.has(ws[i - 1]!) && !stopToo?.has(ws[i - 1]!) ? 1 : 0));
  return place;
}

const NO_POSITIONS: ReadonlySet<number> = new Set();
const NOTHING: { n: number; cues: ReadonlySet<number> } = { n: 0, cues: NO_POSITIONS };

/**
 * How strongly the words ask for one relation. `taken`: words inside another relation's phrase of several words — the
 * longer phrase is the more specific reading ("adjungerad ledamot" asks for co-opted members, not for members).
 * `place`: contentPlaces of the words.
 */
function scoreRelation(t: RelationTable, ws: readonly string[], ks: readonly string[], place: readonly number[], taken: ReadonlySet<number>, refersBack?: (about: number, act: number) => boolean): { n: number; cues: ReadonlySet<number> } {
  // most relations have no word in a question: nothing to count, nothing to make
  if (!t.alone.anyIn(ws, ks) && !t.about.anyIn(ws, ks) && !t.acts.anyIn(ws, ks)) return NOTHING;
  const cues = new Set<number>();
  const alone = matchAll(t.alone, ws, cues, ks);
  const aboutAt = new Set<number>();
  const actAt = new Set<number>();
  let about = 0;
  if (matchAll(t.about, ws, aboutAt, ks)) for (const i of aboutAt) if (!taken.has(i)) about = 1;
  const acts = matchAll(t.acts, ws, actAt, ks);
  for (const i of taken) aboutAt.delete(i);
  // what is done and what it is done to stand close ("utser ordförande", "verksamhetsplanen fastställs")
  const near = !t.needsAct || someNear(aboutAt, actAt, place) || (!!refersBack && [...aboutAt].some((i) => [...actAt].some((j) => refersBack(i, j))));
  const paired = about && (!t.needsAct || (acts && near));
  if (paired) {
    // the act's words that stand by a word of what it is done to are its cues, not the same verb again far off in the
    // question ("Regiondirektörsgruppen utser ordförande … enligt det gamla mandatet … Vem utser representanterna?"
    // asks the members: the second "utser" is no cue of the chair)
    const close = (i: number, others: ReadonlySet<number>) => [...others].some((j) => Math.abs(place[i]! - place[j]!) <= NEAR_WORDS || !!refersBack?.(i, j) || !!refersBack?.(j, i));
    for (const i of aboutAt) if (!t.needsAct || close(i, actAt)) cues.add(i);
    for (const i of actAt) if (close(i, aboutAt)) cues.add(i);
  }
  return { n: alone + (paired ? about + acts : 0), cues };
}

function someNear(aboutAt: ReadonlySet<number>, actAt: ReadonlySet<number>, place: readonly number[]): boolean {
  for (const i of aboutAt) for (const j of actAt) if (Math.abs(place[i]! - place[j]!) <= NEAR_WORDS) return true;
  return false;
}

/**
 * The relation the question asks for: the one whose words it uses most (about + act, or a word that asks alone),
 * read on the question as written and on it without the named groups' names (see withoutNames).
 */
export function detectRelation(question: QuestionAnalysis, lex: CompiledLexicon, named: readonly NameHit[] = []): RelationAsked | undefined {
  const a = withoutSources(question);
  const without = withoutNames(a, named, lex);
  const bare = without.ws.length < a.words.length ? without : undefined;
  let best: { relation: Relation; n: number; cues: ReadonlySet<number> } | undefined;
  let asked: typeof best;
  let meetings: typeof best;
  let escalation: typeof best;
  const english = a.language === "en";
  const stems = stemsOf(a.words);
  const plain = wordList(lex, a.words, stems, english);
  const short = bare ? wordList(lex, bare.ws, bare.ks, english) : undefined;
  // "Jag har precis blivit utsedd till ordförande i ett samordningsråd. Vem rapporterar jag till?", "Gruppen har lämnat
  // sitt remissvar. Vem tar ställning till svaret?": the sentence that asks says which relation is asked; the words of
  // another in the sentences before it only set the scene
  const inAsking = (cues: ReadonlySet<number>) => a.asking >= 0 && [...cues].some((i) => a.sentenceOf[i] === a.asking);
  const adverbial = adverbialClauses(a);
  const actorNames = new Set(subjectsAfterModal(named, a).flatMap((h) => packedMap(h.tokens, (t) => a.tokens[t]!.at)));
  const decisionBack = (i: number, j: number) => decisionRefersBack(a, i, j);
  const successors = a.words.flatMap((w, i) => (SUCCESSOR.test(w) && a.sentenceOf[i] === a.asking ? [i] : []));
  const successorBack = (i: number, j: number) => successors.length > 0 && successorRefersBack(a, i, j, successors, plain.place);
  for (const [relation, t] of lex.relations) {
    const p = scoreRelation(t, a.words, stems, plain.place, othersOf(plain.phrases, relation), relation === "decides" ? decisionBack : OFFICES.has(relation) ? successorBack : undefined);
    const b = short ? scoreRelation(t, bare!.ws, bare!.ks, short.place, othersOf(short.phrases, relation)) : undefined;
    const pick = b && b.n > p.n ? { n: b.n, cues: new Set(packedMap([...b.cues], (i) => bare!.at[i]!)) } : p;
    // "Tar röntgenrådet hänsyn till forskning när det förbereder frågor?": words only in a clause of time or cause say
    // when or why, the main clause before it what is asked
    // … but a missing mandate is the condition escalation is asked under ("Vart går frågan när ingen har mandat …?"; 004
    // "Där varken ordförande eller deltagare har mandat att fatta beslut eskaleras frågan …"): its clause is the relation
    if (adverbial.size && pick.cues.size && relation !== "escalation" && [...pick.cues].every((i) => adverbial.has(i))) continue;
    // "…, måste kontaktpersonen godkänna det?": a body's name as the subject of a yes/no clause is the asker's guess of
    // who does the act the clause's verb says, not the relation the name's word would ask ("Vem är kontaktperson …?")
    if (actorNames.size && pick.cues.size && [...pick.cues].every((i) => actorNames.has(i))) continue;
    // "informera min egen uppdragsgivare": a party the asker calls their own names the asker's side, not the group's
    if (pick.cues.size && [...pick.cues].every((i) => ownedByAsker(a.words, i))) continue;
    // "… och finns det en gräns?": "finns det" is Swedish's existential ("there is"), not a group that is to exist
    if (relation === "creates" && [...pick.cues].some((i) => existential(a.words, i))) continue;
    // "… men vem har lämnat över det ansvaret till henne?": a responsibility handed over is delegated, not reported
    if (relation === "reports" && pick.cues.size && [...pick.cues].every((i) => handsOverResponsibility(a.words, i))) continue;
    // "Samordningsrådet verkar inte vilja ta det. Vilken grupp ska vi skicka det till?": a matter sent on is asking
    // where it belongs, not whom a group reports to
    if (relation === "reports" && sendsAMatter(a.words, pick.cues)) continue;
    if (relation === "meetings" && pick.n > 0) meetings = { relation, ...pick };
    if (relation === "escalation" && pick.n > 0) escalation = { relation, ...pick };
    if (pick.n > 0 && (!best || pick.n > best.n)) best = { relation, ...pick };
    if (pick.n > 0 && inAsking(pick.cues) && (!asked || pick.n > asked.n)) asked = { relation, ...pick };
  }
  let picked = best && asked && !inAsking(best.cues) ? asked : best;
  // "… ett beslut som ordföranden inte själv kan ta – vem ska ordföranden vända sig till?": a decision the words say
  // cannot be taken by oneself is the missing mandate escalation is for; its "själv" is no act of deciding
  if (picked?.relation === "decides" && escalation && [...picked.cues].some((i) => escalation!.cues.has(i))) picked = escalation;
  // "Ordföranden vill ha ett gemensamt beslut men har inte mandat själv. Vem ska hon gå till?": the decision wanted and the
  // mandate missing, said in the same sentence before one that asks whom to turn to, are what escalation is asked
  // under (004 "Där varken ordförande eller deltagare har mandat att fatta beslut eskaleras frågan …")
  else if (picked?.relation === "decides" && escalation && a.asking >= 0 && ![...picked.cues].some((i) => a.sentenceOf[i] === a.asking) && [...escalation.cues].some((i) => [...picked!.cues].some((j) => a.sentenceOf[i] === a.sentenceOf[j]))) picked = escalation;
  // "BoF-rådet vill träffas oftare. Med vem ska det stämmas av?": whom the meetings are agreed with is said by the meeting
  // clause itself (004 "Mötesfrekvensen kan anpassas … i dialog med kontaktperson"), which the meetings relation reads
  const chosen = picked?.relation === "consults" && meetings ? meetings : picked;
  const verb = chosen?.relation === "decides" ? preparesAsVerb(a, lex, stems) : undefined;
  if (verb !== undefined) return { relation: "prepares", cues: new Set([verb]) };
  return chosen && { relation: chosen.relation, cues: chosen.cues };
}

/** Folded "lämna(r/de/t)" and what is handed over when it is a responsibility (an "ansvar", "uppdrag", "mandat" …). */
const LEAVE = /^lamna(r|de|t)?$/;
const RESPONSIBILITY = /^(ansvar|uppdrag|mandat|befogenhet|beslutanderatt)|^ratten$/;
/**
 * "lämna över ansvaret (till …)": the particle "över" with a responsibility as the object within three words is handing
 * a task on (a delegation: 004 "inrätta och avveckla samordningsråd" was given by the regiondirektör), where "lämna
 * (över) rapporten till …" hands in a report.
 */
function handsOverResponsibility(ws: readonly string[], i: number): boolean {
  if (!LEAVE.test(ws[i]!) || ws[i + 1] !== "over") return false;
  return ws.slice(i + 2, i + 5).some((w) => RESPONSIBILITY.test(w));
}

/** Folded forms of "skicka" and the words that may stand between it and its object ("skicka vi det", "skicka in det"). */
const SEND = /^skick(a|ar|as|ade|at)$/;
const SENDER_OR_PARTICLE = new Set(["vi", "jag", "man", "ni", "de", "dom", "in", "vidare", "over"]);
/** What a sent matter is called: a pronoun for the matter just told or a word for a matter, never a report (folded). */
const MATTER = new Set(["det", "detta", "fragan", "fragorna", "arendet", "arendena", "punkten", "dagordningspunkten", "forslaget"]);
/** Words of a "skicka … till" cue that say where to, not what is sent (folded). */
const WHERE_TO = new Set(["till", "vart", "in"]);

/**
 * "Vilken grupp ska vi skicka det till?", "Vart skickar vi frågan?": when what is sent is the matter itself (a pronoun
 * for what was just told, "frågan", "ärendet"), the question asks which group the matter belongs to, as "vem äger
 * frågan?" does; a group's reports go to a body by the clause ("delges Ledningsgruppen", 000) and are called reports,
 * minutes or a verksamhetsberättelse, which are cues of their own. True when every cue is such a send or its "till".
 */
function sendsAMatter(ws: readonly string[], cues: ReadonlySet<number>): boolean {
  const sends = [...cues].filter((i) => SEND.test(ws[i]!));
  if (!sends.length || ![...cues].every((i) => SEND.test(ws[i]!) || WHERE_TO.has(ws[i]!))) return false;
  return sends.every((i) => {
    let j = i + 1;
    while (j < ws.length && SENDER_OR_PARTICLE.has(ws[j]!)) j++;
    return MATTER.has(ws[j] ?? "");
  });
}

/** The definite forms of "beslut" (folded): "the decision" spoken of before. */
const THE_DECISION = new Set(["beslutet", "besluten"]);

/**
 * "Samverkansgruppen är klar med sitt förslag …, nu behöver det beslutas så att vi kan börja i höst. Vem fattar
 * beslutet?": a definite noun points back to what the question has already spoken of — the decision asked for in the
 * asking sentence is the decision on the proposal (or the matter prepared) a sentence before it names, however many
 * words stand between (002 "förslag till lösning som Chefsforum får ta ställning till"). True for the definite
 * "beslutet" in the asking sentence and an act of deciding's words in an earlier sentence.
 */
function decisionRefersBack(a: QuestionAnalysis, about: number, act: number): boolean {
  return THE_DECISION.has(a.words[about]!) && a.asking >= 0 && a.sentenceOf[about] === a.asking && a.sentenceOf[act]! < a.asking;
}

/** Relations whose word names an office someone holds (ordförande, ledamot), which a successor takes over. */
const OFFICES: ReadonlySet<Relation> = new Set(["chair", "members", "proposes"]);
/** "efterträdare", "successor" (folded): the one who takes over an office named before. */
const SUCCESSOR = /^(eftertradar(e|en|na|ens)?|successors?)$/;

/**
 * "Vår ledamot i ledningsgruppen går i pension i höst. Vem utser efterträdaren?": a successor is the next holder of the
 * office a sentence before names, so appointing the successor is appointing to that office (a general fact of Swedish:
 * "efterträdare" takes its office from what was said). True for an office's word in an earlier sentence and an act in
 * the asking sentence with a word for the successor (`successors`: their positions in the asking sentence) near it.
 */
function successorRefersBack(a: QuestionAnalysis, about: number, act: number, successors: readonly number[], place: readonly number[]): boolean {
  if (a.asking < 0 || a.sentenceOf[act] !== a.asking || a.sentenceOf[about]! >= a.asking) return false;
  return successors.some((i) => Math.abs(place[i]! - place[act]!) <= NEAR_WORDS);
}

/** "finns"/"fanns" right before "det": the existential construction ("finns det en gräns?"), folded. */
const EXISTS = new Set(["finns", "fanns"]);
/** A compound with the indefinite "råd" as its head ("samordningsråd"; "rad" alone is also "row"), folded. */
const COUNCIL_COMPOUND = /^.{3,}rad$/;
/** … unless what it says there is is a group ("Finns det något samordningsråd för urologi?" asks whether one is set up). */
function existential(ws: readonly string[], i: number): boolean {
  return EXISTS.has(ws[i]!) && ws[i + 1] === "det" && !ws.slice(i + 2, i + 5).some((w) => isGroupWord(w) || COUNCIL_COMPOUND.test(w));
}

/** Possessives of the one asking, and "egen": "min egen", "vårt eget", "my own" (folded). */
const ASKERS = new Set(["min", "mitt", "mina", "var", "vart", "vara", "my", "our"]);
const OWN = new Set(["egen", "eget", "egna", "own"]);

/**
 * "… informera min egen uppdragsgivare om hur det går i samverkansgruppen?": "egen" after a possessive sets the
 * possessor's own party against another's (002 "informera uppdragsgivaren … enligt respektive huvudmans ledningsstruktur"
 * is the member's home organisation, "sin egen uppdragsgivare"); said of the asker, the word names the asker's side, not
 * the relation of the group asked about.
 */
function ownedByAsker(ws: readonly string[], i: number): boolean {
  return OWN.has(ws[i - 1] ?? "") && ASKERS.has(ws[i - 2] ?? "");
}

/** Subjunctions that open a clause of time or cause (folded): "när", "innan", "eftersom", "medan". */
const ADVERBIAL_OPENERS = new Set(["nar", "innan", "eftersom", "medan"]);

/**
 * The positions of adverbial clauses that follow their main clause inside a sentence ("… när ledningsgruppen ska ta
 * ställning till …"): Swedish puts such a subjunction first in its clause, which runs to the sentence's end, after a main
 * clause with words of its own. One that opens its sentence ("När …", "Senast när …") is the question word, left alone.
 */
export function adverbialClauses(a: QuestionAnalysis): ReadonlySet<number> {
  const out = new Set<number>();
  for (let i = 1; i < a.words.length; i++) {
    if (!ADVERBIAL_OPENERS.has(a.words[i]!) || a.sentenceOf[i - 1] !== a.sentenceOf[i] || a.sentenceStarts.has(i)) continue;
    // a main clause of its own before it (two content words: "Senast när …" asks when)
    if (a.tokens.filter((t) => t.at >= 0 && t.at < i && a.sentenceOf[t.at] === a.sentenceOf[i]).length < 2) continue;
    for (let j = i; j < a.words.length && a.sentenceOf[j] === a.sentenceOf[i]; j++) out.add(j);
  }
  return out;
}

/** Question words that are, or open, the subject of a question (folded): "vem", "vilken grupp", "which group". */
const WHO = new Set(["vem", "who"]);
const WHICH = new Set(["vilken", "vilket", "vilka", "which", "what"]);

/**
 * "Vilken grupp bereder ärendena inför besluten?", "Which group prepares matters for the body that makes the decisions?":
 * a question whose question phrase is its subject puts the finite verb right after it (Swedish and English word order),
 * and that verb is what the one asked for does. When it is a word of preparing, the question asks who prepares; the
 * decision it names after a preposition is what the preparing is for ("bereder ärenden till samverkansnämnden", 001;
 * "en beredande grupp till Chefsforum", 002), not who decides. The position of that verb, or undefined.
 */
function preparesAsVerb(a: QuestionAnalysis, lex: CompiledLexicon, stems: readonly string[]): number | undefined {
  const t = lex.relations.get("prepares");
  const q = a.words.findIndex((w, i) => (WHO.has(w) || WHICH.has(w)) && (a.asking < 0 || a.sentenceOf[i] === a.asking));
  if (!t || q < 0) return undefined;
  const v = WHICH.has(a.words[q]!) ? q + 2 : q + 1;
  const m = t.alone.longestAt(a.words, v, stems);
  return m && m.length === 1 ? v : undefined;
}

/**
 * What every relation's score reads of one word list: the places of its words, and the positions of each relation's
 * phrases of several words (only the relations that have one there: a question seldom holds any).
 */
function wordList(lex: CompiledLexicon, ws: readonly string[], ks: readonly string[], english: boolean): { place: number[]; phrases: [Relation, ReadonlySet<number>][] } {
  const phrases: [Relation, ReadonlySet<number>][] = [];
  for (const [r, t] of lex.relations) {
    const at = phrasesAt(t, ws, ks);
    if (at.size) phrases.push([r, at]);
  }
  // an English question keeps the English words the glossary has no Swedish for ("the", "of", "once"): as empty as
  // Swedish "för", "den", they put no distance between what is done and what it is done to
  return { place: contentPlaces(ws, lex.stopSv, english ? lex.stopEn : undefined), phrases };
}

/** The positions inside the phrases of several words of the relations other than `r`. */
function othersOf(phrases: readonly (readonly [Relation, ReadonlySet<number>])[], r: Relation): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const [o, at] of phrases) {
    if (o === r) continue;
    out ??= new Set();
    for (const i of at) out.add(i);
  }
  return out ?? NO_POSITIONS;
}

/**
 * The terms of the words that asked for a relation: their keys (longer than five letters: "skicka", "till" name no document)
 * and the lexicon's concepts they stand for ("årsberättelsen" for verksamhetsberättelse, "protokollen" for the minutes).
 */
export function cueTermsOf(a: QuestionAnalysis, cues: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  for (const t of a.tokens) {
    if (!cues.has(t.at)) continue;
    if (t.key.length > 5) out.add(t.key);
    for (const x of t.terms) if (x.credit === 1 && isConcept(x.term)) out.add(x.term);
  }
  return out;
}
