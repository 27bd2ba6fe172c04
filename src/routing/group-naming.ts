/**
 * Groups a question speaks of by other than their full names, read from the catalog once per router: by a compound of
 * a care area and a kind's head word ("röntgenrådet"), by a kind's head word alone ("vårt råd"), or as an
 * organisation's one group ("gruppen i Västmanland"); and whether a name is only a care area's words.
 */
import type { GroupRecord } from "../catalog/schema";
import { HEAD_CREDIT, type QuestionAnalysis } from "./analyze";
import { kindSpokenOf, soleGroupOfIntake, soleGroupOfMeetings, soleGroups, soleGroupSpokenOf } from "./group-words";
import type { NameHit } from "./names";
import { words } from "./normalize";
import type { Vocabulary } from "./vocabulary";
import { packedMap } from "./packed";

/** "samordningsrådet för röntgen", "rådet inom psykiatrin": the prepositions that give a group its field. Folded. */
const AREA_PREPOSITIONS = new Set(["for", "inom"]);
/** Words between a field's area words ("röntgen och klinfys", "röntgen samt klinisk fysiologi"). */
const AREA_JOINERS = new Set(["och", "samt", "eller", "&"]);
/** Words joining first parts that share one head ("bild- och funktionsrådet", "hjärt- eller kärlrådet"). */
const SHARED_HEAD_JOINERS = new Set(["och", "eller"]);

export class GroupNaming {
  /** Head word (key) of a kind's name → its concrete groups. */
  private readonly kindHeads = new Map<string, string[]>();
  /** The key of a kind's whole first word ("samordningsråd") → its head's key ("råd"): the kind's noun as a compound's head. */
  private readonly kindNouns = new Map<string, string>();
  /** Head word (key) of a kind's name → the kinds (with concrete groups) whose name has that head. */
  private readonly kindsOfHead = new Map<string, string[]>();
  /**
   * The kinds' head words and whole nouns: a care area compounded with one names a group by its area ("röntgenrådet",
   * "röntgensamordningsrådet").
   */
  readonly groupHeads = new Set<string>();
  private readonly instancesByKind: ReadonlyMap<string, readonly string[]>;
  /** Organisation → its one group or kind, for those that have exactly one (group-words.ts). */
  private readonly soleGroupOf: ReadonlyMap<string, string>;
  /** … counting a concrete group of a kind as that kind ("gruppen" in VGR is a samordningsråd). */
  private readonly soleKindOf: ReadonlyMap<string, string>;
  /** Organisation → head word of a group's name → the groups (a concrete group as its kind) with that head (kindSpokenOf). */
  private readonly groupsOfHead = new Map<string, Map<string, string[]>>();

  constructor(
    private readonly byId: ReadonlyMap<string, GroupRecord>,
    instancesOf: ReadonlyMap<string, readonly string[]>,
    private readonly areasOf: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly areaConcepts: ReadonlySet<string>,
    vocab: Vocabulary,
  ) {
    this.soleGroupOf = soleGroups(byId.values());
    this.soleKindOf = soleGroups(byId.values(), true);
    this.instancesByKind = instancesOf;
    const headOf = (name: string) => {
      const first = words(name)[0];
      const parts = first ? vocab.questionWord(first).parts : [];
      return parts[parts.length - 1];
    };
    // each kind with concrete groups: the head of its name's first word ("samordnings|råd" → råd)
    for (const [kindId, ids] of instancesOf) {
      const head = headOf(byId.get(kindId)?.name ?? "");
      if (!head) continue;
      this.kindHeads.set(head, [...(this.kindHeads.get(head) ?? []), ...ids]);
      const noun = words(byId.get(kindId)?.name ?? "")[0];
      if (noun) {
        const key = vocab.questionWord(noun).key;
        this.kindNouns.set(key, head);
        this.groupHeads.add(key);
      }
      this.kindsOfHead.set(head, [...(this.kindsOfHead.get(head) ?? []), kindId]);
      this.groupHeads.add(head);
    }
    for (const e of byId.values()) {
      if (e.entryType !== "group" && e.entryType !== "kind") continue;
      const head = headOf(e.name);
      if (!head) continue;
      const heads = this.groupsOfHead.get(e.organizationId) ?? new Map<string, string[]>();
      heads.set(head, [...new Set([...(heads.get(head) ?? []), e.kindId ?? e.id])]);
      this.groupsOfHead.set(e.organizationId, heads);
    }
  }

  /** The one group (or kind of group) of the organisation, when the question speaks of a group by no name. */
  soleGroupSpokenOf(a: QuestionAnalysis, orgId: string | undefined): NameHit | undefined {
    return orgId ? soleGroupSpokenOf(a, this.soleKindOf.get(orgId)) : undefined;
  }

  /** The one group of the organisation, when the question speaks of "the meetings" (group-words.ts). */
  soleGroupOfMeetings(a: QuestionAnalysis, orgId: string | undefined): NameHit | undefined {
    return orgId ? soleGroupOfMeetings(a, this.soleGroupOf.get(orgId)) : undefined;
  }

  /** The one group of the organisation, when the asker puts a matter forward (group-words.ts). */
  soleGroupOfIntake(a: QuestionAnalysis, orgId: string | undefined, cues: ReadonlySet<number>): NameHit | undefined {
    return orgId ? soleGroupOfIntake(a, this.soleGroupOf.get(orgId), cues) : undefined;
  }

  /** A kind of group spoken of by its head word alone ("vårt råd"), where the organisation has only that kind of that head. */
  kindSpokenOf(a: QuestionAnalysis, orgId: string | undefined): NameHit | undefined {
    const heads = orgId ? this.groupsOfHead.get(orgId) : undefined;
    if (!heads) return undefined;
    const kinds = new Map([...heads].filter(([, ids]) => ids.length === 1 && this.byId.get(ids[0]!)?.entryType === "kind"));
    return kindSpokenOf(a, kinds);
  }

  /**
   * "rådet" with no organisation known: a kind's head word that only one organisation's groups carry (only VGR's groups are
   * råd) speaks of that organisation's kind as it does when the organisation is known.
   */
  kindSpokenOfAnywhere(a: QuestionAnalysis): NameHit | undefined {
    const hits = [...this.groupsOfHead.keys()].map((o) => this.kindSpokenOf(a, o)).filter((h): h is NameHit => !!h);
    return hits.length === 1 && [...this.groupsOfHead.values()].filter((heads) => heads.has(a.tokens[hits[0]!.tokens[0]!]!.terms[0]!.term)).length === 1 ? hits[0] : undefined;
  }

  /** "bild- och funktionsmedicin": a group named only by words of a care area (its alias), which other organisations' groups may also cover. */
  namedByAreaOnly(a: QuestionAnalysis, h: NameHit): boolean {
    return h.tokens.length > 0 && h.tokens.every((i) => a.tokens[i]!.terms.some((x) => this.areaConcepts.has(x.term)));
  }

  /**
   * "samordningsrådet för röntgen och klinfys": a kind named in full and then, after "för"/"inom", words of one care
   * area is that area's concrete group, as the compound "röntgenrådet" is (the same Swedish said apart: "X för Y" is
   * the X whose field is Y). Only when every area word after it is one concrete group's area; else the kind stays.
   */
  withAreaAfterKind(a: QuestionAnalysis, h: NameHit): NameHit {
    const groups = this.instancesOfKind(h.entryId);
    if (!groups.length) return h;
    const last = Math.max(...packedMap(h.tokens, (t) => a.tokens[t]!.at));
    if (!AREA_PREPOSITIONS.has(a.words[last + 1] ?? "")) return h;
    const areaTokens: number[] = [];
    const areas = new Set<string>();
    for (let i = h.tokens[h.tokens.length - 1]! + 1; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      const gap = a.words.slice(last + 2, t.at).filter((w) => !AREA_JOINERS.has(w));
      const own = t.terms.filter((x) => x.credit === 1 && this.areaConcepts.has(x.term));
      if (gap.length > areaTokens.length || !own.length) break;
      areaTokens.push(i);
      for (const x of own) areas.add(x.term);
    }
    if (!areas.size) return h;
    const hit = groups.filter((g) => [...areas].every((c) => this.areasOf.get(g)?.has(c)));
    return hit.length === 1 ? { entryId: hit[0]!, matched: h.matched, coverage: 1, tokens: [...h.tokens, ...areaTokens], at: h.at } : h;
  }

  private instancesOfKind(kindId: string): readonly string[] {
    return this.byId.get(kindId)?.entryType === "kind" ? (this.instancesByKind.get(kindId) ?? []) : [];
  }

  /**
   * A concrete group named by a compound of its area and its kind's head word: Swedish puts what a thing is last in
   * a compound and what it is for first, so "röntgenrådet" is the råd for röntgen — the samordningsråd whose area
   * röntgen is (bild- och funktionsmedicin). Only where no name in full covers the word already.
   *
   * Swedish shares a compound's head among coordinated first parts written with a hyphen: "bild- och funktionsrådet"
   * is the råd for "bild- och funktions-", as "bild- och funktionsmedicin" is the medicine; the words before "och"
   * then carry the area the compound itself may not ("funktion" alone is no area).
   *
   * The kind's whole noun heads such a compound as its last part does ("röntgensamordningsrådet" is röntgenrådet).
   */
  compoundNamed(a: QuestionAnalysis, byName: readonly NameHit[]): NameHit[] {
    const out: NameHit[] = [];
    const taken = new Set(byName.flatMap((h) => h.tokens));
    a.tokens.forEach((t, i) => {
      if (taken.has(i) || t.at < 0) return;
      const head = t.terms.find((x) => x.credit === HEAD_CREDIT);
      if (!head) return;
      const term = this.kindNouns.get(head.term) ?? head.term;
      for (const [kindHead, groups] of this.kindHeads) {
        if (term !== kindHead) continue;
        const areas = new Set(packedMap(t.terms.filter((x) => x.credit < 1 && this.areaConcepts.has(x.term)), (x) => x.term));
        const hit = groups.filter((g) => [...(this.areasOf.get(g) ?? [])].some((c) => areas.has(c)));
        if (hit.length === 1) out.push({ entryId: hit[0]!, matched: 1, coverage: 1, tokens: [i], at: t.at });
        const shared = !hit.length && !taken.has(i - 1) ? groups.filter((g) => this.sharesHeadWith(a, i, g)) : [];
        if (shared.length === 1) out.push({ entryId: shared[0]!, matched: 1, coverage: 1, tokens: [i - 1, i], at: a.tokens[i - 1]!.at });
        // "ortopedirådet", "psykiatrirådet": a care area no concrete group of the kind has — a group of that kind for that
        // area all the same (the kind's mandate is every such group's: 003 "Uppdragshandling för samordningsråd …")
        const kinds = this.kindsOfHead.get(kindHead) ?? [];
        if (!hit.length && shared.length !== 1 && areas.size && kinds.length === 1) out.push({ entryId: kinds[0]!, matched: 1, coverage: 1, tokens: [i], at: t.at });
      }
    });
    return out;
  }

  /**
   * "X- och Y<head>" (the compound at token i, its first part Y) is group g when g's name writes "X och Y…": the words
   * the shared head elides ("bild- och funktionsrådet" and "Samordningsråd bild- och funktionsmedicin").
   */
  private sharesHeadWith(a: QuestionAnalysis, i: number, g: string): boolean {
    const t = a.tokens[i]!;
    const prev = a.tokens[i - 1];
    const first = t.terms.find((x) => x.part === 0)?.term;
    if (!prev || !first || prev.at !== t.at - 2 || !SHARED_HEAD_JOINERS.has(a.words[t.at - 1] ?? "")) return false;
    const ws = words(this.byId.get(g)?.name ?? "");
    for (let j = 0; j + 2 < ws.length; j++) if (ws[j] === a.words[prev.at] && SHARED_HEAD_JOINERS.has(ws[j + 1]!) && ws[j + 2]!.startsWith(first) && ws[j + 2]!.length > first.length) return true;
    return false;
  }
}
