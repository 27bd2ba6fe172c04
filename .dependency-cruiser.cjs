/**
 * The layering rules (docs/architecture.md, "Layers"), checked by `npm test` (`npm run lint:layers`).
 * Type-only imports count too: a use case that names a Cosmos type depends on Cosmos.
 *
 * "Adapter" (the only code that may import @azure/cosmos) is, by path:
 *   - src/storage/**                 the store, its documents helpers and the embedded emulator
 *   - any file named cosmos-*.ts     a Cosmos adapter behind a port (src/<feature>/cosmos-<what>.ts)
 * A new adapter is named cosmos-<what>.ts beside the port it implements; nothing else needs to change here.
 */
const ADAPTER = "^src/storage/|(^|/)cosmos-[^/]+\\.ts$";
// Packages are matched by their resolved path (node_modules may be a symlink in a worktree).
const COSMOS = "(^|/)node_modules/@azure/cosmos/";
const BOT_FRAMEWORK = "(^|/)node_modules/(botbuilder|botbuilder-[^/]+|botframework-[^/]+|@microsoft/teams-ai)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "src-not-to-bot-or-cards",
      comment: "src/ is the Teams-free core: it never imports bot/ or cards/ (cards come in through the Renderers port).",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(bot|cards)/" },
    },
    {
      name: "cards-not-to-bot",
      comment: "cards/ builds card JSON from core data; it never imports bot/.",
      severity: "error",
      from: { path: "^cards/" },
      to: { path: "^bot/" },
    },
    {
      name: "only-adapters-import-cosmos",
      comment: "Use cases, routes and cards depend on ports; only adapters (src/storage/**, **/cosmos-*.ts) import @azure/cosmos.",
      severity: "error",
      from: { path: "^(src|bot|cards)/", pathNot: ADAPTER },
      to: { path: COSMOS },
    },
    {
      name: "only-bot-imports-bot-framework",
      comment: "botbuilder and teams-ai stay in bot/ (src/ and cards/ run without them: the CLI, the benches, the tests of the core).",
      severity: "error",
      from: { path: "^(src|cards)/" },
      to: { path: BOT_FRAMEWORK },
    },
    {
      name: "no-circular",
      comment:
        "No import loops at run time: a loop hands one module the other half-initialised (issue 15: services.ts and delivery/index.ts). " +
        "A loop that goes through a type-only import is erased by the compiler and allowed (a port file naming its adapter's input type).",
      severity: "error",
      from: { path: "^(src|bot|cards)/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^dist/" },
    tsPreCompilationDeps: true,
    // Worktrees link node_modules: keep package paths as node_modules/… so the known-violations file matches everywhere.
    preserveSymlinks: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
