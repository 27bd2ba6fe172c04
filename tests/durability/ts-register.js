"use strict";
/**
 * Lets a child `node` process run the TypeScript sources directly (the crash tests start the bot as a
 * child they can kill -9): each .ts file is transpiled with TypeScript's transpileModule (no type check;
 * `tsc --noEmit` does that) and the output is cached on disk by content hash, so restarts are quick.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");

const cacheDir = path.join(os.tmpdir(), "samverkan-ts-cache");
fs.mkdirSync(cacheDir, { recursive: true });
let ts;
const options = {
  target: "ES2022",
  module: "commonjs",
  esModuleInterop: true,
  resolveJsonModule: true,
  isolatedModules: true,
  sourceMap: false,
  inlineSourceMap: true,
};

// Node tries extensions in registration order: .ts must come before .json (cards/x.ts sits beside cards/x.json).
const later = [".json", ".node"].map((ext) => [ext, require.extensions[ext]]);
for (const [ext] of later) delete require.extensions[ext];

require.extensions[".ts"] = function (module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha1").update(filename).update("\0").update(source).digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  let code;
  try {
    code = fs.readFileSync(cached, "utf8");
  } catch {
    ts ??= require("typescript");
    code = ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, code);
    fs.renameSync(tmp, cached);
  }
  module._compile(code, filename);
};
for (const [ext, load] of later) require.extensions[ext] = load;
