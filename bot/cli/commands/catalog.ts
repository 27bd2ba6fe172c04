import type { Command } from "commander";
import { findGroup } from "../../../src/catalog/lookup";
import { spellOutAbbreviations } from "../../../src/routing/spell-out";
import { addInstance, ingestMandates, readIngestFiles, sampleOverrides, type FileOutcome } from "../../../src/catalog/ingest";
import { loadOverrides, type Override } from "../../../src/catalog/overrides";
import type { Catalog } from "../../../src/catalog/schema";
import { CliError, type CliContext } from "../context";
import { groupsText, ingestText, qualityText, showText } from "./catalog-text";

/** samverkan ingest | groups | groups add | show | versions | quality */

function overridesFrom(dir: string | undefined): Override[] {
  if (!dir) return sampleOverrides();
  const r = loadOverrides(dir);
  if (!r.ok) throw new CliError(r.message, 2);
  return r.overrides;
}

export function register(program: Command, ctx: CliContext): void {
  registerIngest(program, ctx);
  registerGroups(program, ctx);
  registerShow(program, ctx);
  registerVersions(program, ctx);
  registerQuality(program, ctx);
}

/** The stored catalog, or the operator is told how to fill it. */
async function loadCatalog(ctx: CliContext): Promise<Catalog> {
  const catalog = await ctx.withServices((s) => s.catalog.load());
  if (!catalog) throw new CliError("The catalog is empty: run `samverkan ingest samples/mandates/*.txt` first.", 1);
  return catalog;
}

function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command("ingest")
    .description("parse mandate documents into the catalog (earlier versions are kept)")
    .argument("<files...>", "mandate files: PDF, Word (.docx), text or markdown (told by their content)")
    .option("--overrides <dir>", "override files (default: samples/overrides)")
    .option("--json", "print JSON")
    .action(async (paths: string[], opts: { json?: boolean; overrides?: string }) => {
      const overrides = overridesFrom(opts.overrides);
      const { files, unreadable } = readIngestFiles(paths);
      const result = await ctx.withServices(async (s) => {
        if (files.length === 0) return undefined;
        const progress = (o: FileOutcome, i: number, n: number) => {
          if (!opts.json) ctx.io.err(`  … ${i}/${n} ${o.fileName}: ${o.status}`);
        };
        return ingestMandates({ catalog: s.catalog, clock: s.clock, timeZone: s.config.timeZone }, files, overrides, progress);
      }, { samples: false });
      const outcomes: FileOutcome[] = [...unreadable, ...(result?.files ?? [])];
      const rejected = outcomes.filter((o) => o.status === "rejected");
      const ingestedIds = new Set(outcomes.flatMap((o) => (o.status !== "rejected" ? [o.documentId] : [])));
      const quality = (result?.catalog.quality ?? []).filter((q) => ingestedIds.has(q.documentId));
      ctx.print(!!opts.json, { version: result?.version ?? null, files: outcomes, quality }, () => ingestText(outcomes, result, quality));
      if (rejected.length > 0) throw new CliError(`${rejected.length} of ${outcomes.length} file(s) rejected; nothing stored was changed by them`, 1);
    });
}

function registerGroups(program: Command, ctx: CliContext): void {
  const groups = program
    .command("groups")
    .description("list the catalog: groups, kinds and referenced bodies by organisation")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const catalog = await loadCatalog(ctx);
      ctx.print(!!opts.json, catalog.entries.map((e) => ({ id: e.id, name: e.name, entryType: e.entryType, organizationId: e.organizationId, kindId: e.kindId ?? null, knownOnlyFromReferences: e.knownOnlyFromReferences })), () => groupsText(catalog));
    });
  groups
    .command("add")
    .description("add an instance of a kind of group (it inherits the kind's clauses)")
    .requiredOption("--kind <kind>", "the kind (id or name)")
    .requiredOption("--name <name>", "the new group's name")
    .option("--area <area>", "ansvarsområde")
    .option("--overrides <dir>", "override files (default: samples/overrides)")
    .option("--json", "print JSON")
    .action(async (opts: { kind: string; name: string; area?: string; json?: boolean; overrides?: string }, cmd: Command) => {
      // `groups --json add …` and `groups add … --json` both mean JSON (the parent may take the flag)
      opts = { ...opts, json: !!(opts.json || cmd.optsWithGlobals().json) };
      const overrides = overridesFrom(opts.overrides);
      const r = await ctx.withServices(async (s) => {
        const catalog = await s.catalog.load();
        if (!catalog) return { ok: false as const, code: "EMPTY", message: "The catalog is empty: ingest mandates first." };
        const kinds = { entries: catalog.entries.filter((e) => e.entryType === "kind") };
        const found = findGroup(kinds, opts.kind);
        if (!found.ok) return { ok: false as const, code: found.code, message: `no kind of group matches "${opts.kind}"${found.code === "AMBIGUOUS" ? ` (candidates: ${found.candidates.map((c) => c.id).join(", ")})` : ""}` };
        return addInstance({ catalog: s.catalog, clock: s.clock, timeZone: s.config.timeZone }, overrides, { kindId: found.entry.id, name: opts.name, ...(opts.area ? { area: opts.area } : {}) });
      });
      if (!r.ok) throw new CliError(r.message, 1);
      ctx.print(!!opts.json, { entry: r.entry, version: r.version }, () => `added ${r.entry.name} [${r.entry.id}], instance of ${r.entry.kindId}; catalog version ${r.version}`);
    });
}

function registerShow(program: Command, ctx: CliContext): void {
  program
    .command("show")
    .description("one catalog entry with its citations (forgiving about case, diacritics and partial names)")
    .argument("<group...>", "name, part of a name, or id")
    .option("--json", "print JSON")
    .action(async (words: string[], opts: { json?: boolean }) => {
      const catalog = await loadCatalog(ctx);
      const q = words.join(" ");
      const r = findGroup(catalog, q, spellOutAbbreviations);
      if (!r.ok) {
        if (r.code === "AMBIGUOUS") throw new CliError(`"${q}" matches several entries:\n${r.candidates.map((c) => `  ${c.name} [${c.id}]`).join("\n")}`, 1);
        throw new CliError(`no group matches "${q}"; see \`samverkan groups\``, 1);
      }
      const quality = catalog.quality.find((x) => x.entryId === r.entry.id) ?? null;
      ctx.print(!!opts.json, { ...r.entry, quality }, () => showText(r.entry, catalog));
    });
}

function registerVersions(program: Command, ctx: CliContext): void {
  program
    .command("versions")
    .description("stored versions of the mandate documents, with the diff of duties and boundaries")
    .argument("[document]", "document id (file name without extension); all when left out")
    .option("--json", "print JSON")
    .action(async (documentId: string | undefined, opts: { json?: boolean }) => {
      const versions = await ctx.withServices((s) => s.catalog.versions(documentId?.replace(/\.[a-z]+$/i, "")));
      if (documentId && versions.length === 0) throw new CliError(`no stored versions of "${documentId}"`, 1);
      const data = versions.map(({ text, ...v }) => ({ ...v, lines: text.split("\n").length }));
      ctx.print(!!opts.json, data, () =>
        data
          .map((v) => [`${v.documentId} v${v.version}  ingested ${v.ingestedAt}${v.supersededAt ? `, superseded ${v.supersededAt}` : " (current)"}`, ...(v.diff ?? []).map((d) => `    ${d}`)].join("\n"))
          .join("\n") || "No documents ingested.",
      );
    });
}

function registerQuality(program: Command, ctx: CliContext): void {
  program
    .command("quality")
    .description("data-quality report per mandate (placeholders, missing fields, validity, unplaced text)")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const catalog = await loadCatalog(ctx);
      ctx.print(!!opts.json, catalog.quality, () => qualityText(catalog.quality));
    });
}
