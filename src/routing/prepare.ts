/**
 * What every router of the process shares and no catalog changes: the compiled lexicon, the Swedish dictionary and its
 * suffix rules.
 * The server loads them while the store process is still opening DATA_DIR (they need no catalog), so the router
 * build that follows, once the catalog is read, is only the catalog's own part.
 */
import { configureBuildCache, type BuildCacheOptions } from "./build-cache";
import { compileLexicon } from "./compiled-lexicon";
import { swedishDictionary } from "./dictionary";
import { swedishBackwardsRules } from "./inflection-base";
import { shippedLexicon } from "./lexicon";

/** `cache`: the build cache to use from now on (build-cache.ts); throws as the router would on an invalid lexicon. */
export function prepareRouting(cache?: BuildCacheOptions): void {
  if (cache) configureBuildCache(cache);
  compileLexicon(shippedLexicon());
  swedishDictionary();
  swedishBackwardsRules(); // read here, not on the first turn whose question has an unknown word
}
