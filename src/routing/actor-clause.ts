/**
 * Who a mandate sentence says does or holds what a question asks about, read from the sentence's grammar: the agent of
 * a passive, the bearer of a responsibility ("ansvar som X har för Y"), the possessor of a noun ("X:s möten").
 *
 * The agent of a passive is the one who does its act: in "Ledningsgruppen ansvarar för att ett årligt möte …
 * genomförs då … kommande års planering presenteras av respektive verksamhetschefsgrupp" (000) the
 * ledningsgrupp sees to the meeting, but each verksamhetschefsgrupp presents its planning. A question whose
 * words lie in the clause of the passive ("Vem planerar kommande års verksamhet …?") asks for its agent, not
 * for the subject of the sentence's main clause.
 */
import type { BodyInSentence } from "./actors";
import { fold, keySv } from "./normalize";

/** Words that open a subordinate or relative clause (folded); a comma closes one too. */
const CLAUSE_OPENERS = new Set(["da", "nar", "som", "dar", "medan", "eftersom", "om", "sa", "innan", "efter"]);

/** The agent ("… av X") whose own clause holds more of the question's words than the rest of the sentence. */
export function agentAsked(sentence: string, bodies: readonly BodyInSentence[], asked: ReadonlySet<string>): BodyInSentence | undefined {
  const agent = bodies.find((b) => b.role === "agent");
  if (!agent) return undefined;
  const f = ` ${fold(sentence)} `;
  const before = f.slice(0, agent.index).trim().split(" ");
  // the clause of the passive runs from its opener up to the agent; its verb, right before "av", ends in -s ("presenteras", "ges")
  let start = before.length - 1;
  while (start > 0 && !CLAUSE_OPENERS.has(before[start - 1]!) && !before[start - 1]!.endsWith(",")) start--;
  const clause = before.slice(start);
  const av = before.lastIndexOf("av");
  if (av < 1 || !/[^s]s$/.test(before[av - 1]!)) return undefined;
  const count = (ws: readonly string[]) => ws.filter((w) => asked.has(keySv(w.replace(/,$/, "")))).length;
  const inClause = count(clause);
  const rest = count(before.slice(0, start)) + count(f.slice(agent.index).trim().split(" ").slice(1));
  return inClause > rest ? agent : undefined;
}

/**
 * A sentence shares an act with the question when it shares a word beyond the names of bodies and organisations:
 * a yes/no question about what a named group may do ("Måste verksamhetschefsgruppen … gå via ledningsgruppen innan
 * de kontaktar RCC?") says nothing of the act of a sentence that only names the same bodies ("Ledningsgruppen
 * beslutar om vilka verksamhetschefsgrupper som skall verka inom Sjukvårdsregion Mellansverige").
 */
export function sharesAct(keys: readonly string[], asked: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  return keys.some((k) => asked.has(k) && !names.has(k));
}

/** A sentence's folded words (punctuation after them dropped) with their character index in the padded folded sentence. */
function wordsAt(sentence: string): { w: string; at: number }[] {
  const ws: { w: string; at: number }[] = [];
  for (const m of ` ${fold(sentence)} `.matchAll(/\S+/g)) ws.push({ w: m[0].replace(/[,.;:]$/, ""), at: m.index! });
  return ws;
}

/**
 * "Beslut fattas med respekt för det ansvar som respektive förvaltningschef har för den samlade verksamheten i
 * förvaltningen samt givna budgetramar" (004): the body a sentence says has the responsibility for a thing — "ansvar som
 * X har för Y", "X har ansvar för Y", "X ansvarar för Y" — is who is responsible for Y, when the question's words stand
 * in Y (after that "för"). Swedish says who bears a responsibility with "ha ansvar för" / "ansvara för".
 */
export function responsibleFor(sentence: string, bodies: readonly BodyInSentence[], asked: ReadonlySet<string>): BodyInSentence | undefined {
  const ws = wordsAt(sentence);
  const posOf = (index: number) => ws.findIndex((x) => x.at >= index);
  const inY = (from: number) => ws.slice(from).some((x) => asked.has(keySv(x.w)));
  for (const b of bodies) {
    const p = posOf(b.index);
    if (p < 0) continue;
    for (let i = 0; i < ws.length; i++) {
      if (!ws[i]!.w.startsWith("ansvar")) continue;
      // "ansvar som (respektive) X har för Y"
      if (i < p && p - i <= 3 && ws[i + 1]?.w === "som") {
        const j = ws.findIndex((x, k) => k > p && k <= p + 6 && x.w === "for" && ws[k - 1]?.w === "har");
        if (j > 0 && inY(j + 1)) return b;
      }
      // "X ansvarar för Y", "X har (det) ansvar(et) för Y"
      if (i > p && i - p <= 5 && ws[i + 1]?.w === "for" && inY(i + 2)) return b;
    }
  }
  return undefined;
}

/** "vems", "whose": the question word that asks for the possessor of the noun after it (folded). */
const WHOSE = new Set(["vems", "whose"]);

/** Interrogative determiners (folded): "vilket organs möten" asks the possessor as "vems möten" does. (English
 * "which body's meetings" loses its "'s" when read, analyze.ts `withoutPossessive`: not read as whose.) */
const WHICH = new Set(["vilken", "vilket", "vilka"]);
/** A noun in the genitive (folded): Swedish adds -s to the whole noun phrase ("organs", "gruppens", "nämndens"). */
const GENITIVE_NOUN = /^[a-z]{3,}s$/;
/** Finite verbs after "vilken plats", "vilken status" (folded): the -s was the noun's own, no genitive. */
const FINITE = new Set(["har", "ar", "ska", "kan", "far", "gor", "tar", "blir", "galler", "finns"]);

/**
 * The key of the noun a "vems"/"whose" question asks the possessor of ("Vems möten …?" → the key of "möten"); "vilket
 * organs möten", "vilken grupps protokoll" ask the same (a general fact of Swedish: an interrogative determiner with a
 * genitive noun asks whose).
 */
export function whoseNoun(words: readonly string[]): string | undefined {
  const i = words.findIndex((w) => WHOSE.has(w));
  if (i >= 0) return words[i + 1] ? keySv(words[i + 1]!) : undefined;
  // "Vilket organ har som (övergripande) mål att …?", "Vem har som uppgift att …?": "ha något som X" says whose X it
  // is (a general fact of Swedish), as "vems (övergripande) mål" does; the word after "som" is the noun or its adjective
  const h = words.findIndex((w, k) => w === "har" && words[k + 1] === "som" && (words[k - 1] === "vem" || WHICH.has(words[k - 2] ?? "")));
  if (h >= 0 && words[h + 2]) return keySv(words[h + 2]!);
  for (let k = 0; k + 2 < words.length; k++) {
    if (!WHICH.has(words[k]!)) continue;
    if (GENITIVE_NOUN.test(words[k + 1]!) && !/ss$/.test(words[k + 1]!) && !FINITE.has(words[k + 2]!)) return keySv(words[k + 2]!);
  }
  return undefined;
}

/**
 * "Ordinarie ledamot deltar i samverkansnämndens möten" (001) answers "Vems möten deltar ordinarie ledamot i?": the
 * body whose genitive stands right before the noun the question asks the possessor of.
 */
export function possessorOf(sentence: string, bodies: readonly BodyInSentence[], noun: string): BodyInSentence | undefined {
  const ws = wordsAt(sentence);
  return bodies.find((b) => {
    const p = ws.findIndex((x) => x.at >= b.index);
    if (p < 0) return false;
    for (let k = p + 1; k <= p + 4 && k < ws.length; k++) {
      if (keySv(ws[k]!.w) !== noun) continue;
      if (ws[k - 1]!.w.endsWith("s")) return true;
      // an adjective between the genitive and its noun takes the weak form, -a or -e (general Swedish:
      // "Samverkansnämndens övergripande mål", "gruppens egna möten")
      if (k - 2 >= p && /[ae]$/.test(ws[k - 1]!.w) && ws[k - 2]!.w.endsWith("s")) return true;
    }
    return false;
  });
}
