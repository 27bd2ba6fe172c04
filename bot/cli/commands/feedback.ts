import type { Command } from "commander";
import type { CliContext } from "../context";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("feedback")
    .description("'wrong group' reports on routing answers, newest first (kept 12 months)")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const rows = await ctx.withServices(async (s) => {
        await s.feedback.purgeExpired();
        return s.feedback.corrections();
      });
      const data = rows.map((r) => ({
        id: r.id,
        tenantId: r.tenantId,
        question: r.question,
        organizationId: r.organizationId ?? null,
        lang: r.lang,
        answered: r.answer,
        feedback: { correctGroupId: r.correctGroupId, comment: r.comment, at: r.at, by: r.userId },
        expiresAt: r.expiresAt,
      }));
      ctx.print(!!opts.json, data, () =>
        data.length === 0
          ? "No corrections yet."
          : data
              .map((d) => `${d.feedback.at}  "${d.question}"\n    answered: ${d.answered.ownerId ?? d.answered.status}  →  should be: ${d.feedback.correctGroupId}${d.feedback.comment ? `  (${d.feedback.comment})` : ""}`)
              .join("\n"),
      );
    });
}
