import type { Catalog } from "../../../src/catalog/schema";

/** A catalog repository whose version the test moves (the refresher is not started: every `get` checks, as a CLI would). */
export function source(first: Catalog) {
  let catalog = first;
  return {
    set: (c: Catalog) => (catalog = c),
    repo: { version: async () => catalog.version, load: async () => catalog },
  };
}

/** One turn of the event loop: lets a build begun beside the turns take its next step. */
export const afterTurn = () => new Promise((r) => setImmediate(r));
