import type { Command } from "commander";
import { CONTAINERS } from "../../../src/storage/model";
import type { CliContext } from "../context";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("status")
    .description("where the data lives and how many documents each container holds")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const status = await ctx.withServices(async (s) => {
        const counts: Record<string, number> = {};
        for (const def of CONTAINERS) {
          const { resources } = await s.store.container(def.id).items.query<number>("SELECT VALUE COUNT(1) FROM c").fetchAll();
          counts[def.id] = resources[0] ?? 0;
        }
        return { store: s.store.mode, endpoint: s.store.endpoint, database: s.config.cosmos.database, timeZone: s.config.timeZone, containers: counts };
      });
      ctx.print(!!opts.json, status, () =>
        [
          `store: ${status.store} (${status.endpoint}), database ${status.database}, time zone ${status.timeZone}`,
          ...Object.entries(status.containers).map(([k, v]) => `  ${k.padEnd(14)} ${v}`),
        ].join("\n"),
      );
    });

  program
    .command("conversations")
    .description("the conversations the bot can post to (stored references)")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const rows = await ctx.withServices((s) => s.conversations.list());
      const data = rows.map((r) => ({
        tenantId: r.tenantId,
        conversationId: r.conversationId,
        kind: r.kind,
        teamId: r.teamId ?? null,
        channelId: r.channelId ?? null,
        userId: r.userId ?? null,
        active: r.active,
        updatedAt: r.updatedAt,
      }));
      ctx.print(!!opts.json, data, () =>
        data.length === 0
          ? "No conversations yet: install the bot or chat with it."
          : data.map((d) => `${d.active ? "●" : "○"} ${d.kind.padEnd(9)} ${d.conversationId}  (${d.tenantId}, ${d.updatedAt})`).join("\n"),
      );
    });
}
