import type { Command } from "commander";
import { createRouter, type RouteAnalysis, type RouteDetail, type RouteResult } from "../../../src/routing/router";
import { CliError, type CliContext } from "../context";

/** Longest line read from --stdin; longer lines answer with an error object. */
const MAX_LINE_CHARS = 100_000;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** The JSON contract: the answer, and how the question was read (organisation assumed, group named, relation asked). */
export type RouteOutput = RouteResult & { analysis: Omit<RouteAnalysis, "language"> & { language: string } };
const output = (d: RouteDetail): RouteOutput => ({ ...d.result, analysis: d.analysis });

function human(out: RouteOutput): string {
  const r = out;
  const org = out.analysis.organization ? `organisation: ${out.analysis.organization.name} (${out.analysis.organization.source})` : "organisation: none given";
  return `${answerText(r)}
  ${org}`;
}

function answerText(r: RouteResult): string {
  if (r.status === "owner" && r.owner) {
    const lines = [`${r.owner.name} (${r.owner.organization}), confidence ${r.confidence}`];
    for (const c of r.citations) lines.push(`  ${c.section}: "${c.text}"`);
    if (r.escalation) lines.push(`  escalation: ${r.escalation.to.name} (${r.escalation.section})`);
    return lines.join("\n");
  }
  if (r.status === "ambiguous") return ["Several groups fit:", ...r.candidates.map((c) => `  ${c.name} (${c.organization}) ${c.score}`)].join("\n");
  return "No mandate covers this question.";
}

export function register(program: Command, ctx: CliContext, readInput: () => Promise<string> = readStdin): void {
  program
    .command("route")
    .description("which group owns a question: the owner, the cited clause and what to do next")
    .argument("[question]", "the question, in Swedish or English")
    .option("--org <organisation>", "organisation id or alias (e.g. vgr, Västmanland, Samverkansnämnden)")
    .option("--stdin", 'read JSON lines {"question": "...", "org": "..."} and print one JSON object per line')
    .option("--json", "print JSON")
    .action(async (question: string | undefined, opts: { org?: string; stdin?: boolean; json?: boolean }) => {
      if (!opts.stdin && (question === undefined || question.trim() === "")) throw new CliError('route: give a question ("samverkan route --json \\"…\\"") or --stdin', 2);
      const input = opts.stdin ? await readInput() : "";
      await ctx.withServices(async (s) => {
        const catalog = await s.currentCatalog.get();
        if (catalog.entries.length === 0) throw new CliError("route: the catalog is empty; run `samverkan ingest <mandate files>` first", 1);
        const router = await s.currentCatalog.derive(createRouter);
        if (opts.org && !router.resolveOrganization(opts.org))
          throw new CliError(`route: unknown organisation "${opts.org}" (known: ${catalog.organizations.map((o) => o.id).join(", ")})`, 2);
        if (!opts.stdin) {
          const r = output(router.routeDetailed({ question: question!, ...(opts.org ? { org: opts.org } : {}) }));
          ctx.print(!!opts.json, r, () => human(r));
          return;
        }
        const lines = input.split(/\r?\n/);
        if (lines.length && lines[lines.length - 1] === "") lines.pop(); // the final newline ends the last line
        for (const line of lines) {
          ctx.io.out(JSON.stringify(routeLine(line, opts.org, (q) => output(router.routeDetailed(q)), (o) => !!router.resolveOrganization(o))));
        }
      });
    });
}

/** One --stdin line → its answer, or {"status":"error","error":…} when the line cannot be read. */
export function routeLine(
  line: string,
  defaultOrg: string | undefined,
  answer: (q: { question: string; org?: string }) => RouteOutput,
  knownOrg: (o: string) => boolean,
): RouteOutput | { status: "error"; error: string } {
  if (line.trim() === "") return { status: "error", error: "empty line" };
  if (line.length > MAX_LINE_CHARS) return { status: "error", error: `line longer than ${MAX_LINE_CHARS} characters` };
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { status: "error", error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return { status: "error", error: 'expected an object {"question": "...", "org": "..."}' };
  const { question, org } = obj as { question?: unknown; org?: unknown };
  if (typeof question !== "string") return { status: "error", error: '"question" must be a string' };
  // as a blank question argument is refused: "none" would claim that no mandate covers a question nobody asked
  if (question.trim() === "") return { status: "error", error: '"question" is empty' };
  if (org !== undefined && org !== null && typeof org !== "string") return { status: "error", error: '"org" must be a string' };
  const o = typeof org === "string" && org.trim() ? org : defaultOrg;
  if (o && !knownOrg(o)) return { status: "error", error: `unknown organisation "${o}"` };
  return answer({ question, ...(o ? { org: o } : {}) });
}
