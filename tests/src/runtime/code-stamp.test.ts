import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { codeStamp } from "../../../src/runtime/code-stamp";

describe("codeStamp", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "code-stamp-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives the bot's and the CLI's bundles of one build one stamp, and a new build a new one", () => {
    fs.writeFileSync(path.join(dir, "bot.js"), "a");
    fs.writeFileSync(path.join(dir, "cli.js"), "bb");
    fs.writeFileSync(path.join(dir, "build-id"), "one\n");
    const bot = codeStamp(path.join(dir, "bot.js"));
    expect(codeStamp(path.join(dir, "cli.js"))).toBe(bot);
    fs.writeFileSync(path.join(dir, "build-id"), "two\n");
    expect(codeStamp(path.join(dir, "bot.js"))).not.toBe(bot);
  });

  it("outside a bundle folder, tells two files apart by path, size and time", () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "code-stamp-src-"));
    try {
      fs.writeFileSync(path.join(other, "lexicon.js"), "x");
      fs.writeFileSync(path.join(other, "dictionary.js"), "x");
      expect(codeStamp(path.join(other, "lexicon.js"))).not.toBe(codeStamp(path.join(other, "dictionary.js")));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
