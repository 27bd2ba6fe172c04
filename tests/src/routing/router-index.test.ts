import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { digest, fullDigest } from "../../../bench/routing-digest";
import { syntheticCatalog } from "../../../bench/routing-support";
import type { Catalog } from "../../../src/catalog/schema";
import type { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

/**
 * The router's index kept in the build cache (src/routing/router-index.ts): a router read back in a fresh process
 * state is the router built, a damaged file is built again (and said), another catalog is a miss.
 */

const QUESTIONS = [
  "Vem äger frågan om remissvar inom bild- och funktionsmedicin?",
  "Vem utser ordförande i Samverkansnämndens ledningsgrupp?",
  "Vem samverkar kring kompetensförsörjning?",
  "Vilken grupp beslutar om bemanning på röntgen?",
  "Vart eskaleras en fråga som ingen i rådet har mandat att besluta om?",
  "Who decides on referrals in orthopaedics?",
  "Vem ansvarar för ortoepdin?", // a typo: a correction, read through the vocabulary's spelling index
  "Hur ofta träffas verksamhetschefsgruppen i Västmanland?",
];

let dir: string;
let warnings: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-router-index-"));
  warnings = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const indexFile = () => path.join(dir, "router-index.cache");

/**
 * A router of `catalog` built in a fresh set of modules (as a restarted bot or a new CLI process has: no memo of an
 * earlier build), with the build cache in `dir`; `built`: whether it built its index (else it read it). Waits for the
 * index file the build writes after it.
 */
async function freshRouter(catalog: Catalog): Promise<{ router: Router; built: boolean }> {
  let router!: Router;
  let builds = 0;
  let written: () => Promise<void> = async () => undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const cache = require("../../../src/routing/build-cache") as typeof import("../../../src/routing/build-cache");
    const parts = require("../../../src/routing/router-parts") as typeof import("../../../src/routing/router-parts");
    const original = parts.routerParts;
    jest.spyOn(parts, "routerParts").mockImplementation((...args) => {
      builds++;
      return original(...args);
    });
    cache.configureBuildCache({ dir, warn: (m) => warnings.push(m) });
    const { Router } = require("../../../src/routing/router") as typeof import("../../../src/routing/router");
    router = new Router(structuredClone(catalog));
    try {
      written = (require("../../../src/routing/router-index") as { indexWritten: () => Promise<void> }).indexWritten;
    } catch {
      // no persisted index in this code: nothing is written
    }
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  await written();
  return { router, built: builds > 0 };
}

const answers = (r: Router) => QUESTIONS.map((question) => r.routeDetailed({ question }));

describe("the router's index in the build cache", () => {
  it("is written after a build and read back by a fresh process as the same router: the same tables, the same answers", async () => {
    // the sample mandates and 300 synthetic groups (many words, compounds, corrections): more than the samples' tables
    const catalog = syntheticCatalog(sampleCatalog(), 300);
    const first = await freshRouter(catalog);
    expect(first.built).toBe(true);
    expect(fs.existsSync(indexFile())).toBe(true);
    const second = await freshRouter(catalog);
    expect(second.built).toBe(false);
    expect(digest(second.router)).toBe(digest(first.router));
    expect(fullDigest(second.router)).toBe(fullDigest(first.router));
    expect(answers(second.router)).toEqual(answers(first.router));
    // a new version of the same groups is the same index
    const third = await freshRouter({ ...catalog, version: catalog.version + 1 });
    expect(third.built).toBe(false);
    expect(answers(third.router)).toEqual(answers(first.router));
    expect(warnings).toEqual([]);
  });

  it.each([
    ["cut off", (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ["a byte changed", (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 100), Buffer.from([b[b.length - 100]! ^ 1]), b.subarray(b.length - 99)])],
    ["garbage", () => Buffer.from("not an index")],
  ])("is ignored when damaged (%s): built, logged, written again", async (_, damage) => {
    const catalog = sampleCatalog();
    const first = await freshRouter(catalog);
    fs.writeFileSync(indexFile(), damage(fs.readFileSync(indexFile())));
    const again = await freshRouter(catalog);
    expect(again.built).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/routing build cache .*router-index\.cache ignored .*rebuilt/);
    expect(answers(again.router)).toEqual(answers(first.router));
    // written again: the next start reads it
    expect((await freshRouter(catalog)).built).toBe(false);
    expect(warnings).toHaveLength(1);
  });

  it("is a miss for a changed catalog: built with the change, and written for it", async () => {
    const catalog = sampleCatalog();
    const original = await freshRouter(catalog);
    // one clause of one group changed: its index must not be the old catalog's
    const changed = structuredClone(catalog);
    const group = changed.entries.find((e) => e.id === "vgr:samordningsrad-bild-och-funktionsmedicin")!;
    group.duties = [...group.duties, { ...group.duties[0]!, text: "Samordna frågor om hörselhjälpmedel för barn." }];
    const rebuilt = await freshRouter(changed);
    expect(rebuilt.built).toBe(true);
    expect(digest(rebuilt.router)).not.toBe(digest(original.router));
    const question = "Vem samordnar hörselhjälpmedel för barn?";
    expect(rebuilt.router.route({ question }).owner?.id).toBe(group.id);
    expect(original.router.route({ question }).owner?.id).not.toBe(group.id);
    // … and written for the changed catalog: read back by the next start
    const read = await freshRouter(changed);
    expect(read.built).toBe(false);
    expect(fullDigest(read.router)).toBe(fullDigest(rebuilt.router));
    expect(read.router.route({ question }).owner?.id).toBe(group.id);
    expect(warnings).toEqual([]);
  });
});
