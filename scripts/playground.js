#!/usr/bin/env node
"use strict";
/*
 * Local chat in a browser: starts the bot (unless it already runs) and Microsoft 365 Agents Playground
 * (an optional dev dependency, never needed by tests) acting as the Bot Connector.
 *   npm run playground                 # you are "Anna Andersson"
 *   npm run playground -- --as Bertil  # a second person in another browser tab, same bot and data
 */
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const slugOf = (n) => n.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "user";
const args = process.argv.slice(2);
const asIndex = args.indexOf("--as");
const person = asIndex >= 0 ? args[asIndex + 1] : "Anna Andersson";
if (asIndex >= 0 && !person) {
  console.error("usage: npm run playground -- --as <name>");
  process.exit(2);
}
const botPort = Number(process.env.PORT || 3978);
const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
const slug = slugOf(person);
const preferredPort = asIndex >= 0 ? 56151 + (Math.abs([...slug].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)) % 800) : 56150;

/** The preferred port when it is free, else one the system gives (the playground would otherwise pick its own silently). */
function freePort(preferred) {
  const net = require("node:net");
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(undefined));
      srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(srv.address()?.port ?? port)));
    });
  return tryPort(preferred).then((p) => p ?? new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = srv.address().port;
      srv.close(() => resolve(port));
    });
  }));
}

let bin;
try {
  bin = require.resolve("@microsoft/m365agentsplayground/cli.js", { paths: [root] });
} catch {
  console.error("The playground is not installed (it is an optional dev dependency): npm install --include=optional");
  process.exit(1);
}

// The playground wants exactly five other users in the tenant: people to @mention as chair, adjusters…
const PEOPLE = ["Anna Andersson", "Bertil Berg", "Cecilia Carlsson", "David Dahl", "Eva Ek", "Fredrik Falk"];
function others(name) {
  return PEOPLE.filter((p) => p !== name)
    .slice(0, 5)
    .map((p) => {
      const s = slugOf(p);
      const [given, surname] = p.split(" ");
      return `  - id: user-${s}\n    name: ${JSON.stringify(p)}\n    userPrincipleName: ${s}@example.org\n    aadObjectId: local-${s}\n    givenName: ${given}\n    surname: ${surname}\n    email: ${s}@example.org\n`;
    })
    .join("");
}

function configFor(name) {
  const [given, ...rest] = name.split(/\s+/);
  return `version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: Samverkan
currentUser:
  id: user-${slug}
  name: ${JSON.stringify(name)}
  userPrincipleName: ${slug}@example.org
  aadObjectId: local-${slug}
  givenName: ${JSON.stringify(given)}
  surname: ${JSON.stringify(rest.join(" ") || given)}
  email: ${slug}@example.org
users:
${others(name)}personalChat:
  id: personal-${slug}
groupChat:
  id: group-chat-samverkan
  name: Samverkan test
team:
  id: team-samverkan
  name: Samverkan test
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-ledningsgrupp
      name: Ledningsgrupp
`;
}

async function botIsUp() {
  try {
    const res = await fetch(`http://127.0.0.1:${botPort}/healthz`);
    return res.status === 200;
  } catch {
    return false;
  }
}

async function main() {
  const children = [];
  if (!(await botIsUp())) {
    // the bundle, or tsc's output where the build could not bundle (scripts/dist-entry.js)
    const bot = spawn(process.execPath, [require("./dist-entry").entryOf("main.js", path.join("bot", "main.js")).file], { cwd: root, stdio: "inherit", env: process.env });
    children.push(bot);
    for (let i = 0; i < 100 && !(await botIsUp()); i++) await new Promise((r) => setTimeout(r, 200));
    if (!(await botIsUp())) {
      console.error("the bot did not start");
      bot.kill("SIGTERM");
      process.exit(1);
    }
  } else {
    console.log(`Using the bot already running on port ${botPort}.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `samverkan-playground-${slug}-`));
  fs.writeFileSync(path.join(dir, ".m365agentsplayground.yml"), configFor(person));
  const playgroundPort = await freePort(preferredPort);
  // The playground opens a browser with xdg-open and crashes when that fails (a server, CI, WSL):
  // a stand-in tries the real one and otherwise prints the address.
  const shimDir = path.join(dir, "bin");
  fs.mkdirSync(shimDir);
  fs.writeFileSync(path.join(shimDir, "xdg-open"), '#!/bin/sh\nPATH="${SAMVERKAN_REAL_PATH}" xdg-open "$1" >/dev/null 2>&1 || echo "Open $1 in your browser"\nexit 0\n', { mode: 0o755 });
  const pg = spawn(process.execPath, [bin, "-e", endpoint, "-c", "msteams", "-p", String(playgroundPort), "--dt"], {
    cwd: dir,
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, BOT_ENDPOINT: endpoint, SAMVERKAN_REAL_PATH: process.env.PATH, PATH: `${shimDir}${path.delimiter}${process.env.PATH}` },
  });
  children.push(pg);
  // The address is printed once the playground says where it really listens (it moves when the port is taken).
  let announced = false;
  pg.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    const m = /Listening on (\d+)/.exec(String(chunk));
    if (m && !announced) {
      announced = true;
      console.log(`\nPlayground for ${person}: http://localhost:${m[1]}  (bot: ${endpoint})`);
    }
  });
  const stop = () => {
    for (const c of children.reverse()) c.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  pg.on("exit", () => {
    stop();
  });
}

main();
