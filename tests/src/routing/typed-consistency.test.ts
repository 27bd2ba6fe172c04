/**
 * Issue 13: "a new user's question with no å/ä/ö … gets the same owner as the clean Swedish question". Every Swedish
 * question of the tune halves (never the holdouts) that the router answers right is asked again the way people type in
 * a chat — lower case, å/ä/ö written a/a/o, no punctuation at all — and must get the same answer.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { isRight, parseLabelled } from "../../../src/routing/evaluate";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const DEV = join(__dirname, "..", "..", "fixtures", "routing-dev");
const TUNE = ["tune.jsonl", "tune2.jsonl", "tune3.jsonl", "tune4.jsonl", "tune5.jsonl"];

/** As typed in a chat: no capitals, no å/ä/ö, no punctuation (a hyphen inside a word stays). */
const chatStyle = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/[?.!,;:()"–—]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("a question typed as people type it in a chat gets the clean question's answer", () => {
  const questions = TUNE.flatMap((f) => parseLabelled(readFileSync(join(DEV, f), "utf8"))).filter((q) => q.lang === "sv" && q.kind !== "typed");

  it("answers each rightly answered Swedish tune question the same when typed lower case, without å/ä/ö and punctuation", () => {
    const changed: { question: string; clean: string; typed: string }[] = [];
    let asked = 0;
    for (const q of questions) {
      const org = q.org ? { org: q.org } : {};
      const clean = router.route({ question: q.question, ...org });
      if (!isRight(q, clean)) continue;
      asked++;
      const typed = router.route({ question: chatStyle(q.question), ...org });
      const say = (r: typeof clean) => `${r.status} ${r.owner?.id ?? ""}`;
      if (say(typed) !== say(clean)) changed.push({ question: chatStyle(q.question), clean: say(clean), typed: say(typed) });
    }
    expect(asked).toBeGreaterThan(350);
    expect(changed).toEqual([]);
  });
});
