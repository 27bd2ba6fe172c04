/** Type checking is done once by `tsc --noEmit` in `npm test`; ts-jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  // A guard against hangs, not a speed limit (speed is measured by bench/): a turn on a machine whose two
  // cores are shared by many takes tens of seconds, so a test gets two minutes before it counts as hung.
  testTimeout: 120_000,
  // Every card rendered in a test is rendered by the library too and compared (tests/support/jest-setup.ts).
  setupFiles: ["<rootDir>/tests/support/jest-setup.ts"],
  maxWorkers: 2,
};
