#!/usr/bin/env node
"use strict";
/*
 * `npm run sizes`: the largest .ts files (lines) under src/, bot/ and cards/ and the longest functions
 * (lines from the first to the last line of the body), measured with the TypeScript parser so arrow
 * functions, methods and nested functions all count. CONTRIBUTING asks for files of ~300 lines and
 * functions of ≤ ~60; this prints where the code stands against that. `--top N` (default 15), `--json`.
 * A function's lines include its nested functions: a 70-line `register` of ten 5-line handlers is still
 * one 70-line function to read.
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");
const DIRS = ["src", "bot", "cards"];
const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const asJson = args.includes("--json");

function tsFiles(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(p));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** The name a reader would search for: the declaration's own, else the variable/property it is assigned to. */
function nameOf(node, source) {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
    return parent.name.getText(source);
  }
  if (parent && ts.isCallExpression(parent)) {
    const callee = parent.expression.getText(source).slice(0, 40);
    return `<callback of ${callee}>`;
  }
  return "<anonymous>";
}

function functionsOf(file) {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ name: nameOf(node, source), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { lines: text.split("\n").length - (text.endsWith("\n") ? 1 : 0), functions: found };
}

const files = [];
const functions = [];
for (const dir of DIRS) {
  for (const abs of tsFiles(path.join(root, dir))) {
    const rel = path.relative(root, abs).split(path.sep).join("/");
    const { lines, functions: fns } = functionsOf(abs);
    files.push({ file: rel, lines });
    for (const f of fns) functions.push({ file: rel, ...f });
  }
}
files.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
functions.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));

const summary = {
  files: files.length,
  filesOver300: files.filter((f) => f.lines > 300).length,
  functions: functions.length,
  functionsOver60: functions.filter((f) => f.lines > 60).length,
};
if (asJson) {
  process.stdout.write(`${JSON.stringify({ summary, largestFiles: files.slice(0, top), longestFunctions: functions.slice(0, top) }, null, 2)}\n`);
} else {
  const out = [];
  out.push(`${summary.files} files in ${DIRS.join(", ")}: ${summary.filesOver300} over 300 lines; ${summary.functions} functions: ${summary.functionsOver60} over 60 lines`);
  out.push("", `Largest files (lines):`);
  for (const f of files.slice(0, top)) out.push(`${String(f.lines).padStart(6)}  ${f.file}`);
  out.push("", `Longest functions (lines, nested functions included):`);
  for (const f of functions.slice(0, top)) out.push(`${String(f.lines).padStart(6)}  ${f.file}:${f.line}  ${f.name}`);
  process.stdout.write(`${out.join("\n")}\n`);
}
