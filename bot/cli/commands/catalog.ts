import type { Command } from "commander";
import { entryById, entryName, findGroup } from "../../../src/catalog/lookup";
import { addInstance, ingestMandates, readIngestFiles, sampleOverrides, type FileOutcome } from "../../../src/catalog/ingest";
import { loadOverrides, type Override } from "../../../src/catalog/overrides";
import type { Catalog, Citation, GroupRecord, QualityReport } from "../../../src/catalog/schema";
import { ORGANIZATIONS } from "../../../src/catalog/schema";
import { CliError, type CliContext } from "../context";

/** samverkan ingest | groups | groups add | show | quality */

const cite = (c: Citation) => `[${c.documentId.slice(0, 3)} ${c.section} r.${c.lineStart}${c.lineEnd !== c.lineStart ? `–${c.lineEnd}` : ""}${c.origin !== "parsed" ? `, ${c.origin}` : ""}]`;
const orgName = (id: string) => ORGANIZATIONS.find((o) => o.id === id)?.name ?? id;

function overridesFrom(dir: string | undefined): Override[] {
  if (!dir) return sampleOverrides();
  const r = loadOverrides(dir);
  if (!r.ok) throw new CliError(r.message, 2);
  return r.overrides;
}

export function qualityText(reports: readonly QualityReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.fileName} → ${r.entryId}: ${r.issues.length === 0 ? "no issues" : `${r.issues.length} issue(s)`}`);
    for (const i of r.issues) lines.push(`  ${i.code.padEnd(22)} ${i.message}`);
  }
  return lines.join("\n") || "No documents ingested.";
}

export function groupsText(catalog: Catalog): string {
  const lines: string[] = [];
  for (const org of [...new Set(catalog.entries.map((e) => e.organizationId))]) {
    lines.push(orgName(org));
    for (const e of catalog.entries.filter((x) => x.organizationId === org)) {
      const tag = e.entryType === "kind" ? "kind      " : e.entryType === "group" ? "group     " : "referenced";
      lines.push(`  ${tag} ${e.name}${e.kindId ? ` (instance of ${e.kindId})` : ""}  [${e.id}]`);
    }
  }
  return lines.join("\n");
}

export function showText(e: GroupRecord, catalog: Catalog): string {
  const name = (id: string | undefined) => (id ? entryName(catalog, id) : "");
  const L: string[] = [];
  L.push(`${e.name}  [${e.id}]`);
  L.push(`  ${e.entryType}${e.knownOnlyFromReferences ? " (known only from references)" : ""}, ${orgName(e.organizationId)}${e.kindId ? `, instance of ${name(e.kindId)}` : ""}`);
  if (e.area) L.push(`  Ansvarsområde: ${e.area}`);
  if (e.aliases.length) L.push(`  Also: ${e.aliases.join("; ")}`);
  if (e.commissioner) L.push(`Uppdragsgivare: ${name(e.commissioner.targetId)} ${cite(e.commissioner.citation)}`);
  if (e.parent) L.push(`Underställd: ${name(e.parent.targetId)} ${cite(e.parent.citation)}`);
  const list = (title: string, items: readonly { text: string; citation: Citation }[]) => {
    if (!items.length) return;
    L.push(`${title}:`);
    for (const c of items) L.push(`  • ${c.text} ${cite(c.citation)}`);
  };
  list("Syfte", e.purpose);
  list("Uppdrag", e.duties);
  list("Gränsdragning", e.boundaries.map((b) => ({ ...b, text: b.targetId ? `${b.text} → ${name(b.targetId)}` : b.text })));
  if (e.composition) {
    const facts = [e.composition.representation, e.composition.appointedByText ? `utses av ${e.composition.appointedByText}` : undefined, e.composition.deputies ? "ersättare" : undefined].filter(Boolean);
    list(`Sammansättning${facts.length ? ` (${facts.join(", ")})` : ""}`, e.composition.clauses);
  }
  if (e.chair) L.push(`Ordförande: ${e.chair.appointedByText ? `utses av ${e.chair.appointedByText}` : e.chair.clause.text}${e.chair.termYears ? `, ${e.chair.termYears} år` : ""} ${cite(e.chair.clause.citation)}`);
  if (e.viceChair) L.push(`Vice ordförande: ${e.viceChair.appointedByText ? `utses av ${e.viceChair.appointedByText}` : e.viceChair.clause.text}${e.viceChair.termYears ? `, ${e.viceChair.termYears} år` : ""} ${cite(e.viceChair.clause.citation)}`);
  list("Adjungerade", e.coOpted);
  if (e.meetingFrequency) {
    const m = e.meetingFrequency;
    L.push(`Möten: ${m.min}${m.max !== m.min ? `–${m.max}` : ""} per ${m.per === "year" ? "år" : m.per === "term" ? "termin" : "månad"} ${cite(m.clause.citation)}`);
  }
  if (e.reporting.length) {
    L.push("Rapportering:");
    for (const r of e.reporting) L.push(`  • ${r.what}${r.toId ? ` → ${name(r.toId)}` : ""}${r.dueMonthDay ? `, senast ${r.dueMonthDay}` : ""} ${cite(r.clause.citation)}`);
  }
  list("Beslut", e.decisionRules);
  list("Eskalering", e.escalation);
  if (e.validity) {
    const v = e.validity;
    const parts = [v.decidedDate ? `beslutad ${v.decidedDate}` : undefined, v.decidedBy ? `av ${v.decidedBy}` : undefined, v.validUntil ? `gäller t.o.m. ${v.validUntil}` : v.validUntilText ? `gäller t.o.m. "${v.validUntilText}"` : undefined, v.reviseByText ? `revideras ${v.reviseByText}` : undefined].filter(Boolean);
    L.push(`Giltighet: ${parts.join(", ") || "okänd"}`);
  }
  list("Omnämnd i", e.mentions);
  if (e.document) L.push(`Källa: ${e.document.fileName}${e.document.title ? ` "${e.document.title}"` : ""}${e.document.diarienummer ? `, ${e.document.diarienummer}` : ""}${e.document.date ? `, ${e.document.date}` : ""}`);
  const q = catalog.quality.find((r) => r.entryId === e.id);
  if (q && q.issues.length) {
    L.push("Kvalitet:");
    for (const i of q.issues) L.push(`  ! ${i.code}: ${i.message}`);
  }
  return L.join("\n");
}

export function register(program: Command, ctx: CliContext): void {
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
      ctx.print(!!opts.json, { version: result?.version ?? null, files: outcomes, quality }, () => {
        const L: string[] = [];
        outcomes.forEach((o, i) => {
          L.push(`[${i + 1}/${outcomes.length}] ${o.fileName}: ${o.status === "rejected" ? `REJECTED (${o.code}) ${o.message}` : `${o.status} → ${o.entryId} (v${o.version}${o.format && o.format !== "text" ? `, read as ${o.format.toUpperCase()}` : ""})`}`);
          if (o.status !== "rejected") for (const d of o.diff) L.push(`      ${d}`);
        });
        if (result) {
          L.push("", `${"document".padEnd(26)} ${"entry".padEnd(62)} ${"duties".padStart(6)} ${"bounds".padStart(6)} ${"issues".padStart(6)}`);
          for (const o of outcomes) {
            if (o.status === "rejected") continue;
            const e = entryById(result.catalog, o.entryId);
            const q = quality.find((x) => x.documentId === o.documentId);
            L.push(`${o.fileName.padEnd(26)} ${o.entryId.padEnd(62)} ${String(e?.duties.length ?? 0).padStart(6)} ${String(e?.boundaries.length ?? 0).padStart(6)} ${String(q?.issues.length ?? 0).padStart(6)}`);
          }
          L.push(`catalog version ${result.version}: ${result.catalog.entries.length} entries`, "", qualityText(quality));
        }
        return L.join("\n");
      });
      if (rejected.length > 0) throw new CliError(`${rejected.length} of ${outcomes.length} file(s) rejected; nothing stored was changed by them`, 1);
    });

  const groups = program
    .command("groups")
    .description("list the catalog: groups, kinds and referenced bodies by organisation")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const catalog = await ctx.withServices((s) => s.catalog.load());
      if (!catalog) throw new CliError("The catalog is empty: run `samverkan ingest samples/mandates/*.txt` first.", 1);
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

  program
    .command("show")
    .description("one catalog entry with its citations (forgiving about case, diacritics and partial names)")
    .argument("<group...>", "name, part of a name, or id")
    .option("--json", "print JSON")
    .action(async (words: string[], opts: { json?: boolean }) => {
      const catalog = await ctx.withServices((s) => s.catalog.load());
      if (!catalog) throw new CliError("The catalog is empty: run `samverkan ingest samples/mandates/*.txt` first.", 1);
      const q = words.join(" ");
      const r = findGroup(catalog, q);
      if (!r.ok) {
        if (r.code === "AMBIGUOUS") throw new CliError(`"${q}" matches several entries:\n${r.candidates.map((c) => `  ${c.name} [${c.id}]`).join("\n")}`, 1);
        throw new CliError(`no group matches "${q}"; see \`samverkan groups\``, 1);
      }
      const quality = catalog.quality.find((x) => x.entryId === r.entry.id) ?? null;
      ctx.print(!!opts.json, { ...r.entry, quality }, () => showText(r.entry, catalog));
    });

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

  program
    .command("quality")
    .description("data-quality report per mandate (placeholders, missing fields, validity, unplaced text)")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const catalog = await ctx.withServices((s) => s.catalog.load());
      if (!catalog) throw new CliError("The catalog is empty: run `samverkan ingest samples/mandates/*.txt` first.", 1);
      ctx.print(!!opts.json, catalog.quality, () => qualityText(catalog.quality));
    });
}
