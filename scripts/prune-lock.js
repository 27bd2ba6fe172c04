#!/usr/bin/env node
"use strict";
/*
 * The registry this project installs from does not serve every platform build of packages such as
 * unrs-resolver (jest's resolver): npm leaves those optional packages out of package-lock.json but keeps
 * them in their parent's optionalDependencies, and then `npm ci` refuses the lock as out of sync.
 * This removes optional dependencies that have no entry in the lock. Run after `npm install`.
 */
const fs = require("node:fs");
const path = require("node:path");
const file = path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
let removed = 0;
for (const [where, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  for (const name of Object.keys(entry.optionalDependencies)) {
    const nested = `${where ? `${where}/` : ""}node_modules/${name}`;
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name];
      removed++;
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`prune-lock: removed ${removed} optional dependencies the registry does not serve`);
