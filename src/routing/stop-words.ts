/**
 * Function words. Swedish: lunr-languages' list (lunr.sv, MIT licence, © Mihai Valentin), read from the
 * package itself (lunr.sv only needs a lunr-shaped host object to hand over its list). English: lunr's
 * English list. Question scaffolding ("äger", "ansvarar", "owns") is data: samples/lexicon questionWords.
 */
import { foldWord } from "./normalize";

function lunrSwedish(): string[] {
  let list: string[] = [];
  const noop = function () {
    /* lunr stemmer-support placeholder */
  };
  const host = {
    stemmerSupport: { Among: noop, SnowballProgram: noop },
    Pipeline: { registerFunction: noop },
    trimmerSupport: { generateTrimmer: () => noop },
    generateStopWordFilter: (w: string[]) => {
      list = w;
      return noop;
    },
    wordCharacters: "",
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require("lunr-languages/lunr.sv") as (l: unknown) => void)(host);
  } catch {
    list = [];
  }
  return list;
}

const ENGLISH =
  "a able about across after all almost also am among an and any are as at be because been but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since so some than that the their them then there these they this tis to too twas us wants was we were what when where which while who whom why will with would yet you your";

export const SWEDISH_STOP_WORDS: ReadonlySet<string> = new Set(lunrSwedish().map(foldWord));
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(ENGLISH.split(" "));
