/**
 * "Rapporterar de regionala processteamen till samordningsrådet?": whom a body that is no group of the catalog reports
 * to is said by the mandate sentence that has that body as the subject of "rapporterar till" (004 "Regionala processteam
 * inom kunskapsstyrningen rapporterar till samordningsrådet"), not by the reporting of the group the question names as
 * the guessed receiver. The reporter is met by the key of a long content word of the sentence's subject that the
 * question uses outside its named groups; the receiver is the body after "till" (the mandate's own group by its
 * self-word: "samordningsrådet" in 004 is the råd of that mandate).
 */
import type { QuestionAnalysis } from "./analyze";
import { sentences, SELF_WORDS } from "./actors";
import { isGroupWord } from "./group-words";
import { foldClause } from "./memo";
import { keySv } from "./normalize";
import { clausesOf } from "./passages";
import type { RelationAnswer, RelationAnswerer } from "./relations";

/** "… rapporterar till …" in a folded mandate sentence: the subject before it, the receiver after it. */
const REPORTS_TO = /^(.*?)\brapporterar till\s+(.*)$/;
/**
 * A group's own people (folded): every group has a chair and members, so "Ordförande rapporterar till …" (003) says whom
 * that group's chair reports to, which the group named answers (relations.ts) — no body of its own.
 */
const PEOPLE_OF_A_GROUP = new Set(["ordforande", "ordforanden", "deltagare", "deltagarna", "ledamot", "ledamoter", "ledamoterna", "representanter", "representanterna", "medlemmarna"]);
/** A subject word long enough to name a body of its own ("processteam"), not a function word. */
const MIN_KEY = 6;

/** One "X rapporterar till Y" sentence of a mandate: its subject's keys, its receiver, where it stands. */
interface ReporterSentence {
  readonly subjectKeys: ReadonlySet<string>;
  readonly targetId: string;
  readonly citation: RelationAnswer["citation"];
}

/** The catalog's reporter sentences, read once per router (they depend on the catalog only). */
const byRouter = new WeakMap<RelationAnswerer, readonly ReporterSentence[]>();

function reporterSentences(relations: RelationAnswerer): readonly ReporterSentence[] {
  let list = byRouter.get(relations);
  if (list) return list;
  const out: ReporterSentence[] = [];
  for (const e of relations.byId.values()) {
    if (!e.document) continue;
    for (const { clause } of clausesOf(e)) {
      for (const s of sentences(clause.text)) {
        const m = REPORTS_TO.exec(foldClause(s));
        if (!m) continue;
        const subjectKeys = new Set(m[1]!.split(" ").filter((w) => w.length >= MIN_KEY && !isGroupWord(w) && !PEOPLE_OF_A_GROUP.has(w)).map(keySv));
        const target = subjectKeys.size ? receiverOf(relations, m[2]!, s, e.id, e.organizationId) : undefined;
        if (target) out.push({ subjectKeys, targetId: target, citation: relations.cite(clause, e, s) });
      }
    }
  }
  byRouter.set(relations, (list = out));
  return list;
}

export function reporterSentence(relations: RelationAnswerer, a: QuestionAnalysis, namedAt: ReadonlySet<number>): RelationAnswer | undefined {
  const list = reporterSentences(relations);
  if (!list.length) return undefined;
  const asked = new Set(a.tokens.filter((t) => t.at >= 0 && !namedAt.has(t.at) && t.key.length >= MIN_KEY && !isGroupWord(a.words[t.at] ?? "")).map((t) => t.key));
  const hit = asked.size ? list.find((r) => [...r.subjectKeys].some((k) => asked.has(k))) : undefined;
  return hit && { targetId: hit.targetId, citation: hit.citation, how: "clause" };
}

/** The body after "till": the mandate's own group by its self-word, else the first body the actors read there. */
function receiverOf(relations: RelationAnswerer, after: string, sentence: string, homeId: string, organizationId: string): string | undefined {
  const first = after.split(" ")[0] ?? "";
  if (SELF_WORDS.has(first)) return homeId;
  const at = foldClause(sentence).indexOf(after);
  const body = relations.actors.bodiesIn(sentence, organizationId).find((b) => b.index >= at && relations.byId.has(b.id));
  return body?.id;
}
