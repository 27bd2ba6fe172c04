/**
 * Whether a question really asks the relation its words name (relation-detect.ts), and the question-side readings
 * the router needs besides: does it ask for a party (who) or a fact (when, why), does it ask who governs a group, who
 * is in one.
 */
import type { QuestionAnalysis } from "./analyze";
import type { CompiledLexicon } from "./compiled-lexicon";
import type { Relation } from "./lexicon";
import type { NameHit } from "./names";
import { POINTING_BACK } from "./pronouns";
import { stemsOf } from "./cue-table";
import { detectRelation, matchAll, type RelationAsked } from "./relation-detect";
import { packedMap } from "./packed";
import { seatsOfAnotherBody } from "./seats-elsewhere";
import { ARTICLES } from "./articles";

/**
 * Relations a group never holds towards itself: someone else proposes or appoints its chair, gives its assignments, sets
 * its plan … (here, beside SELF_RELATIONS, so that relations.ts and relation-answer.ts both read it without a cycle)
 */
export const GIVEN_BY_OTHERS: ReadonlySet<Relation> = new Set(["proposes", "chair", "members", "commissioner", "plan", "evaluates", "creates", "adopted"]);

/** Relations a group's own mandate usually answers with the group itself ("Samordningsrådet kan besluta om undergrupper"). */
export const SELF_RELATIONS: ReadonlySet<Relation> = new Set(["subgroups", "coopted", "meetings", "decides", "purpose"]);

export const isSelfRelation = (r: Relation): boolean => SELF_RELATIONS.has(r);

export const TO = new Set(["till", "at", "to", "for"]);

/**
 * The group stands after "till"/"åt"/"to", or a pronoun there refers back to it ("Vilka grupper fungerar som
 * remissinstans åt den?"): it is the one served, so the question asks who serves it (the topic: that group's duty
 * "Vara remissinstans till ledningsgruppen"), not whom it serves.
 */
function servedInQuestion(a: QuestionAnalysis, s: NameHit): boolean {
  let i = s.at - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  if (i >= 0 && TO.has(a.words[i]!)) return true;
  return a.words.some((w, k) => k > s.at && POINTING_BACK.has(w) && TO.has(a.words[k - 1] ?? ""));
}

/** Question words that ask for a party (who, which body, where to) and those that ask for a fact (when, why, how). */
// "varifrån" (from where) asks for a source as "vart" asks for a destination ("… – varifrån kommer förslaget?")
const ASKS_PARTY = new Set(["vem", "vems", "vilka", "vilken", "vilket", "vart", "varifran", "who", "whom", "whose", "which", "where"]);
const ASKS_FACT = new Set(["nar", "varfor", "when", "why"]);
/** "hur länge", "how long": a duration, a fact ("hur får jag upp en fråga …" asks whom to turn to). */
const asksDuration = (ws: readonly string[]) => ws.some((w, i) => (w === "hur" && (ws[i + 1] === "lange" || ws[i + 1] === "lang")) || (w === "how" && ws[i + 1] === "long"));
/** Nouns of a point in time (folded): "vilket datum", "which year". */
const TIME_NOUNS = new Set(["datum", "datumet", "dag", "dagen", "vecka", "veckan", "manad", "manaden", "tidpunkt", "year", "date", "day", "week", "month"]);
/** A finite verb (folded): a modal, or a past tense. */
const FINITE_VERB = /^(ska|skall|skulle|kan|kunde|kommer|var|blev)$|(ade|ades|des|tes|dde|ddes)$/;
/**
 * "Vilket år startade samverkansgruppen?", "vilken dag", "which year": a question word before a noun of time asks when,
 * not who. Folded "ar" is also "är" ("vilket är forumet …"): it is "år" where a finite verb follows, as a fronted
 * adverbial has it (the verb second), which a predicative "är" never has.
 */
const asksTimeAt = (ws: readonly string[], i: number): boolean => {
  if (!["vilket", "vilken", "which", "what"].includes(ws[i]!)) return false;
  const noun = ws[i + 1] ?? "";
  // the glossary reads "year" as "ar"
  return TIME_NOUNS.has(noun) || (noun === "ar" && (ws[i]! === "which" || ws[i]! === "what" || (ws[i]! === "vilket" && FINITE_VERB.test(ws[i + 2] ?? ""))));
};

/** A question word opens its clause; "när" inside one is a conjunction ("… välja ny ordförande när den gamla slutar"). */
const opensClause = (a: QuestionAnalysis, i: number): boolean => a.sentenceStarts.has(i) || ["och", "eller", "men", "and", "or", "but"].includes(a.words[i - 1] ?? "");

/**
 * The question asks only when, why or how ("När startade samverkansgruppen, och varför behövdes den?"): a fact of what a
 * clause says, not who acts in it. A question word opening its clause, and no word asking for a party.
 */
export function asksOnlyFact(a: QuestionAnalysis): boolean {
  return !asksForParty(a) && a.words.some((w, i) => ((ASKS_FACT.has(w) || w === "hur" || w === "how") && opensClause(a, i)) || asksTimeAt(a.words, i));
}

/** The question asks who (a party), not only when, why or how. */
export function asksForParty(a: QuestionAnalysis): boolean {
  return a.words.some((w, i) => (ASKS_PARTY.has(w) && !asksTimeAt(a.words, i)) || asksWhere(a, i));
}

/** Verbs a "var" that asks where stands before (folded): the modal or finite verb of the question. */
const WHERE_VERB = new Set(["kan", "ska", "skall", "far", "finns", "hittar", "hamnar", "tas", "behandlas", "hanteras", "bor", "maste"]);
/**
 * "Kan vi avropa utredningsresurser någonstans?", "Var kan vi få stöd?": asking where a thing is had asks from whom, as
 * "vart" and "varifrån" do — "någonstans" in a yes/no question, and a "var" that opens the question before its verb
 * (the folded "var" is also "vår" and "was", which no modal follows).
 */
function asksWhere(a: QuestionAnalysis, i: number): boolean {
  const w = a.words[i]!;
  if (w === "nagonstans" || w === "nanstans" || (w === "stans" && (a.words[i - 1] === "nagon" || a.words[i - 1] === "nan"))) return true;
  return w === "var" && a.sentenceStarts.has(i) && WHERE_VERB.has(a.words[i + 1] ?? "");
}

/**
 * Verbs of governing a group: appointing, deciding, adopting, approving, giving assignments, reporting, sending,
 * preparing, evaluating, setting up or closing, prioritising (as folded stems: every inflection starts so).
 */
const GOVERNING = ["utse", "utser", "utsag", "tillsat", "valj", "valde", "beslut", "bestam", "faststal", "godkan", "ger", "gav", "gett", "givit", "rapporter", "skick", "lamna", "bered", "forbered", "utvarder", "granska", "inratt", "avveckl", "prioriter", "inform", "eskaler", "lyft", "nominer", "foresla", "tilldela"];
const FILLERS = new Set(["som", "ar", "det", "har", "hade", "ska", "skall", "kan", "far", "maste", "bor", "egentligen", "da"]);

/**
 * "Vem [är det som] utser … <group>": the question word asks for the one who governs, and the group stands after
 * that verb as its object — the group is the one acted on, so the answer is someone else.
 */
export function whoActsOn(a: QuestionAnalysis, groupAt: number): boolean {
  const q = a.words.findIndex((w) => ASKS_PARTY.has(w));
  if (q < 0 || groupAt <= q) return false;
  let i = q + 1;
  if (a.words[q] !== "vem" && a.words[q] !== "who" && a.words[q] !== "whom") i++; // "vilken grupp", "which body"
  while (i < groupAt && FILLERS.has(a.words[i]!)) i++;
  if (i >= groupAt || !GOVERNING.some((v) => a.words[i]!.startsWith(v))) return false;
  // the group is the verb's object right after it (an article between), not inside a phrase of its own ("… till
  // det nationella programområdet för bild- och funktionsmedicin")
  let j = i + 1;
  while (j < groupAt && ARTICLES.has(a.words[j]!)) j++;
  return j === groupAt;
}

/** Minutes and records (folded stems): the cue words of "reports" that name a document, not a sending. */
export const MINUTES = ["minnesanteckn", "motesanteckn", "anteckning", "protokoll"];
/** A folded word or text that speaks of minutes (one of `MINUTES` in it). */
export const speaksOfMinutes = (text: string): boolean => MINUTES.some((m) => text.includes(m));
/**
 * Writing (skriva, "föra anteckningar"), approving (justera, godkänna, signera) or publishing a document is done to it
 * where it is kept, not sent to anyone.
 */
const APPROVES_OR_PUBLISHES = ["juster", "godkan", "signer", "publicer"];
/**
 * Writing or keeping minutes ("skriver protokollet", "föra anteckningar"; folded) — asked in the asking sentence: "Jag
 * har skrivit anteckningarna. Vem ska få dem?" asks where they go. "för" itself is also a preposition (see below).
 */
const WRITES = ["skriv"];
const KEEPS = new Set(["fora", "fors", "fort"]);
/** Finding or reading a document where it is kept ("Var hittar jag protokollen?", "Var finns anteckningarna?"). Folded. */
const FINDS = new Set(["hitta", "hittar", "hittas", "finns", "ligger", "lasa", "laser", "lases"]);

/**
 * "Vem justerar protokollet?", "Vem godkänner mötesanteckningarna?", "Var publiceras minnesanteckningarna?", "Var
 * hittar jag protokollen?": the
 * minutes are named, but nothing is sent to anyone — who approves or publishes them is a topic of the mandate
 * ("Mötesanteckningar ska … godkännas av ordförande. Anteckningarna ska publiceras på intranätet."), not a report.
 */
export function approvesMinutes(a: QuestionAnalysis, asked: RelationAsked): boolean {
  const cues = packedMap([...asked.cues], (i) => a.words[i] ?? "");
  if (!cues.length || !cues.every(speaksOfMinutes)) return false;
  // "läggs ut", "lägga ut": to publish
  const putsOut = a.words.some((w, i) => /^(lagg|lade)/.test(w) && a.words.slice(i + 1, i + 6).includes("ut"));
  const asking = (i: number) => a.asking < 0 || sentenceOfWord(a, i) === a.asking;
  // "för anteckningar", "för protokoll": the verb "föra" right before the document ("ansvarig för protokollet" keeps it too)
  const keeps = [...asked.cues].some((i) => a.words[i - 1] === "for" && asking(i)) || a.words.some((w, i) => asking(i) && (KEEPS.has(w) || WRITES.some((v) => w.startsWith(v))));
  return putsOut || keeps || a.words.some((w) => APPROVES_OR_PUBLISHES.some((v) => w.startsWith(v)) || FINDS.has(w));
}

/**
 * "Vad kallas gruppen som samordnar röntgen?": "vad/hur kallas" asks what a thing is called — "kallas" shares its stem with
 * "kallelse" (a meeting's notice), but names, it summons no one.
 */
function asksWhatCalled(a: QuestionAnalysis, asked: RelationAsked): boolean {
  return asked.cues.size > 0 && [...asked.cues].every((i) => /^kallas|^kallades/.test(a.words[i] ?? "") && (a.words[i - 1] === "vad" || a.words[i - 1] === "hur"));
}

/** Determiners between a verb and its object (folded): the definite articles and "alla" (an indefinite one leaves it a kind). */
const OBJECT_DETERMINERS = new Set([...ARTICLES, "alla", "all"].filter((w) => w !== "en" && w !== "ett"));

/**
 * "Vem godkänner minnesanteckningarna från ett samordningsråd som följer mallen?": the act's object is the minutes, so
 * who approves them is asked (003: "godkännas av ordförande"), not who adopted the template a later clause names.
 */
export function actsOnMinutes(a: QuestionAnalysis, asked: RelationAsked): boolean {
  return [...asked.cues].some((i) => {
    if (!APPROVES_OR_PUBLISHES.some((v) => (a.words[i] ?? "").startsWith(v))) return false;
    let j = i + 1;
    while (OBJECT_DETERMINERS.has(a.words[j] ?? "")) j++;
    return a.sentenceOf[j] === a.sentenceOf[i] && speaksOfMinutes(a.words[j] ?? "");
  });
}

/** "Hur många …?", "How many …?": asks a number — of members, it is the group's participants clause that says it. Folded. */
const asksHowMany = (words: readonly string[]): boolean => words.some((w, i) => (w === "hur" && words[i + 1] === "manga") || (w === "how" && words[i + 1] === "many"));

/**
 * "Vem sitter i ledningsgruppen?", "Vilka ingår i samverkansgruppen?", "Hur många ledamöter har
 * ledningsgruppen?": who (or how many) is in a group, with no act of appointing
 * asked ("utser", "väljer" make it the members relation): the group's own participants clause answers. The positions
 * of the words that ask it, or none.
 */
export function asksWhoIsIn(a: QuestionAnalysis, lex: CompiledLexicon): Set<number> {
  const t = lex.relations.get("members");
  const at = new Set<number>();
  if (!t || !(asksForParty(a) || asksHowMany(a.words))) return at;
  matchAll(t.about, a.words, at, stemsOf(a.words));
  const acts = new Set<number>();
  matchAll(t.acts, a.words, acts, stemsOf(a.words));
  return acts.size ? new Set() : at;
}

/** Verbs of being or holding that ask who someone is, not who appoints them ("vem är ordförande", "vem har ordförandeskapet"). Folded. */
const HOLDING = new Set(["ar", "har", "blir", "sitter", "haller", "leder", "is", "holds"]);

/**
 * "Vem är ordförande i länsgruppen?", "Vem har ordförandeskapet …?", "Länsgruppens ordförande, vem är det?": the words
 * of the chair without an act of appointing or proposing, and a verb of being or holding, ask who holds the chair — who
 * leads the group — not who appoints it. Read as `leads`; the router takes the answer only from a clause that says
 * who the group is led by (002: "gruppen leds av enhetschef och utvecklingsstrateg från … UoU"), and otherwise reads
 * the question as before.
 */
export function asksWhoChairs(a: QuestionAnalysis, lex: CompiledLexicon): RelationAsked | undefined {
  const chair = lex.relations.get("chair");
  const proposes = lex.relations.get("proposes");
  if (!chair || !asksForParty(a) || !a.words.some((w) => HOLDING.has(w))) return undefined;
  const about = new Set<number>();
  if (!matchAll(chair.about, a.words, about, stemsOf(a.words))) return undefined;
  if (matchAll(chair.acts, a.words, new Set(), stemsOf(a.words)) || (proposes && matchAll(proposes.acts, a.words, new Set(), stemsOf(a.words)))) return undefined;
  return { relation: "leads", cues: about };
}

/** Tasks one takes part in (folded stems): "uppdrag", "projekt". */
const TASKS = ["uppdrag", "projekt"];
const SEATS = ["ledamot", "ledamo", "medlem", "deltagar", "represent", "ersattar", "sammansattning"];

/**
 * "Måste rådet vara med i alla koncernövergripande uppdrag?", "vilka uppdrag radiologin ska vara med i": "med i" an
 * assignment or a project is taking part in a task, not a seat in a group (004: "prioritera vilka koncernövergripande
 * uppdrag som den egna verksamheten ska medverka i") — a topic of the group's mandate, not who decides its members.
 */
function withInTask(a: QuestionAnalysis, asked: RelationAsked, named: readonly NameHit[]): boolean {
  const groupAt = new Set(named.flatMap((h) => [h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1)]));
  const med = [...asked.cues].filter((i) => a.words[i] === "med");
  // a word for the seats themselves ("ledamöter", "deltagare") asks who is in the group, whatever task is named
  if (!med.length || [...asked.cues].some((i) => SEATS.some((m) => (a.words[i] ?? "").startsWith(m)))) return false;
  const task = (w: string | undefined) => !!w && TASKS.some((t) => w.startsWith(t));
  return med.some((i) => {
    if (a.words[i + 1] !== "i") return false;
    // "med i (alla) uppdrag": the object follows; "vilka uppdrag … ska vara med i?": the preposition stranded at the
    // clause's end, its object the relative clause's head before it in the same sentence
    let j = i + 2;
    while (["alla", "de", "det", "den", "ett", "en", "nagot", "nagra", "manga"].includes(a.words[j] ?? "") && !a.sentenceStarts.has(j)) j++;
    if (j < a.words.length && !a.sentenceStarts.has(j)) {
      if (task(a.words[j]) || task(a.words[j + 1])) return true;
      // "med i rådet", "med i ledningsgruppen": a seat in a group; otherwise the clause ended there (a chat question
      // without its question mark: "… ska vara med i beslutar de det själva")
      if (groupAt.has(j) || /^(grupp|rad|forum)/.test(a.words[j]!)) return false;
    }
    const start = Math.max(-1, ...[...a.sentenceStarts].filter((s) => s <= i));
    return a.words.slice(Math.max(0, start), i).some(task);
  });
}

/** Taking part in tasks (folded): "medverka i", "delta i", "ställa upp i", "lägga tid på". */
const TAKING_PART = ["medverk", "delta", "deltar", "stalla", "staller"];

/**
 * "Vem väljer vilka uppdrag rådet ska medverka i?": which tasks a group takes part in is the group's own priority (004:
 * "Samordningsrådet ansvarar för att tillsammans prioritera vilka koncernövergripande uppdrag som den egna
 * verksamheten ska medverka i"), not who gives it its assignments.
 */
function takesPartIn(a: QuestionAnalysis): boolean {
  return a.words.some((w, i) => !describesTheAsker(a, i) && (TAKING_PART.some((p) => w.startsWith(p)) || (w === "lagga" && a.words[i + 1] === "tid")));
}

/** Relative words that open a clause about a thing named just before (folded): "där", "som". */
const RELATIVE = new Set(["dar", "som", "where", "that", "which"]);
/** Subject pronouns of the asker's side (folded). */
const ASKER = new Set(["jag", "vi", "man", "we", "i"]);
/** English auxiliaries that put the subject after them in a question ("which tasks do we take part in"). */
const EN_AUX = new Set(["do", "does", "did", "should", "shall", "can", "could", "will", "would", "must", "may", "might", "are", "am"]);

/**
 * "… den verksamhetschefsgrupp där vi deltar", "the VCGs we take part in": a relative clause whose subject is the asker
 * says which group is meant (the one the asker is in), not what the question asks of it. English may leave the relative
 * word out (a contact clause): the asker's pronoun then follows the noun, not an auxiliary of a question.
 */
function describesTheAsker(a: QuestionAnalysis, i: number): boolean {
  if (i < 2 || !ASKER.has(a.words[i - 1] ?? "")) return false;
  const before = a.words[i - 2] ?? "";
  return RELATIVE.has(before) || (a.language === "en" && !EN_AUX.has(before));
}

/** The sentence (0-based) a word position stands in. */
function sentenceOfWord(a: QuestionAnalysis, i: number): number {
  let n = -1;
  for (const s of a.sentenceStarts) if (s <= i) n++;
  return n;
}

/**
 * "Vi har fått minnesanteckningarna från VCG. Vem äger frågan om röntgenköerna?": every word that asks for a relation
 * stands in a sentence before the one that asks, and that sentence has words of its own — what it asks is its own
 * topic; the sentence before only sets the scene. (An asking sentence with nothing of its own, "Vart ska den?", asks
 * about what the sentence before said.)
 */
function onlyInContext(a: QuestionAnalysis, asked: RelationAsked): boolean {
  if (a.asking <= 0 || !asked.cues.size) return false;
  if ([...asked.cues].some((i) => sentenceOfWord(a, i) >= a.asking)) return false;
  const own = a.words.flatMap((w, i) => (sentenceOfWord(a, i) === a.asking ? [w] : []));
  // "Vem anmäler jag den till?", "Med vem ska det stämmas av?": a pronoun points back to what the sentence before said
  if (own.some((w) => POINTING_BACK.has(w))) return false;
  // a topic of its own takes more than one word ("vem mejlar jag" only says how to reach someone); what the question
  // leaves out ("… skickas vart förutom LG") is no topic
  return a.tokens.filter((t) => t.sentence === a.asking && t.real && t.at >= 0 && !a.excluded.has(t.at)).length >= 2;
}

/** The relation asked, and whether the named groups can be its subject. */
export function relationAsked(a: QuestionAnalysis, lex: CompiledLexicon, named: readonly NameHit[]): RelationAsked | undefined {
  const asked = detectRelation(a, lex, named);
  // "När startade samverkansgruppen?", "hur länge sitter ordf i ledningsgruppen": a question word that asks when, why
  // or how asks a fact of the group's own mandate, not who else stands in the relation
  if (asked && !isSelfRelation(asked.relation) && !asksForParty(a) && (a.words.some((w, i) => (ASKS_FACT.has(w) && opensClause(a, i)) || asksTimeAt(a.words, i)) || asksDuration(a.words))) return undefined;
  if (asked?.relation === "serves" && named.length && named.every((h) => servedInQuestion(a, h))) return undefined;
  if (asked?.relation === "serves" && asksWhoServes(a, asked, named)) return undefined;
  if (asked?.relation === "reports" && approvesMinutes(a, asked)) return undefined;
  if (asked?.relation === "adopted" && actsOnMinutes(a, asked)) return undefined;
  if (asked?.relation === "prepares" && asksWhatCalled(a, asked)) return undefined;
  if (asked?.relation === "members" && withInTask(a, asked, named)) return undefined;
  if (asked && (asked.relation === "members" || asked.relation === "chair" || asked.relation === "proposes") && seatsOfAnotherBody(a, named)) return undefined;
  if (asked?.relation === "commissioner" && (takesPartIn(a) || rulesOverMatter(a, asked, named))) return undefined;
  if (asked?.relation === "escalation" && raisesNamedMatter(a, asked)) return undefined;
  if (asked && onlyInContext(a, asked)) return undefined;
  if (asked && (asked.relation === "prepares" || asked.relation === "decides") && preparesPatients(a, asked)) return undefined;
  return asked;
}

/** Question words that can be a clause's subject (folded). */
const WHO_OR_WHICH = new Set(["vem", "vilken", "vilket", "vilka", "who", "which"]);
/** Copulas and verbs of acting as (folded): "är", "fungerar (som)", "agerar (som)", "blir". */
const BE = new Set(["ar", "fungerar", "agerar", "blir", "is", "are", "acts", "serves"]);
/** Prepositions before the party served ("remissinstans till …", "referensgrupp åt …"), folded; "för" says for what. */
const SERVED_AFTER = new Set(["till", "at", "to"]);

/**
 * "Vilken grupp i VGR är referensgrupp för projekt inom bild- och funktionsmedicin?": the question word is the subject
 * and the role is said of it — the question asks which group serves as that, a duty (003 "vara referensgrupp i olika
 * projekt och utredningar"), not whom a named group serves ("Vem är BoF-rådet referensgrupp åt?", where the group
 * stands between the verb and the role). True when a word that asked the relation follows the copula after the question
 * phrase, with no group between them and no party served after it.
 */
function asksWhoServes(a: QuestionAnalysis, asked: RelationAsked, named: readonly NameHit[]): boolean {
  const namedAt = new Set(named.flatMap((h) => h.tokens.map((t) => a.tokens[t]!.at)));
  for (let i = 0; i < a.words.length; i++) {
    if (!WHO_OR_WHICH.has(a.words[i]!) || (a.asking >= 0 && a.sentenceOf[i] !== a.asking)) continue;
    for (let j = i + 1; j <= i + 4 && j < a.words.length; j++) {
      if (!BE.has(a.words[j]!)) continue;
      let k = j + 1;
      if (a.words[k] === "som" || a.words[k] === "as") k++;
      for (let c = k; c <= k + 1 && c < a.words.length; c++) {
        if (!asked.cues.has(c)) continue;
        // a group between the verb and the role is the one serving ("Vem är VCG remissinstans åt?"); a party after
        // "till"/"åt" the one served ("Vilken grupp är remissinstans till ledningsgruppen?"): the relation reads both
        if ([...namedAt].some((n) => n > j && n < c)) return false;
        let d = c + 1;
        while (ARTICLES.has(a.words[d] ?? "")) d++;
        return !SERVED_AFTER.has(a.words[d] ?? "");
      }
      break;
    }
  }
  return false;
}

/** The verbs of "bestämmer över X", "styr över X" (folded prefixes). */
const RULES = ["bestam", "styr"];

/**
 * "Vem bestämmer över budgeten för röntgen …?", "Bestämmer rådet över budgeten?": "bestämma över" asks who is above X
 * only when X is a group; over a matter (a budget, a question) it asks who decides that matter — a topic, not the
 * group's commissioner. True when every "över" of the relation's words is followed by no group named.
 */
function rulesOverMatter(a: QuestionAnalysis, asked: RelationAsked, named: readonly NameHit[]): boolean {
  const overs = [...asked.cues].filter((i) => a.words[i] === "over" && RULES.some((p) => a.words[i - 1]?.startsWith(p) || a.words[i - 2]?.startsWith(p)));
  if (!overs.length || overs.length !== [...asked.cues].filter((i) => a.words[i] === "over").length) return false;
  const starts = new Set(named.map((h) => Math.min(...h.tokens.map((t) => a.tokens[t]!.at))));
  return overs.every((i) => {
    let j = i + 1;
    while (ARTICLES.has(a.words[j] ?? "")) j++;
    return !starts.has(j);
  });
}

/** Forms of "lyfta" (folded), the everyday "ta upp" of a matter. */
const RAISE = /^lyft(a|er|s|e)?$/;
/** Nouns for a matter put forward ("ett ärende om …", "frågan om …"), folded. */
const MATTER = new Set(["arende", "arendet", "fraga", "fragan", "fragor", "fragorna", "punkt", "punkten"]);

/**
 * "Vi vill lyfta ett ärende om ersättningen för jour …, ska det tas upp i rådet eller någon annanstans?": "lyfta ett
 * ärende om X" says the matter raised, so the question asks where X belongs (a topic); escalation (004 "… lyfts till
 * berörd koncernövergripande grupp") asks where a matter goes that a body cannot decide ("Vart lyfter vi den?"). So
 * too "lyfta X med Y": to take a matter up *with* someone (general Swedish) is to raise it where it belongs, not to
 * escalate it ("Vill lyfta väntetiderna … med den grupp som äger frågan"). True when every word that asked it is a
 * form of "lyfta" followed by a matter noun and "om", or by "med" later in its sentence.
 */
function raisesNamedMatter(a: QuestionAnalysis, asked: RelationAsked): boolean {
  const cues = [...asked.cues];
  return cues.length > 0 && cues.every((i) => {
    if (!RAISE.test(a.words[i] ?? "")) return false;
    let j = i + 1;
    while (ARTICLES.has(a.words[j] ?? "")) j++;
    return (MATTER.has(a.words[j] ?? "") && a.words[j + 1] === "om") || raisedWith(a, i);
  });
}

/** "lyfta X med Y": a "med" after the verb in its own sentence. */
function raisedWith(a: QuestionAnalysis, i: number): boolean {
  for (let j = i + 1; j < a.words.length && a.sentenceOf[j] === a.sentenceOf[i]; j++) if (a.words[j] === "med") return true;
  return false;
}

/**
 * "… hur patienterna förbereds inför operation": to prepare a patient (for surgery, an examination) is care of a person,
 * not preparing a matter for a body (002 "beredande grupp till Chefsforum", 003 "bereda … ärenden") — a general fact of
 * Swedish: förbereda takes what is made ready as its object (or as the subject of its passive). The relation is not
 * asked when every word that asked it is a form of förbereda with a patient next to it.
 */
function preparesPatients(a: QuestionAnalysis, asked: RelationAsked): boolean {
  const cues = [...asked.cues];
  if (!cues.length || !cues.every((i) => a.words[i]?.startsWith("forbered"))) return false;
  return cues.every((i) => a.words.slice(Math.max(0, i - 3), i + 4).some((w) => w.startsWith("patient")));
}
