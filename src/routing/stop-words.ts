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

/**
 * What lunr's short English list lacks and Snowball's English stop list (snowballstem.org, the list the English stemmer
 * is paired with) has: reflexive and demonstrative pronouns, the forms of be/have/do, prepositions and adverbs of place,
 * time and degree. A phrase of the glossary that holds one of them ("set up", "sits above", "between the hospitals") is
 * read before function words are left out, so only the words it leaves are dropped.
 */
const SNOWBALL_ENGLISH =
  "myself ours ourselves yours yourself yourselves himself herself itself theirs themselves those being having doing ought until against between through during before above below up down out over under again further once here both each few more same very";
/**
 * The pieces a contraction leaves when words are split at the apostrophe ("doesn't" → doesn + t, "we're" → we + re,
 * "I've" → i + ve). (One letter is never a content word; the possessive "s" is read in analyze.ts.)
 */
const CONTRACTIONS = "re ve ll don doesn didn isn aren wasn weren hasn haven hadn won wouldn shouldn couldn mustn needn shan";
/**
 * Function words of everyday English that neither list has: indefinite pronouns (Swedish "något", "någon", "ingen" are
 * stop words there), adverbs of degree and manner, and the abbreviations "e.g.", "i.e.", "etc." leave.
 */
const EVERYDAY_ENGLISH =
  "something anything everything nothing somewhere anywhere everywhere nowhere someone everyone everybody anyone whoever whatever whichever whether though although unless within without upon onto toward towards via besides apart another instead otherwise anyway therefore thus particularly especially specifically else etc eg ie ok okay yes still already even perhaps maybe probably usually currently now also quite rather pretty";

export const SWEDISH_STOP_WORDS: ReadonlySet<string> = new Set(lunrSwedish().map(foldWord));
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([ENGLISH, SNOWBALL_ENGLISH, CONTRACTIONS, EVERYDAY_ENGLISH].flatMap((l) => l.split(" ")));
