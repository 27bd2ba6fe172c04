"use strict";
/*
 * A bundle of pure ASCII: V8 keeps a script's source for as long as the process runs (functions compile
 * from it on first call), as one byte a character when every character is ASCII, and two bytes a
 * character as soon as one is not — and Node reads a pure-ASCII file on a fast path. esbuild escapes
 * non-ASCII characters in strings, but leaves them in regular expression literals (the routing's
 * /[A-ZÅÄÖ]/). So each remaining one becomes a \uXXXX escape, which means the same character in a regular
 * expression, a string, a template, an identifier, and changes nothing in a comment; and the source map's
 * columns after it, on its line, move with it (the other fields of a mapping are relative to the previous
 * mapping and stay as they are).
 */
const fs = require("node:fs");

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** The first base64 VLQ number of `segment` and the rest of the text. */
function decodeFirst(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = B64_VALUE.get(segment[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return { n: value & 1 ? -(value >>> 1) : value >>> 1, rest: segment.slice(i) };
}

function encode(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

/** One generated line's mappings with each generated column moved by `moved(column)`. */
function shiftLine(line, moved) {
  let column = 0;
  let previous = 0;
  return line
    .split(",")
    .map((segment) => {
      if (segment === "") return segment;
      const { n, rest } = decodeFirst(segment);
      column += n;
      const at = column + moved(column);
      const out = encode(at - previous) + rest;
      previous = at;
      return out;
    })
    .join(",");
}

const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Rewrites `file` (and `file`.map) with every non-ASCII character escaped. */
function asciiOnly(file) {
  const code = fs.readFileSync(file, "utf8");
  if (!/[^\x00-\x7f]/.test(code)) return;
  const mapFile = `${file}.map`;
  const map = fs.existsSync(mapFile) ? JSON.parse(fs.readFileSync(mapFile, "utf8")) : undefined;
  const mappings = map ? map.mappings.split(";") : [];
  const lines = code.split("\n").map((line, i) => {
    if (!/[^\x00-\x7f]/.test(line)) return line;
    // columns (UTF-16 code units, as in source maps) of the escaped characters on this line
    const at = [];
    for (let c = 0; c < line.length; c++) if (line.charCodeAt(c) > 0x7f) at.push(c);
    if (mappings[i]) mappings[i] = shiftLine(mappings[i], (column) => 5 * at.filter((c) => c < column).length);
    return line.replace(/[^\x00-\x7f]/g, escape);
  });
  fs.writeFileSync(file, lines.join("\n"));
  if (map) fs.writeFileSync(mapFile, JSON.stringify({ ...map, mappings: mappings.join(";") }));
}

module.exports = { asciiOnly };
