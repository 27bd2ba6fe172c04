/**
 * A question → its words in the catalog's vocabulary: abbreviations spelt out, English read through the
 * glossary, function words out, each content word with its matching terms (its key, the catalog word a
 * misspelling stands for, the lexicon's concepts, a compound's parts), and how much it counts (words of
 * the sentence that asks count fully; a preamble around it counts less).
 */
import { CONCEPT, type CompiledLexicon } from "./compiled-lexicon";
import { swedishDictionary } from "./dictionary";
import { foldWord, keyEn, keySv, withoutPossessive, words } from "./normalize";
import type { Vocabulary } from "./vocabulary";
import { packedMap } from "./packed";

export interface Term {
  readonly term: string;
  /** 1 for the word itself (or its concept); less for a part of a compound. */
  readonly credit: number;
  /** The compound part (index) this term stands for; absent for the word itself, its correction and its concepts. */
  readonly part?: number;
}

export interface QToken {
  readonly word: string;
  readonly key: string;
  readonly terms: readonly Term[];
  /** Index of the sentence the word stands in. */
  readonly sentence: number;
  /** A word of some language (not gibberish). */
  readonly real: boolean;
  /** Index in QuestionAnalysis.keys. */
  readonly at: number;
}

export interface QuestionAnalysis {
  readonly language: "sv" | "en";
  /** Every word after abbreviations and the glossary, folded, and their Swedish keys (a misspelt word: the key of
   * the catalog word it stands for), for cue, organisation and name matching. */
  readonly words: readonly string[];
  readonly keys: readonly string[];
  /** Positions (in words) said to be left out: "utöver kansliet", "alltså inte VGR", "other than …". */
  readonly excluded: ReadonlySet<number>;
  /** Content tokens, in order. */
  readonly tokens: readonly QToken[];
  /** The sentence that asks (a question mark or a question word first), or -1. */
  readonly asking: number;
  /** Positions (in words) where a sentence begins: a question word opens its clause. */
  readonly sentenceStarts: ReadonlySet<number>;
  /** The sentence index of each word (in words). */
  readonly sentenceOf: readonly number[];
  /** Positions (in words) that open a part of a sentence after a dash ("… fungerar – verksamhetschefsgrupperna?"). */
  readonly afterDash: ReadonlySet<number>;
  /**
   * Pairs of words written joined by a hyphen ("akut-DT", "PET-kamera"), folded, as `first\u0000second`: one compound,
   * its head last. (Words only a space apart are not: chat writes a list without its commas, "akuten röntgen och iva".)
   */
  readonly joined: ReadonlySet<string>;
  /** Sentences (their numbers) that end on a colon: a lead-in to the sentence after it ("För Sörmlands del: vem …?"). */
  readonly leadIns: ReadonlySet<number>;
}

/** Credit of a compound's head (its last part) and of its other parts. */
export const HEAD_CREDIT = 0.6;
export const PART_CREDIT = 0.35;
/** Credit of the word's noun or adjective by derivation ("ekonomin" meets "ekonomiska"): the same matter, another word. */
export const DERIVED_CREDIT = 0.8;
/** Weight of a word outside the sentence that asks, when that sentence has a topic of its own. */
export const CONTEXT = 0.5;
/** Weight of a word that only names a care area or a place ("på röntgenavdelningen"): where, not what. */
export const AREA_CONTEXT = 0.5;
/** Prepositions of place: "kaffemaskinen på röntgenavdelningen" is about a coffee machine, at radiology. */
const PLACE = new Set(["pa", "vid", "at"]);
/**
 * "i länet", "i kommunen", "i regionen", "in the county": where the asker is, not what the question is about (every
 * county, municipality and region has every kind of matter). Keys of the nouns, and the prepositions that make them
 * a place; an article may stand between in English ("in the region").
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(["lan", "kommun", "region", "landsting"]);
const PLACE_BEFORE_NOUN = new Set(["i", "inom", "in", "within"]);
const ARTICLES = new Set(["the", "our", "var", "vart"]);

/**
 * "på regional nivå", "på sjukvårdsregional nivå", "at national level": which level the matter is taken at, said by the
 * adjective before the noun (an organisation's name, or a word any mandate may use); the noun itself says nothing of
 * what is asked. Keys of the nouns; "på"/"at"/"on" and at most one word (the adjective) before them. A phrase the
 * lexicon gives a meaning ("på nationell nivå" is the mandates' "i nationella sammanhang") is no mere level.
 */
const LEVEL_NOUNS: ReadonlySet<string> = new Set(["niv", "level"]);
const LEVEL_BEFORE = new Set(["pa", "at", "on"]);

function levelNoun(a: QuestionAnalysis, at: number): boolean {
  if (at < 2 || !LEVEL_NOUNS.has(a.keys[at] ?? "")) return false;
  return LEVEL_BEFORE.has(a.words[at - 2] ?? "") || (at >= 3 && ARTICLES.has(a.words[at - 2] ?? "") && LEVEL_BEFORE.has(a.words[at - 3] ?? ""));
}

/** The word at `at` is a place noun after a place preposition ("i länet"). */
function placeNoun(a: QuestionAnalysis, at: number): boolean {
  if (at <= 0 || !PLACE_NOUNS.has(a.keys[at] ?? "")) return false;
  let before = at - 1;
  if (ARTICLES.has(a.words[before] ?? "") && before > 0) before--;
  return PLACE_BEFORE_NOUN.has(a.words[before] ?? "");
}

/** Words after which a name is left out of the answer ("förutom ledningsgruppen", "inte VGR"); the window in words. */
export const EXCLUDING: ReadonlySet<string> = new Set(["forutom", "utover", "utom", "utanfor", "inte", "ej", "except", "besides", "not", "outside"]);
// "vem mer än X", "någon annan än X": Swedish "än" after mer/annan/andra/annat says besides/other than X, as förutom does
const EXCLUDING_PAIRS = [["bortsett", "fran"], ["mer", "an"], ["annan", "an"], ["andra", "an"], ["annat", "an"], ["other", "than"], ["apart", "from"], ["in", "addition"]];
export const EXCLUDED_WINDOW = 3;

/** "utanför VGR" leaves VGR out, but "utanför sjukhuset i Västmanland" is a place: a window reaches only to the next place preposition. */
const PLACE_PREPOSITIONS = new Set(["i", "pa", "vid", "inom", "in", "at", "on", "within"]);

/** The negations among the excluding words (folded). */
const NEGATIONS = new Set(["inte", "ej", "not"]);

/** "inte i X utan i Y", "not in X but in Y": the conjunction of a correction within the few words after a negation. */
const CORRECTING = new Set(["utan", "but"]);
const correctedAfter = (ws: readonly string[], i: number): boolean => ws.slice(i + 2, i + 2 + EXCLUDED_WINDOW + 1).some((w) => CORRECTING.has(w));

/**
 * Verbs that open a negative yes/no question ("Är det inte X som …?", "Är inte X …?", "Ska inte X …?"): such a question
 * asks to have X confirmed (general Swedish, as English "Isn't it X who …?"), so its "inte" leaves nothing out.
 */
const CONFIRMING_OPENERS = new Set(["ar", "hor", "ligger", "galler", "har", "kan", "ska", "far", "maste", "bor", "borde", "skulle", "finns"]);

function confirming(ws: readonly string[], i: number, starts: ReadonlySet<number>): boolean {
  if (ws[i] !== "inte") return false;
  if (starts.has(i - 1) && CONFIRMING_OPENERS.has(ws[i - 1] ?? "")) return true;
  return starts.has(i - 2) && CONFIRMING_OPENERS.has(ws[i - 2] ?? "") && (ws[i - 1] === "det" || ws[i - 1] === "den");
}

function excludedPositions(ws: readonly string[], starts: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  ws.forEach((w, i) => {
    let start = -1;
    if (confirming(ws, i, starts)) return;
    // "köerna är långa i Sörmland men inte i Örebro", "vårdgarantin klaras inte i VGR": a negation before a place says
    // where something is not so — a place of the matter, not an organisation left out of the answer ("alltså inte VGR",
    // and "inte i Mellansverige utan i VGR", where "utan" sets the right place against the wrong one)
    if (EXCLUDING.has(w) && !(NEGATIONS.has(w) && PLACE_PREPOSITIONS.has(ws[i + 1] ?? "") && !correctedAfter(ws, i))) start = i + 1;
    for (const [a, b] of EXCLUDING_PAIRS) if (w === a && ws[i + 1] === b) start = i + 2;
    for (let j = start; start >= 0 && j < Math.min(ws.length, start + EXCLUDED_WINDOW); j++) {
      // "förutom ledningsgruppen i Mellansverige": a place after the name says where that body is, not a second one left out
      if (j > start && PLACE_PREPOSITIONS.has(ws[j]!)) break;
      out.add(j);
    }
  });
  return out;
}

/** Question words answered by a body ("vem …", "vilken grupp …"). */
const WH_ANSWERED = new Set(["vem", "vilken", "vilket", "vilka", "who", "which"]);
const INTERROGATIVE = new Set(["vem", "vilken", "vilket", "vilka", "vart", "var", "hur", "vad", "nar", "vems", "who", "which", "where", "what", "how", "whom", "whose"]);

interface Word {
  readonly w: string;
  readonly sentence: number;
  readonly english: boolean;
}

/** Question words that open a chat's asking clause mid-sentence ("… i hela regionen vem har huvudrollen"). */
const ASKING_OPENERS = new Set(["vem", "vart", "vilken", "vilket", "vilka", "who", "which", "where"]);
/** Words before a question word that make it an embedded question ("bråkar om vem som …", "vet inte vem"), not the asking one. */
const EMBEDDING = new Set(["om", "pa", "for", "till", "av", "med", "vet", "veta", "undrar", "inte", "of", "about", "to", "know", "on", "as"]);

/** Finite verbs a Swedish yes/no question opens with (folded: "får" is "far"). */
const V1_OPENERS = new Set(["kan", "ska", "far", "maste", "bor", "finns"]);
/** Verbs that open a yes/no question with "det" after them ("är det …", "hör det …", "ligger det …"). */
const V1_BEFORE_DET = new Set(["ar", "hor", "ligger", "galler"]);
/** Words after which such a verb belongs to a statement or a subordinate clause: subjects, conjunctions, adverbs. */
const BEFORE_STATEMENT_VERB = new Set(["vi", "jag", "du", "ni", "de", "dom", "man", "han", "hon", "hen", "den", "det", "detta", "dessa", "som", "att", "inte", "och", "eller", "men", "om", "nar", "sa", "ocksa", "bara", "nog", "ju", "val", "aven", "redan", "kanske", "inte", "vem", "vad", "vilka", "vilken", "vilket", "var", "vart", "hur", "it", "we", "they"]);

/**
 * Where a chat message without a question mark asks: a clause after a comma that opens with a question word, else the
 * last question word a few words in that opens a clause of its own (not "… om vem som …"). -1: nowhere.
 */
function askingAt(text: string): number {
  let at = -1;
  let pos = 0;
  const clauses = packedMap(text.split(","), words);
  clauses.forEach((c, k) => {
    if (k > 0 && c.length && INTERROGATIVE.has(c[0]!)) at = pos;
    pos += c.length;
  });
  if (at > 0) return at;
  const ws = clauses.flat();
  for (let i = ws.length - 2; i >= 3; i--) if (ASKING_OPENERS.has(ws[i]!) && ws[i + 1] !== "som" && ws[i + 1] !== "that" && !EMBEDDING.has(ws[i - 1]!)) return i;
  // a yes/no question puts its finite verb first ("… i hela vgr kan samordningsrådet ta det"); after a subject or a
  // conjunction the same verb is a statement's ("vi kan", "att de ska")
  // "… i hemsjukvården är det något för ledningsgruppen": "är det" opens a yes/no question as "kan" does ("det är" is a statement's)
  for (let i = ws.length - 2; i >= 3; i--) if ((V1_OPENERS.has(ws[i]!) || (V1_BEFORE_DET.has(ws[i]!) && ws[i + 1] === "det")) && !BEFORE_STATEMENT_VERB.has(ws[i - 1]!)) return i;
  return -1;
}

/** A dash written between spaces sets off a part of a sentence ("Vem ansvarar … – verksamhetschefsgrupperna?"). */
const DASH = /\s[-–—]+\s/u;

interface Sentence {
  readonly words: string[];
  readonly asks: boolean;
  /** Indices (in words) where a part after a dash begins. */
  readonly dashes: number[];
  /** It ends on a colon (`QuestionAnalysis.leadIns`). */
  readonly leadIn?: true;
}

/**
 * Abbreviations that stand inside a sentence and never end one ("t.ex.", "bl.a.", "s.k.", "d.v.s.", "ca", "jfr", "e.g.",
 * "i.e."): their last point is part of the word ("…, t.ex. för smärtvård, i VGR?" is one sentence). Those that may
 * end a list ("m.m.", "osv.", "etc.") are left out.
 */
const INNER_ABBREVIATION = /(?<![\p{L}.])(t\.ex|bl\.a|s\.k|d\.v\.s|dvs|ca|jfr|resp|fr\.o\.m|t\.o\.m|e\.g|i\.e)\.(?=\s)/giu;

/** A list marker inside a sentence: one or two digits or a letter a–f and a closing parenthesis, between spaces. */
const LIST_MARKER = /(?<=\s)(?:\d{1,2}|[a-fA-F])\)(?=\s)/gu;
/** A piece of text that opens with a list marker. */
const LEADING_MARKER = /^\s*(?:\d{1,2}|[a-fA-F])\)\s/u;

function sentencesOf(whole: string): Sentence[] {
  const out: Sentence[] = [];
  const text = whole.replace(INNER_ABBREVIATION, "$1");
  // a point between letters is an abbreviation's ("prod.planering", "t.ex", "bl.a"), not a sentence's end
  // a colon before a space ends a lead-in ("Snabb fråga: Vem …", "Kardiologin i VGR: vilken grupp?") as a point does;
  // one between letters is a genitive's or an abbreviation's ("VGR:s")
  const pieces = packedMap([...text.matchAll(/(?:[^.!?:\n]|[.:](?=[\p{L}\p{N}]))+[.!?:\n]*/gu)], (m) => m[0]);
  for (let p = 0; p < pieces.length; p++) {
    let piece = pieces[p]!;
    // "Vem utser ordföranden i VCG: ledningsgruppen eller samverkansnämnden?": after a question that asks who, a colon
    // opens the answers offered, as a dash does — the same sentence, not a new one that asks
    while (/:\s*$/u.test(piece) && WH_ANSWERED.has(words(piece)[0] ?? "") && p + 1 < pieces.length && !INTERROGATIVE.has(words(pieces[p + 1]!)[0] ?? "")) piece = piece.replace(/:\s*$/u, " – ") + pieces[++p]!;
    // "Vem utser ordföranden i VCG? a) kansliet b) ledningsgruppen": options after the question mark, each after a list
    // marker, are its answers offered — the same sentence
    if (/\?\s*$/u.test(piece)) while (p + 1 < pieces.length && LEADING_MARKER.test(pieces[p + 1]!)) piece = `${piece} ${pieces[++p]!}`;
    // "1) kansliet 2) ledningsgruppen", "a) … b) …": a list marker sets off an option offered, as a dash does
    piece = piece.replace(LIST_MARKER, " – ");
    const ws = words(piece);
    if (!ws.length) continue;
    const dashes: number[] = [];
    let n = 0;
    for (const part of piece.split(DASH)) {
      if (n > 0 && n < ws.length) dashes.push(n);
      n += words(part).length;
    }
    // "Vem utser ordföranden, koncernledningen?": a short phrase after the last comma of a question opened by "vem" or
    // "vilken" is an elliptic "är det …?", the asker's guess, set off as after a dash ("Vem …? – koncernledningen?")
    const comma = WH_ANSWERED.has(ws[0]!) ? piece.lastIndexOf(",") : -1;
    const tail = comma >= 0 ? words(piece.slice(comma + 1)).length : 0;
    if (tail >= 1 && tail <= 3 && !dashes.includes(ws.length - tail)) dashes.push(ws.length - tail);
    // a sentence that opens with its finite verb asks yes or no ("Kan samordningsrådet driva det", "Är det något
    // för …"), with or without its question mark, as one that opens with a question word does
    const asks = piece.includes("?") || INTERROGATIVE.has(ws[0]!) || V1_OPENERS.has(ws[0]!) || (V1_BEFORE_DET.has(ws[0]!) && ws[1] === "det");
    // a chat without punctuation asks at its end: what comes before is its background, as a sentence before "?" is
    const at = asks ? -1 : askingAt(piece);
    if (at > 0) out.push({ words: ws.slice(0, at), asks: false, dashes: dashes.filter((d) => d < at) }, { words: ws.slice(at), asks: true, dashes: packedMap(dashes.filter((d) => d > at), (d) => d - at) });
    else out.push({ words: ws, asks, dashes, ...(/:\s*$/u.test(piece) ? { leadIn: true as const } : {}) });
  }
  return out;
}

/** A sentence's words in its parts between dashes (abbreviations and compounds are read within a part). */
function partsOf(s: Sentence): string[][] {
  const cuts = [0, ...s.dashes, s.words.length];
  return packedMap(cuts.slice(1), (end, k) => s.words.slice(cuts[k], end));
}

/** A group's head noun at the end of a word (folded): "rådet", "gruppen" … */
const GROUP_HEAD_AFTER_ABBREVIATION = /(radet|radets|raden|grupp|gruppen|gruppens|grupperna)$/;

function expandAbbreviations(ws: readonly string[], lex: CompiledLexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const m = lex.abbreviations.longestAt(ws, i);
    if (m) {
      out.push(...m.value);
      i += m.length;
      continue;
    }
    // a genitive written without the colon ("VCGs årsrapport" for "VCG:s"): the abbreviation, with its -s
    const w = ws[i]!;
    const g = w.length >= 3 && w.endsWith("s") ? lex.abbreviations.longestAt([w.slice(0, -1)], 0) : undefined;
    // … and one compounded with a group's head noun without the hyphen ("BoFrådet" for "BoF-rådet", "vcggruppen")
    const head = GROUP_HEAD_AFTER_ABBREVIATION.exec(w);
    const c = head && head.index >= 2 ? lex.abbreviations.longestAt([w.slice(0, head.index)], 0) : undefined;
    if (g?.value.length) out.push(...g.value.slice(0, -1), `${g.value[g.value.length - 1]}s`);
    else if (c?.value.length && head) out.push(...c.value, head[0]);
    else out.push(...(abbreviationCompound(w, lex) ?? [w]));
    i++;
  }
  return out;
}

/** The shortest abbreviation, and the shortest word after it, that abbreviationCompound reads apart. */
const MIN_ABBREVIATION = 3;
const MIN_REST = 4;

/**
 * "klinfysköerna", "nalröntgen": an abbreviation written together with the word it qualifies (the norm puts a hyphen
 * between, "klinfys-köerna", as chat often does not) is the abbreviation and that word — only when the whole is no
 * Swedish word and the rest is one.
 */
function abbreviationCompound(w: string, lex: CompiledLexicon): string[] | undefined {
  if (w.length < MIN_ABBREVIATION + MIN_REST) return undefined;
  // (the abbreviation first: a lookup in a small table, where the dictionary's compound rule is the costly step)
  for (let cut = w.length - MIN_REST; cut >= MIN_ABBREVIATION; cut--) {
    const m = lex.abbreviations.longestAt([w.slice(0, cut)], 0);
    if (!m?.value.length) continue;
    const dict = swedishDictionary();
    const rest = w.slice(cut);
    if (dict?.hasSimple(rest) && !dict.has(w)) return [...m.value, rest];
  }
  return undefined;
}

function isEnglish(ws: readonly string[], lex: CompiledLexicon): boolean {
  let en = 0;
  let sv = 0;
  for (const w of ws) {
    const e = lex.stopEn.has(w);
    const s = lex.stopSv.has(w);
    if (e && !s) en++;
    if (s && !e) sv++;
  }
  return en > sv;
}

/** English words through the glossary: a matched phrase becomes the mandates' Swedish words. */
function translate(ws: readonly string[], sentence: number, lex: CompiledLexicon): Word[] {
  const keys = packedMap(ws, keyEn);
  const out: Word[] = [];
  for (let i = 0; i < ws.length; ) {
    const byKey = lex.english.longestAt(keys, i);
    const asWritten = lex.englishExact.longestAt(ws, i);
    const m = asWritten && asWritten.length >= (byKey?.length ?? 0) ? asWritten : byKey;
    if (m) {
      for (const w of m.value) out.push({ w, sentence, english: false });
      i += m.length;
    } else {
      const w = ws[i++]!;
      // "the verksamhetschefsgroups": a Swedish compound given an English head — its Swedish word, head and all
      const hybrid = HYBRID_GROUP.exec(w);
      out.push(hybrid ? { w: hybrid[1] + (hybrid[2] === "groups" ? "grupper" : "grupp"), sentence, english: false } : { w, sentence, english: true });
    }
  }
  return out;
}

/**
 * "the imaging samordningsråd", "the radiology rådet": English puts a noun's modifier before it, so a care area before a
 * Swedish group noun is the one compound Swedish writes ("bilddiagnostiksamordningsråd", as Vocabulary.joined reads
 * "röntgen rådet").
 */
function areaBeforeGroupNoun(ws: Word[], vocab: Vocabulary): Word[] {
  for (let k = ws.length - 1; k > 0; k--) {
    const j = vocab.joinedBeforeGroupNoun(ws[k - 1]!.w, ws[k]!.w, ws[k - 2]?.w);
    if (j) ws.splice(k - 1, 2, { w: j, sentence: ws[k]!.sentence, english: false });
  }
  return ws;
}

/** A Swedish compound's first part (folded, ending on the linking -s) with English "group(s)" as its head. */
const HYBRID_GROUP = /^(\p{L}{4,}s)(groups?)$/u;

type WordInfo = ReturnType<Vocabulary["questionWord"]>;

/** One content word with its matching terms: its key, the word a misspelling stands for, its concepts, its compound's parts. */
function tokenOf(word: Word, at: number, info: WordInfo, concepts: readonly string[], lex: CompiledLexicon, derived?: string): QToken {
  // a word's terms are few: side by side in arrays, in the order first put (two maps, an entries copy and their
  // iterators per word were ~5 kB of the ~100 kB the router allocates per question)
  const names: string[] = [];
  const credits: number[] = [];
  const parts: (number | undefined)[] = [];
  const put = (t: string, credit: number, part?: number) => {
    const i = names.indexOf(t);
    if (credit <= (i < 0 ? 0 : credits[i]!)) return;
    if (i < 0) {
      names.push(t);
      credits.push(credit);
      parts.push(part);
    } else {
      credits[i] = credit;
      parts[i] = part;
    }
  };
  put(info.key, 1);
  if (info.corrected) put(info.corrected, 1);
  for (const t of concepts) put(t, 1);
  if (derived) {
    put(derived, DERIVED_CREDIT);
    for (const m of lex.concepts.matchesAt([derived], 0)) if (m.length === 1) for (const t of m.value) put(t, DERIVED_CREDIT);
  }
  const headAt = info.head ?? info.parts.length - 1;
  info.parts.forEach((p, k) => {
    const credit = k === headAt ? HEAD_CREDIT : PART_CREDIT;
    put(p, credit, k);
    for (const m of lex.concepts.matchesAt([p], 0)) if (m.length === 1) for (const t of m.value) put(t, credit, k);
  });
  return {
    word: word.w,
    key: info.key,
    terms: packedMap(names, (term, i) => (parts[i] !== undefined ? { term, credit: credits[i]!, part: parts[i]! } : { term, credit: credits[i]! })).sort((a, b) => b.credit - a.credit),
    sentence: word.sentence,
    real: info.real,
    at,
  };
}

/**
 * A mandate writes a body by its abbreviation once it has named it ("Där PPR beslutar …"): a long form in the question
 * (as written, or spelt out from its abbreviation) also matches the abbreviation, on the long form's last word.
 */
function withShortForms(tokens: QToken[], ws: readonly string[], lex: CompiledLexicon, vocab: Vocabulary): void {
  for (let i = 0; i < ws.length; i++) {
    const m = lex.shortForms.longestAt(ws, i);
    if (!m) continue;
    const last = tokens.findIndex((t) => t.at === i + m.length - 1);
    const key = vocab.passageWord(m.value).key;
    if (last >= 0 && !tokens[last]!.terms.some((t) => t.term === key)) tokens[last] = { ...tokens[last]!, terms: [...tokens[last]!.terms, { term: key, credit: 1 }] };
    i += m.length - 1;
  }
}

/**
 * A compound written apart read as the one word it is (Vocabulary.joined), pairwise from the left; three words when
 * the catalog writes the three as one ("sjukvårds utvecklings direktören").
 */
function joinWrittenApart(ws: readonly string[], vocab: Vocabulary, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const last = out[out.length - 1];
    const free = (x: string | undefined) => x !== undefined && !names.has(x);
    const three = free(last) && free(w) && free(ws[i + 1]) ? vocab.joined(last!, `${w}${ws[i + 1]}`, out[out.length - 2]) : undefined;
    if (three && three === `${last}${w}${ws[i + 1]}`) {
      out[out.length - 1] = three;
      i++;
      continue;
    }
    const j = free(last) && free(w) ? vocab.joined(last!, w, out[out.length - 2]) : undefined;
    if (j) out[out.length - 1] = j;
    else out.push(w);
  }
  return out;
}

/** The longest phrase of the lexicon, in words, that a compound's head may end. */
const MAX_PHRASE = 5;

/**
 * A Swedish compound is a kind of its head ("kataraktoperationerna" are operationer, "ryggröntgen" is röntgen): a
 * phrase of the lexicon whose last word is the head of a compound in the question matches there too ("planera
 * kataraktoperationerna" says "planera operationer"). Only phrases of two or more words: a single word's concepts
 * already reach a compound through its parts (tokenOf).
 */
function withHeadPhrases(seq: readonly string[], infos: readonly WordInfo[], concepts: string[][], lex: CompiledLexicon): void {
  for (let j = 1; j < seq.length; j++) {
    const info = infos[j]!;
    if (info.parts.length < 2) continue;
    const head = info.parts[info.head ?? info.parts.length - 1]!;
    if (head === seq[j]) continue;
    const alt = [...seq];
    alt[j] = head;
    for (let i = Math.max(0, j - MAX_PHRASE + 1); i < j; i++)
      for (const m of lex.concepts.matchesAt(alt, i)) if (i + m.length - 1 === j) for (let k = i; k <= j; k++) concepts[k]!.push(...m.value);
  }
}

/**
 * A name (a word written with a capital inside a sentence: "Region Kalmar", "Vilken grupp i Halland …") is no typo of
 * a catalog word: Swedish writes proper nouns, and only them, with a capital there. Read it as written ("Kalmar" is
 * not "kallar", neither as a catalog word nor as a relation cue's typo), so that the places the lexicon lists find it.
 */
function asWritten(info: WordInfo, isName: boolean, lex: CompiledLexicon): WordInfo {
  if (!isName || (!info.corrected && !info.correctedWord)) return info;
  // …unless it is one typo from a place or organisation the lexicon names ("Mellanserige", "Norrbtten"): a name's typo
  // is that name
  if (info.corrected && isPlaceName(info.corrected, lex)) return info;
  const { corrected: _c, correctedWord: _w, ...rest } = info;
  return rest;
}

/**
 * A message may end in a greeting and the writer's name ("… Mvh Anna", "Vänliga hälsningar, Per Ek", "Best regards,
 * Sam"): that is who asks, never what. Only at the end, after the question itself, and a few words long.
 */
const SIGNATURE = /(?<=[.!?\n]\s*)(?:mvh|med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|hälsningar|kind regards|best regards|regards|cheers)(?![\p{L}])[\s,.!]*(?:\p{L}[\p{L}.-]*\s*){0,3}$/iu;

function withoutSignature(raw: string): string {
  const m = SIGNATURE.exec(raw);
  return m ? raw.slice(0, m.index).trimEnd() : raw;
}

/** A one-word name of a place or organisation in the lexicon (its key). */
function isPlaceName(key: string, lex: CompiledLexicon): boolean {
  const one = [key];
  return lex.organisations.longestAt(one, 0)?.length === 1 || lex.outside.longestAt(one, 0)?.length === 1;
}

/** Consecutive words of the text with one hyphen and nothing else between them (analysis `joined`). */
function joinedPairs(text: string): Set<string> {
  const out = new Set<string>();
  let prev: { w: string; end: number } | undefined;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (prev && text.slice(prev.end, m.index) === "-") out.add(`${prev.w}\u0000${foldWord(m[0])}`);
    prev = { w: foldWord(m[0]), end: m.index! + m[0].length };
  }
  return out;
}

export function analyzeQuestion(raw: string, lex: CompiledLexicon, vocab: Vocabulary): QuestionAnalysis {
  let text = withoutSignature(raw);
  for (const x of lex.exactAbbreviations) text = text.replace(x.pattern, x.means);
  const sentences = sentencesOf(text);
  // words written with a capital inside a sentence are names: never part of a compound written apart
  const names = new Set(packedMap([...text.matchAll(/(?<=[\p{L}\p{N},;)] +)\p{Lu}[\p{L}\p{N}]*/gu)], (m) => foldWord(m[0])));
  const all = sentences.flatMap((s) => s.words);
  const language = isEnglish(all, lex) ? "en" : "sv";
  const ws: Word[] = [];
  const afterDash = new Set<number>();
  sentences.forEach((s, i) => {
    partsOf(s).forEach((part, k) => {
      if (k > 0) afterDash.add(ws.length);
      const expanded = expandAbbreviations(part, lex);
      if (language === "en") ws.push(...areaBeforeGroupNoun(translate(withoutPossessive(expanded), i, lex), vocab));
      else for (const w of joinWrittenApart(packedMap(expanded, (w) => (names.has(w) ? w : (vocab.cueTypo(w) ?? w))), vocab, names)) ws.push({ w, sentence: i, english: false });
    });
  });
  const keys = packedMap(ws, (x) => keySv(x.w));
  const sentenceStarts = new Set(ws.flatMap((x, i) => (i === 0 || ws[i - 1]!.sentence !== x.sentence ? [i] : [])));
  const excluded = excludedPositions(packedMap(ws, (x) => x.w), sentenceStarts);
  const content: { word: Word; at: number }[] = [];
  ws.forEach((x, at) => {
    if (x.w.length < 2 || /^\d+$/.test(x.w) || lex.stopSv.has(x.w) || (x.english && lex.stopEn.has(x.w))) return;
    // "både … och" is a conjunction in two parts (general Swedish, as English "both … and"): it joins, it names nothing
    if (x.w === "bade" && ws.some((y, j) => j > at && y.sentence === x.sentence && y.w === "och")) return;
    content.push({ word: x, at });
  });
  // an English word the glossary does not know is Swedish only if the catalog writes it ("samordningsråd");
  // else it is a word of its own ("reset" must not become the key of "resor")
  const infos = packedMap(content, (c) => (!c.word.english || vocab.writes(c.word.w) ? asWritten(vocab.questionWord(c.word.w), names.has(c.word.w), lex) : { key: `en:${keyEn(c.word.w)}`, parts: [], real: true }));
  // concepts: phrases of the lexicon over the content keys (a misspelt word as the word it stands for)
  const seq = packedMap(infos, (i) => i.corrected ?? i.key);
  const concepts: string[][] = packedMap(seq, () => []);
  for (let i = 0; i < seq.length; i++)
    for (const m of lex.concepts.matchesAt(seq, i)) for (let j = 0; j < m.length; j++) concepts[i + j]!.push(...m.value);
  withHeadPhrases(seq, infos, concepts, lex);
  const asking = packedMap(sentences, (s) => s.asks).lastIndexOf(true);
  const tokens: QToken[] = packedMap(content, (c, i) => tokenOf(c.word, c.at, infos[i]!, concepts[i]!, lex, vocab.derivedKey(infos[i]!.corrected ?? infos[i]!.key)));
  withShortForms(tokens, packedMap(ws, (x) => x.w), lex, vocab);
  // two or more care areas named: the question is about several areas ("flera verksamhetsområden")
  const areas = new Set(tokens.flatMap((t) => packedMap(t.terms.filter((x) => x.credit === 1 && lex.areaConcepts.has(x.term)), (x) => x.term)));
  const several = lex.severalAreas;
  if (areas.size >= 2 && several) tokens.push({ word: several, key: several, terms: [{ term: several, credit: 1 }], sentence: asking, real: true, at: -1 });
  // a misspelt word is read as the word it stands for, by relation cues and names alike
  const folded = packedMap(ws, (x) => x.w);
  tokens.forEach((t, i) => {
    if (t.at < 0) return;
    const info = infos[i]!;
    if (info.corrected) keys[t.at] = info.corrected;
    if (info.correctedWord) folded[t.at] = info.correctedWord;
  });
  const leadIns = new Set(sentences.flatMap((s, i) => (s.leadIn ? [i] : [])));
  return { language, words: folded, keys, excluded, tokens, asking, sentenceStarts, sentenceOf: packedMap(ws, (x) => x.sentence), afterDash, joined: joinedPairs(text), leadIns };
}

/**
 * How much each word counts: fully in the sentence that asks, less in a preamble around it, unless the asking
 * sentence has fewer than two topic words of its own (words left out — names, organisations — do not count).
 */
export function focusOf(a: QuestionAnalysis, leftOut: ReadonlySet<number>, areaConcepts: ReadonlySet<string>): number[] {
  const own = a.tokens.filter((t, i) => t.sentence === a.asking && !leftOut.has(i)).length;
  const back = refersBack(a);
  const said = saysMoreOfIt(a);
  return packedMap(a.tokens, (t) => {
    const sentence = a.asking < 0 || own < 2 || back || t.sentence === a.asking || (said && t.sentence === a.asking + 1) ? 1 : CONTEXT;
    const onlyArea = t.terms.some((x) => areaConcepts.has(x.term)) && t.terms.every((x) => areaConcepts.has(x.term) || !x.term.startsWith("~"));
    const place = t.at > 0 && PLACE.has(a.words[t.at - 1] ?? "");
    if (placeNoun(a, t.at) || (levelNoun(a, t.at) && !t.terms.some((x) => isConcept(x.term)))) return 0;
    return sentence * (onlyArea ? AREA_CONTEXT : 1) * (place ? AREA_CONTEXT : 1);
  });
}

/** Prepositions whose pronoun object points back to what was said ("samverkar om det", "about this"). Folded. */
const BACK_PREPOSITIONS = new Set(["om", "med", "kring", "about", "with"]);
const BACK_PRONOUNS = new Set(["det", "detta", "this", "that", "it"]);
/** What may follow such a pronoun: the sentence's end, a preposition, "här" — not a verb ("om det finns …" is "if"). */
const AFTER_BACK = new Set(["har", "mellan", "i", "pa", "inom", "till", "for", "hos", "in", "between", "at", "and", "och"]);

/**
 * "Nuklearmedicinen i Västmanland vill samarbeta mer med Uppsala och Örebro. Vilken grupp samverkar om det …?": a pronoun
 * after a preposition in the asking sentence refers back to the sentence before, whose matter is then the one asked
 * about — its words count as fully as the asking sentence's own.
 */
function refersBack(a: QuestionAnalysis): boolean {
  if (a.asking <= 0) return false;
  for (let i = 1; i < a.words.length; i++) {
    if (a.sentenceOf[i] !== a.asking || !BACK_PRONOUNS.has(a.words[i]!) || !BACK_PREPOSITIONS.has(a.words[i - 1]!)) continue;
    const next = a.words[i + 1];
    if (next === undefined || a.sentenceOf[i + 1] !== a.asking || AFTER_BACK.has(next)) return true;
  }
  return false;
}

/** Pronouns that open a sentence about what the sentence before spoke of ("Det är en ny metod …"). Folded. */
const IT_OPENERS = new Set(["det", "den", "detta", "denna", "it", "this"]);

/**
 * "Vem bestämmer om vi ska köra AI-granskning av mammografin i hela VGR? Det är en ny metod och den kostar mycket.": a
 * sentence right after the one that asks, opening with a pronoun, says more of the matter asked about — its words count
 * as the asking sentence's own.
 */
function saysMoreOfIt(a: QuestionAnalysis): boolean {
  if (a.asking < 0) return false;
  const start = a.words.findIndex((_, i) => a.sentenceOf[i] === a.asking + 1);
  return start >= 0 && IT_OPENERS.has(a.words[start]!);
}

export const isConcept = (t: string): boolean => t.startsWith(CONCEPT);

/** Tokens that only name the given care areas ("röntgensjuksköterskor" for bild- och funktionsmedicin): where, not what. */
export function areaOnlyTokens(a: QuestionAnalysis, areas: ReadonlySet<string> | undefined): number[] {
  if (!areas?.size) return [];
  return a.tokens.flatMap((t, i) => (t.terms.some((x) => areas.has(x.term)) && t.terms.every((x) => areas.has(x.term) || !x.term.startsWith("~")) ? [i] : []));
}

/** Words before a group named as someone the question's subject deals with, not as the subject. */
const OBJECT_PREPOSITIONS = new Set(["at", "till", "fran", "hos", "av", "mot", "med", "om", "for", "to", "from", "by", "with"]);
const INTERROGATIVE_DETERMINERS = new Set(["vilken", "vilket", "vilka", "which", "what"]);

/**
 * A group named at this word as the one the question is about, not as someone it deals with ("referensgrupp åt
 * koncernledningen"); "vilket samordningsråd …" asks for one, it does not name one.
 */
export function namedAsSubject(a: QuestionAnalysis, at: number): boolean {
  const before = a.words[at - 1] ?? "";
  return !OBJECT_PREPOSITIONS.has(before) && !INTERROGATIVE_DETERMINERS.has(before);
}
