/**
 * A small reader of Bicep text for tests: no Bicep compiler can be installed here, so these helpers check
 * what text can show (declared params and outputs, module wiring, balanced brackets). Not a parser.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const INFRA = path.join(ROOT, "infra");

export function read(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), "utf8");
}

/** Removes whole-line `//` comments (the files keep no trailing comments after code). */
export function code(text: string): string {
  return text
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n");
}

export interface Param {
  readonly name: string;
  readonly type: string;
  readonly hasDefault: boolean;
  readonly defaultText?: string;
}

export function params(text: string): Param[] {
  const out: Param[] = [];
  for (const m of code(text).matchAll(/^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/gm)) {
    out.push({ name: m[1], type: m[2], hasDefault: m[3] !== undefined, defaultText: m[3]?.trim() });
  }
  return out;
}

export function outputs(text: string): string[] {
  return [...code(text).matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]);
}

/** The text between the bracket at `open` and its match (exclusive). */
export function block(text: string, open: number): string {
  const pairs: Record<string, string> = { "{": "}", "[": "]", "(": ")" };
  const close = pairs[text[open]];
  if (!close) throw new Error(`no bracket at ${open}`);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === text[open]) depth++;
    else if (text[i] === close) {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  throw new Error(`unbalanced ${text[open]} at ${open}`);
}

/** Keys at the first level of an object body. */
export function topLevelKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (const line of body.split("\n")) {
    if (depth === 0) {
      const m = /^\s*([A-Za-z_]\w*|'[^']+')\s*:/.exec(line);
      if (m) keys.push(m[1]);
    }
    for (const ch of line) {
      if (ch === "{" || ch === "[" || ch === "(") depth++;
      else if (ch === "}" || ch === "]" || ch === ")") depth--;
    }
  }
  return keys;
}

export interface ModuleUse {
  readonly symbol: string;
  readonly path: string;
  readonly body: string;
  readonly params: string[];
  readonly paramsBody: string;
}

export function modules(text: string): ModuleUse[] {
  const src = code(text);
  const out: ModuleUse[] = [];
  for (const m of src.matchAll(/^module\s+(\w+)\s+'([^']+)'\s*=\s*\{/gm)) {
    const body = block(src, (m.index ?? 0) + m[0].length - 1);
    const p = /^\s*params:\s*\{/m.exec(body);
    const paramsBody = p ? block(body, (p.index ?? 0) + p[0].length - 1) : "";
    out.push({ symbol: m[1], path: m[2], body, params: topLevelKeys(paramsBody), paramsBody });
  }
  return out;
}

/** Every `{[(` closes in order, counting inside strings too (interpolations `${...}` balance). */
export function bracketsBalanced(text: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { "}": "{", "]": "[", ")": "(" };
  for (const ch of code(text)) {
    if (ch === "{" || ch === "[" || ch === "(") stack.push(ch);
    else if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) return false;
    }
  }
  return stack.length === 0;
}

/** `name: 'X'` / `value: <expr>` pairs of an App Service appSettings array. */
export function appSettings(text: string): Map<string, string> {
  const src = code(text);
  const m = /appSettings:\s*\[/.exec(src);
  if (!m) return new Map();
  const body = block(src, (m.index ?? 0) + m[0].length - 1);
  const out = new Map<string, string>();
  for (const s of body.matchAll(/name:\s*'([^']+)'\s*\n\s*value:\s*(.+)/g)) out.set(s[1], s[2].trim());
  return out;
}

export function bicepFiles(): string[] {
  const files = ["infra/main.bicep"];
  for (const f of fs.readdirSync(path.join(INFRA, "modules"))) if (f.endsWith(".bicep")) files.push(`infra/modules/${f}`);
  return files;
}

const BUILTINS = new Set([
  "true", "false", "null", "resourceGroup", "tenant", "subscription", "uniqueString", "take", "toLower", "concat",
  "empty", "guid", "loadJsonContent", "union", "string", "int", "bool", "object", "array", "environment",
]);

/**
 * Identifiers a file reads that it never declares (param, var, resource, module, loop variable) and that are
 * not built-in functions or literals: catches a renamed or misspelt symbol. Looks at interpolations, values
 * after `key:` / `=`, both branches of `?:`, loop sources and function arguments.
 */
export function undeclaredIdentifiers(text: string): string[] {
  const src = code(text).replace(/^@\w+\(.*$/gm, "");
  const declared = new Set<string>(BUILTINS);
  for (const m of src.matchAll(/^(?:param|var|resource|module|output)\s+(\w+)/gm)) declared.add(m[1]);
  for (const m of src.matchAll(/\bfor\s+(\w+)\s+in\b/g)) declared.add(m[1]);
  const stripped = src.replace(/'(?:[^'\\]|\\.)*'/g, (s) => [...s.matchAll(/\$\{([^}]*)\}/g)].map((i) => ` ${i[1]} `).join(" "));
  const used = new Set<string>();
  const patterns = [/(?::|=|\?|\(|,|\bin\b)\s*([A-Za-z_]\w*)\b(?!\s*:)/g, /^\s*([A-Za-z_]\w*)\s*[,)]?\s*$/gm];
  for (const re of patterns) for (const m of stripped.matchAll(re)) used.add(m[1]);
  return [...used].filter((u) => !declared.has(u) && !/^(param|var|resource|module|output|targetScope|for|if|existing)$/.test(u));
}
