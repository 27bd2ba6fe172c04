/**
 * The organisation a question is asked in: named in it, else given, else remembered from an earlier question (the
 * answer card says which, and offers the others); the organisations it says it is not about; the entries it may be
 * answered with.
 */
import type { GroupRecord } from "../catalog/schema";
import { PART_CREDIT, type QuestionAnalysis } from "./analyze";
import { isGroupCompound } from "./group-words";
import { offeredListStart } from "./guess";
import { CONCEPT, type CompiledLexicon } from "./compiled-lexicon";
import { keySv } from "./normalize";
import type { Organizations, OrganizationSource, OrgMention } from "./organizations";
import type { RouteQuery } from "./types";
import { packedMap } from "./packed";

export interface Context {
  orgId?: string;
  orgSource?: OrganizationSource;
  /** The organisation came from a group the question names by a group's name, not only by its care area. */
  byGroupName?: boolean;
  /** The organisation is the matter's, told before a yes/no question that guesses another (matterOverProposal). */
  ofMatter?: boolean;
  /** Organisations the question names (when several). */
  orgIds: string[];
  /** Organisations the question says it is not about ("alltså inte VGR"). */
  notOrgIds: string[];
  skip: Set<number>;
}

/** Finite verbs a yes/no question opens with: Swedish puts the finite verb first ("Är det …?", "Ska jag …?"). Folded. */
const YES_NO_OPENERS = new Set(["ar", "ska", "skall", "kan", "bor", "maste", "far", "hor", "ligger", "tar", "hanterar", "galler", "behover", "skoter", "blir", "tas", "hanteras", "skots", "behandlas", "hamnar", "faller", "is", "are", "should", "can", "could", "does", "do", "must", "would", "will", "shall"]);
const MUNICIPALITY = "kommun";
/** The lexicon's concept of the municipalities as a party (synonymer.yaml "kommunerna": hemsjukvård, MAS, …). */
const MUNICIPALITIES = `${CONCEPT}${keySv("kommunerna")}`;
/**
 * "Västerås stad och regionen är oeniga …": a municipality's own name is often "<ort> stad" (Västerås stad, Göteborgs
 * stad) — a municipality, as "Köpings kommun" is; not "en stad", "i stad" (words before that make no name). Key, folded words.
 */
const CITY = "stad";
/** Nouns that name a matter put to a group, and the preposition that opens what it is about (folded). */
const MATTER_NOUNS = new Set(["fragan", "fragorna", "arendet", "arendena", "question", "issue", "matter"]);
const MATTER_OF = new Set(["om", "kring", "of", "on", "about"]);
/** "hos oss", "hos er": the asker's own place (folded). */
const OURS = new Set(["oss", "er", "mig"]);
/**
 * Prepositions (folded) that place a body in an organisation ("nämnden i Norra sjukvårdsregionen") or name whose it is
 * ("samverkansnämnden för Sydöstra sjukvårdsregionen", "the joint board of the Southern healthcare region").
 */
const PLACING = new Set(["i", "inom", "in", "within", "for", "of"]);
const NOT_A_PLACE_NAME = new Set(["en", "i", "varje", "vilken", "den", "denna", "annan", "samma", "var", "per", "stor", "liten", "storre", "mindre"]);

/** The question speaks of a municipality ("kommunen", "Köpings kommun", "Västerås stad") at a position `where` accepts. */
function speaksOfMunicipality(a: QuestionAnalysis, where: (i: number) => boolean): boolean {
  return a.keys.some((k, i) => (k === MUNICIPALITY || (k === CITY && i > 0 && !NOT_A_PLACE_NAME.has(a.words[i - 1]!))) && where(i));
}

/** Heads (folded) of a compound that names an organisation's parties: its municipalities, its region. */
const PARTY_COMPOUND = /.{3,}(kommunerna|kommunernas|kommuner|kommunen|regionen)$/;

/** Positions [from, to) in words. */
interface Span {
  readonly from: number;
  readonly to: number;
}

/** Every position of the spans. */
function wordsOf(spans: readonly Span[]): number[] {
  return spans.flatMap(({ from, to }) => Array.from({ length: to - from }, (_, k) => from + k));
}

/**
 * "Ska frågan om vilka läkemedel kommunens sjuksköterskor får hantera i Fagersta tas i sjukvårdsregionens VCG?": the
 * yes/no question's own "frågan om …" ("the question of …") names the matter, as sentences before it do; the body
 * named after it is the guess. The matter's positions, empty when there is none.
 */
function matterInYesNo(a: QuestionAnalysis, opening: number, mentions: readonly OrgMention[]): Span {
  const none = { from: -1, to: -1 };
  const inSentence = (i: number) => a.sentenceOf[i] === a.sentenceOf[opening];
  const noun = [1, 2, 3].map((k) => opening + k).find((i) => inSentence(i) && MATTER_NOUNS.has(a.words[i] ?? ""));
  if (noun === undefined || !MATTER_OF.has(a.words[noun + 1] ?? "")) return none;
  const guesses = mentions.filter((m) => m.from > noun + 1 && inSentence(m.from));
  const last = guesses.length > 1 ? guesses[guesses.length - 1]! : undefined;
  return last ? { from: noun + 2, to: last.from } : none;
}

/** At most this many words before a colon make a lead-in to the sentence after it ("För Sörmlands del:", "I VGR:"). */
const LEAD_IN_WORDS = 4;

export class QuestionOrganizations {
  constructor(
    private readonly orgs: Organizations,
    private readonly byId: ReadonlyMap<string, GroupRecord>,
    private readonly entryIds: readonly string[],
    private readonly outsideNames: CompiledLexicon["outside"],
  ) {}

  private readonly masks = new Map<string, Uint8Array | null>();

  /** The entries a question may be answered with (its organisation's), as a mask over entry indexes; cached. */
  maskFor(ctx: Context): Uint8Array | null {
    const key = ctx.orgId ? `=${ctx.orgId}` : `${ctx.orgIds.join(",")}!${ctx.notOrgIds.join(",")}`;
    if (key === "!") return null;
    let m = this.masks.get(key);
    if (m === undefined) {
      m = Uint8Array.from(this.entryIds, (id) => (this.inOrganization(id, ctx) ? 1 : 0));
      if (this.masks.size > 64) this.masks.clear();
      this.masks.set(key, m);
    }
    return m;
  }

  /** The question itself names the organisation, or a group by a name only that organisation has. */
  settled(ctx: Context): boolean {
    return ctx.orgSource === "question" || (ctx.orgSource === "subject" && !!ctx.byGroupName);
  }

  /** The question names an organisation the catalog does not cover, and none it covers. */
  outside(a: QuestionAnalysis, ctx: Context): boolean {
    if (this.askedAtOutsideHome(a)) return true;
    if (ctx.orgSource === "question" || ctx.orgIds.length) return false;
    for (let i = 0; i < a.keys.length; i++) if (this.outsideNames.longestAt(a.keys, i) && !a.excluded.has(i)) return true;
    return false;
  }

  /**
   * "Jag är ny controller i Region Stockholm. … VGR har ett råd för bild och funktion. Vilken grupp samordnar det hos
   * oss?": the sentence that asks is about the asker's own place ("hos oss", "hos er"), names no organisation the
   * catalog covers, and the place the question names is one it does not cover — a catalog organisation named elsewhere
   * is what the asker compares with. No mandate here holds outside its own organisation (004: the råd "företräder inte
   * VGR i kontakter utanför regionen"; 000, 002 name their regions and municipalities).
   */
  private askedAtOutsideHome(a: QuestionAnalysis): boolean {
    if (a.asking < 0) return false;
    const asks = (i: number) => a.sentenceOf[i] === a.asking;
    if (!a.words.some((w, i) => asks(i) && w === "hos" && OURS.has(a.words[i + 1] ?? ""))) return false;
    const outsideAt = wordsOf(this.outsideSpans(a));
    if (!outsideAt.length) return false;
    const elsewhere = a.words.flatMap((_, i) => (asks(i) ? [] : [i]));
    return this.orgs.named(a.keys, new Set([...a.excluded, ...outsideAt, ...elsewhere]), a.words).ids.length === 0;
  }

  /** Names of organisations the catalog does not cover: positions (in words) [from, to). */
  private outsideSpans(a: QuestionAnalysis): Span[] {
    const spans: Span[] = [];
    for (let i = 0; i < a.keys.length; i++) {
      const m = this.outsideNames.longestAt(a.keys, i);
      if (m) spans.push({ from: i, to: i + m.length });
    }
    return spans;
  }

  /**
   * "samverkansnämnden i Norra sjukvårdsregionen": a name the catalog's organisation shares with every other of its
   * kind (each of the six sjukvårdsregioner has a samverkansnämnd) placed by "i"/"inom" in an organisation the catalog
   * does not cover is that organisation's (a noun and the phrase after it that places it, general Swedish). Starts (in
   * words) of such names.
   */
  private placedOutside(a: QuestionAnalysis, mentions: readonly OrgMention[], spans: readonly Span[]): number[] {
    const at: number[] = [];
    // … or by the genitive right before it ("Sydöstra sjukvårdsregionens samverkansnämnd", "Region Skånes ledningsgrupp")
    const genitiveEnds = new Set<number>();
    for (const { to } of spans) {
      if (a.words[to] === "s") genitiveEnds.add(to + 1);
      else if (a.words[to - 1]!.endsWith("s")) genitiveEnds.add(to);
    }
    for (const m of mentions) {
      if (genitiveEnds.has(m.from)) at.push(m.from);
      if (!PLACING.has(a.words[m.to] ?? "")) continue;
      // (English sets an article before the name: "the joint board in the Southern healthcare region")
      const name = a.words[m.to + 1] === "the" ? m.to + 2 : m.to + 1;
      if (this.outsideNames.longestAt(a.keys, name)) at.push(m.from);
    }
    return at;
  }

  /** The one organisation named in the asking sentence (or its lead-in), when the question has sentences before it that name others. */
  private namedInAsking(a: QuestionAnalysis, outside: readonly number[]): string | undefined {
    if (a.asking <= 0) return undefined;
    // (a name among the answers offered, "– Mellansverige eller en länsgrupp?", is a guess, not the place asked about)
    const offered = offeredListStart(a);
    // (a short lead-in right before it is the asking sentence's own frame: "För Sörmlands del: vem samverkar …?")
    const lead = a.asking - 1;
    const leadIn = a.leadIns.has(lead) && a.words.filter((_, i) => a.sentenceOf[i] === lead).length <= LEAD_IN_WORDS;
    const asks = (i: number) => a.sentenceOf[i] === a.asking || (leadIn && a.sentenceOf[i] === lead);
    const elsewhere = a.words.flatMap((_, i) => (asks(i) && (offered < 0 || i < offered) ? [] : [i]));
    const { ids } = this.orgs.named(a.keys, new Set([...a.excluded, ...outside, ...elsewhere]), a.words);
    return ids.length === 1 ? ids[0] : undefined;
  }

  inOrganization(id: string, ctx: Context): boolean {
    const org = this.byId.get(id)?.organizationId;
    if (ctx.orgId) return org === ctx.orgId;
    if (org && ctx.notOrgIds.includes(org)) return false;
    return !ctx.orgIds.length || (!!org && ctx.orgIds.includes(org));
  }

  /**
   * "Köpings kommun och regionen är oense om … Är det något för ledningsgruppen i Mellansverige?": the sentences before
   * a yes/no question say whose matter it is; the organisation the question then names is the asker's guess, which the
   * answer may deny. A mandate holds only inside its own organisation (004: the råd "företräder inte VGR i kontakter
   * utanför regionen"; 000: the regions of Sjukvårdsregion Mellansverige; 002: Landstinget Västmanland and the
   * municipalities of Västmanland), so the matter's organisation is the question's. A region of a collaboration guessed
   * to belong to the collaboration stays its own only when its municipalities are a party (002's clause: the
   * division of responsibility between Landstinget Västmanland and its municipalities).
   */
  private matterOverProposal(a: QuestionAnalysis, mentions: readonly OrgMention[]): string | undefined {
    if (a.asking < 0) return undefined;
    // the yes/no question is the asking sentence, or its part after a dash that opens with the finite verb ("Köpings
    // kommun och landstinget är oense om … – är det ledningsgruppen i Mellansverige som tar det?"): a dash sets the
    // question off from the matter told before it, as a full stop does
    const start = a.words.findIndex((_, i) => a.sentenceOf[i] === a.asking);
    const dash = Math.max(-1, ...[...a.afterDash].filter((i) => a.sentenceOf[i] === a.asking));
    const from = dash > start && YES_NO_OPENERS.has(a.words[dash] ?? "") ? dash : YES_NO_OPENERS.has(a.words[start] ?? "") ? start : -1;
    if (from < 0) return undefined;
    const matter = matterInYesNo(a, from, mentions);
    const inGuess = (i: number) => a.sentenceOf[i] === a.asking && i >= from && (i < matter.from || i >= matter.to);
    const outside = (inAsking: boolean) => new Set([...a.excluded, ...a.words.flatMap((_, i) => (inGuess(i) === inAsking ? [i] : []))]);
    const before = this.orgs.named(a.keys, outside(true), a.words).ids.filter((_, __, all) => all.length === 1);
    const guessed = this.orgs.named(a.keys, outside(false), a.words).ids;
    const home = before[0];
    const others = guessed.filter((g) => g !== home);
    if (!home || !others.length) return undefined;
    const municipalities = speaksOfMunicipality(a, (i) => !inGuess(i));
    return others.every((g) => !this.orgs.memberOf(home, g) || municipalities) ? home : undefined;
  }

  /**
   * "Ortopeden i Västerås har långa köer medan Falun har luft, vi vill planera produktionen ihop i Mellansverige": a
   * question that names a collaboration and regions that are its members speaks of a matter between those regions —
   * the collaboration's (000: the regions of Sjukvårdsregion Mellansverige). A member region's own mandate (002) holds
   * only for the division of responsibility between it and its municipalities, so it stays in play only when they are
   * a party.
   */
  private collaborationNamed(ids: readonly string[], a: QuestionAnalysis): string | undefined {
    const whole = ids.find((b) => ids.every((x) => x === b || this.orgs.memberOf(x, b)));
    // the municipalities are a party when named, or when the matter is theirs ("hemsjukvården", synonymer.yaml)
    const theirs = a.tokens.some((t) => t.terms.some((x) => x.credit === 1 && x.term === MUNICIPALITIES));
    return whole && !theirs && !speaksOfMunicipality(a, () => true) ? whole : undefined;
  }

  /**
   * "Västmanlandsgruppen": Swedish names a thing by a compound whose head says what it is and whose first part what it
   * belongs to, as "gruppen i Västmanland" does (group-words.ts isGroupCompound); a first part that is one organisation's
   * name names that organisation, as the name said apart would.
   */
  private namedInGroupCompound(a: QuestionAnalysis): string | undefined {
    const ids = new Set<string>();
    for (const t of a.tokens) {
      // … and so does a compound whose head is the organisation's parties ("Västmanlandskommunerna": the municipalities
      // of Västmanland, as "kommunerna i Västmanland")
      const w = a.words[t.at] ?? "";
      if (t.at < 0 || a.excluded.has(t.at) || !(isGroupCompound(w) || PARTY_COMPOUND.test(w))) continue;
      for (const x of t.terms) if (x.credit === PART_CREDIT) for (const id of this.orgs.named([x.term]).ids) ids.add(id);
    }
    return ids.size === 1 ? [...ids][0] : undefined;
  }

  /** Organisation: named in the question, else given, else remembered. */
  organization(a: QuestionAnalysis, q: RouteQuery): Context {
    // a word of a longer name the catalog does not cover ("Norra sjukvårdsregionen") names none of its organisations
    // (it stays out of the topic, as a name of one would)
    const mentions = this.orgs.mentions(a.keys, a.words);
    const spans = this.outsideSpans(a);
    const outside = [...wordsOf(spans), ...this.placedOutside(a, mentions, spans)];
    const { ids } = this.orgs.named(a.keys, new Set([...a.excluded, ...outside]), a.words);
    const { positions } = this.orgs.named(a.keys, a.excluded, a.words);
    const notOrgIds = packedMap(mentions.filter((m) => a.excluded.has(m.from) && m.strength === 2), (m) => m.id);
    const skip = new Set<number>();
    a.tokens.forEach((t, i) => {
      if (positions.has(t.at)) skip.add(i);
    });
    const base = { skip, notOrgIds };
    const matter = this.matterOverProposal(a, mentions);
    if (matter) return { ...base, orgId: matter, orgSource: "question", orgIds: [matter], ofMatter: true };
    if (ids.length === 1) return { ...base, orgId: ids[0], orgSource: "question", orgIds: ids };
    const whole = ids.length > 1 ? this.collaborationNamed(ids, a) : undefined;
    if (whole) return { ...base, orgId: whole, orgSource: "question", orgIds: [whole] };
    // "… det gäller väl VGR? Region Sörmland vill investera i en magnetkamera – vem i vår sjukvårdsregion samverkar kring
    // det?": of several organisations named, the one the asking sentence names is asked about; the others set the scene
    const asked = ids.length > 1 ? this.namedInAsking(a, outside) : undefined;
    if (asked) return { ...base, orgId: asked, orgSource: "question", orgIds: [asked] };
    if (ids.length > 1) return { ...base, orgIds: ids };
    const compound = this.namedInGroupCompound(a);
    if (compound) return { ...base, orgId: compound, orgSource: "question", orgIds: [compound] };
    const given = this.orgs.resolve(q.org);
    if (given && !notOrgIds.includes(given)) return { ...base, orgId: given, orgSource: "given", orgIds: [] };
    const remembered = this.orgs.resolve(q.rememberedOrg);
    if (remembered && !notOrgIds.includes(remembered)) return { ...base, orgId: remembered, orgSource: "remembered", orgIds: [] };
    return { ...base, orgIds: [] };
  }
}
