import { STORE_SEMI_SPACE_MB, storeExecArgv } from "../../../src/storage/store-process";

/*
 * The store process's node flags (src/storage/store-process.ts): a forked child inherits the bot's, and the bot's
 * 32 MB young generation (`npm start`) let the store's grow to 64 MB under load. It keeps every other flag (a
 * loader such as the tests' ts-register, a profiler) and sets its own semi-space size once. tests/bot/bundle.test.ts
 * checks the running store process of the bundle (scripts/bundle.js forks it with the same rule).
 */
describe("the store process's node flags", () => {
  const own = `--max-semi-space-size=${STORE_SEMI_SPACE_MB}`;

  it("replaces the bot's young-generation size with the store's own and keeps every other flag", () => {
    expect(storeExecArgv(["--max-semi-space-size=32", "-r", "/x/ts-register.js", "--cpu-prof"])).toEqual(["-r", "/x/ts-register.js", "--cpu-prof", own]);
    expect(storeExecArgv(["--cpu-prof", "--max-semi-space-size", "32", "--enable-source-maps"])).toEqual(["--cpu-prof", "--enable-source-maps", own]);
    expect(storeExecArgv([])).toEqual([own]);
  });
});
