/**
 * A card template turned once into plain functions that fill it with data: the same output as
 * adaptivecards-templating's `Template.expand` for the expressions our templates use (property paths,
 * `$root`/`$data`, `[n]`, string and number literals, `null`, `== != > < >= <=`, `&& || !`, `count()`,
 * `$when`, `$data` over arrays and objects), without the expression engine: on a routing turn that
 * engine (a memory object, an options object and a result object per expression, a path split by a
 * regular expression per lookup) was about a twentieth of the bot's CPU and a good share of its garbage.
 *
 * It answers only where its answer is the library's: anything else — a template with an expression it
 * does not know (then `compileFill` returns undefined), or data it would have to guess about at render
 * time (a missing or null value where the library substitutes `${path}`, a property found only by
 * another letter case, a comparison of objects; then the fill throws `NOT_MINE`) — is left to the library,
 * which renders it as before. Tests render every card both ways and compare (cards/render.ts).
 */

/** Thrown by a fill that meets data it does not answer for: the caller renders with the library instead. */
export const NOT_MINE: unique symbol = Symbol("template-fill: not mine");

interface Scope {
  readonly root: unknown;
  readonly data: unknown;
}
type Eval = (s: Scope) => unknown;
type Fill = (s: Scope) => unknown;

const RESERVED = new Set(["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"]);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

// ---- expressions ----------------------------------------------------------------------------------

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|'([^'\\]*)'|(==|!=|>=|<=|&&|\|\||[><!()[\].])|([A-Za-z_$][\w$]*))/y;

function tokenize(src: string): string[] | undefined {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) return undefined;
    // a token keeps its kind in its first character: # number, ' string, otherwise itself
    out.push(m[1] !== undefined ? `#${m[1]}` : m[2] !== undefined ? `'${m[2]}` : (m[3] ?? m[4]!));
  }
  return out;
}

/** A lookup as the library does it, for data it is sure about: own properties by their exact name. */
function lookup(base: unknown, path: readonly (string | number)[]): unknown {
  let v = base;
  for (const part of path) {
    if (typeof part === "number") {
      if (!Array.isArray(v) || part >= v.length) throw NOT_MINE;
      v = v[part];
    } else {
      // The library matches names ignoring case; an exact own name is the same answer only when no other
      // key matches too, which schemas from zod guarantee for card data. Anything else is not ours.
      if (!isObject(v) || !hasOwn(v, part)) throw NOT_MINE;
      v = v[part];
    }
    if (v === undefined) throw NOT_MINE;
  }
  return v;
}

class Parser {
  private i = 0;
  constructor(private readonly t: string[]) {}
  parse(): Eval | undefined {
    const e = this.or();
    return e && this.i === this.t.length ? e : undefined;
  }
  private peek = () => this.t[this.i];
  private or(): Eval | undefined {
    const parts = this.list("||", () => this.and());
    if (!parts) return undefined;
    return parts.length === 1 ? parts[0] : (s) => parts.some((p) => logicTrue(p(s)));
  }
  private and(): Eval | undefined {
    const parts = this.list("&&", () => this.not());
    if (!parts) return undefined;
    return parts.length === 1 ? parts[0] : (s) => parts.every((p) => logicTrue(p(s)));
  }
  private list(op: string, next: () => Eval | undefined): Eval[] | undefined {
    const parts: Eval[] = [];
    for (;;) {
      const p = next();
      if (!p) return undefined;
      parts.push(p);
      if (this.peek() !== op) return parts;
      this.i++;
    }
  }
  private not(): Eval | undefined {
    if (this.peek() !== "!") return this.compare();
    this.i++;
    const inner = this.not();
    return inner && ((s) => !logicTrue(inner(s)));
  }
  private compare(): Eval | undefined {
    const left = this.primary();
    const op = this.peek();
    if (!left || !op || !["==", "!=", ">", "<", ">=", "<="].includes(op)) return left;
    this.i++;
    const right = this.primary();
    return right && comparison(op, left, right);
  }
  private primary(): Eval | undefined {
    const tok = this.t[this.i++];
    if (tok === undefined) return undefined;
    if (tok === "(") {
      const e = this.or();
      return e && this.t[this.i++] === ")" ? e : undefined;
    }
    if (tok[0] === "#") {
      const n = Number(tok.slice(1));
      return () => n;
    }
    if (tok[0] === "'") {
      const str = tok.slice(1);
      return () => str;
    }
    if (tok === "null") return () => null;
    if (tok === "true" || tok === "false") {
      const b = tok === "true";
      return () => b;
    }
    if (tok === "count" && this.peek() === "(") {
      this.i++;
      const arg = this.primary();
      if (!arg || this.t[this.i++] !== ")") return undefined;
      return (s) => {
        const v = arg(s);
        if (typeof v === "string" || Array.isArray(v)) return v.length;
        throw NOT_MINE;
      };
    }
    return this.path(tok);
  }
  private path(first: string): Eval | undefined {
    if (!/^[A-Za-z_$][\w$]*$/.test(first) || (first.startsWith("$") && first !== "$root" && first !== "$data")) return undefined;
    const rest: (string | number)[] = [];
    for (;;) {
      const tok = this.peek();
      if (tok === ".") {
        const name = this.t[this.i + 1];
        if (!name || !/^[A-Za-z_][\w$]*$/.test(name) || ["true", "false", "null"].includes(name)) return undefined;
        rest.push(name);
        this.i += 2;
      } else if (tok === "[") {
        const idx = this.t[this.i + 1];
        if (!idx || idx[0] !== "#" || !/^#\d+$/.test(idx) || this.t[this.i + 2] !== "]") return undefined;
        rest.push(Number(idx.slice(1)));
        this.i += 3;
      } else break;
    }
    if (first === "$root") return (s) => lookup(s.root, rest);
    if (first === "$data") return (s) => lookup(s.data, rest);
    const full = [first, ...rest];
    return (s) => lookup(s.data, full);
  }
}

/** The library's truth for `&&`, `||`, `!`: a boolean is itself, null is false, anything else true. */
const logicTrue = (v: unknown) => (typeof v === "boolean" ? v : v !== null && v !== undefined);

/** The library's equality for what we answer for (null, strings, numbers, booleans); objects are not ours. */
function equal(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "object" || typeof b === "object") throw NOT_MINE;
  if (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < Number.EPSILON) return true;
  return a === b;
}

function comparison(op: string, left: Eval, right: Eval): Eval {
  if (op === "==") return (s) => equal(left(s), right(s));
  if (op === "!=") return (s) => !equal(left(s), right(s));
  return (s) => {
    const a = left(s);
    const b = right(s);
    if (!((typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string"))) throw NOT_MINE;
    return op === ">" ? a > b : op === "<" ? a < b : op === ">=" ? a >= b : a <= b;
  };
}

function expression(src: string): Eval | undefined {
  const tokens = tokenize(src);
  return tokens && tokens.length > 0 ? new Parser(tokens).parse() : undefined;
}

// ---- strings with `${…}` ------------------------------------------------------------------------------

/** A value as the library puts it into a string or a property: null and objects inside text are not ours. */
function valueOf(e: Eval): Eval {
  return (s) => {
    const v = e(s);
    if (v === null) throw NOT_MINE; // the library writes `${path}` there
    return v;
  };
}

function interpolated(str: string): Eval | undefined | "constant" {
  if (!str.includes("${")) return "constant";
  const pieces: (string | Eval)[] = [];
  const re = /\$\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(str); m; m = re.exec(str)) {
    pieces.push(str.slice(last, m.index));
    const e = expression(m[1]!);
    if (!e) return undefined;
    pieces.push(e);
    last = m.index + m[0].length;
  }
  pieces.push(str.slice(last));
  const literals = pieces.filter((p): p is string => typeof p === "string");
  // text the library's lexer reads differently (escapes, backquotes, a `${` left over) is not ours
  if (literals.some((l) => /[\\`]|\$\{/.test(l))) return undefined;
  const exprs = pieces.filter((p): p is Eval => typeof p !== "string");
  if (exprs.length === 1 && literals.every((l) => l === "")) return valueOf(exprs[0]!); // keeps its type
  return (s) => {
    let out = "";
    for (const p of pieces) {
      if (typeof p === "string") out += p;
      else {
        const v = valueOf(p)(s);
        if (typeof v === "object") throw NOT_MINE;
        out += String(v);
      }
    }
    return out;
  };
}

// ---- the template ---------------------------------------------------------------------------------

class NotCompilable extends Error {}

function compileNode(node: unknown): Fill {
  if (typeof node === "string") {
    const e = interpolated(node);
    if (e === undefined) throw new NotCompilable(node);
    return e === "constant" ? () => node : e;
  }
  if (Array.isArray(node)) {
    const items = node.map(compileNode);
    return (s) => {
      const out: unknown[] = [];
      for (const item of items) {
        const v = item(s);
        if (v === null) continue;
        if (Array.isArray(v)) out.push(...v);
        else out.push(v);
      }
      return out;
    };
  }
  if (isObject(node)) return compileObject(node);
  return () => node;
}

function compileObject(node: Record<string, unknown>): Fill {
  const keys = Object.keys(node).filter((k) => !RESERVED.has(k));
  const values = keys.map((k) => compileNode(node[k]));
  const fillOne = (s: Scope) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const v = values[i]!(s);
      if (v !== undefined) out[keys[i]!] = v;
    }
    return out;
  };
  const when = whenOf(node.$when);
  const data = node.$data === undefined ? undefined : dataOf(node.$data);
  if (!data) return (s) => (when(s) ? fillOne(s) : null);
  return (s) => {
    const d = data(s);
    if (!Array.isArray(d)) {
      const inner = { root: s.root, data: d };
      return when(inner) ? fillOne(inner) : null;
    }
    const out: unknown[] = [];
    for (const item of d) {
      // an item the library would not change the scope for (undefined), or null, is not ours; a string or
      // a number is (`${$data}`), and a path into it is not (the lookup says so)
      if (item === undefined || item === null) throw NOT_MINE;
      const inner = { root: s.root, data: item };
      if (when(inner)) out.push(fillOne(inner));
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  };
}

/** `$when`: an expression is kept only when it is exactly `true`; a constant drops the object when truthy. */
function whenOf(when: unknown): (s: Scope) => boolean {
  if (when === undefined) return () => true;
  if (typeof when === "string" && when.includes("${")) {
    const e = interpolated(when);
    if (typeof e !== "function") throw new NotCompilable(when);
    return (s) => e(s) === true;
  }
  return () => !when;
}

function dataOf(data: unknown): Eval {
  if (typeof data !== "string" || !data.includes("${")) throw new NotCompilable(String(data));
  const e = interpolated(data);
  if (typeof e !== "function") throw new NotCompilable(data);
  return (s) => {
    const v = e(s);
    if (!Array.isArray(v) && !isObject(v)) throw NOT_MINE;
    return v;
  };
}

/**
 * The fill of a template, or undefined when the template uses something this file does not answer for.
 * The fill takes the data (`$root`) and returns the expanded card; it throws `NOT_MINE` for data it
 * leaves to the library.
 */
export function compileFill(template: object): ((root: unknown) => unknown) | undefined {
  try {
    const fill = compileNode(template);
    return (root) => fill({ root, data: root });
  } catch (e) {
    if (e instanceof NotCompilable) return undefined;
    throw e;
  }
}
