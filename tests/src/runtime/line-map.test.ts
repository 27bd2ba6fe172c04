import * as nodeModule from "node:module";
import { transformSync } from "esbuild";
import { LineMap } from "../../../src/runtime/line-map";

describe("LineMap", () => {
  // a minified bundle's shape: few long generated lines, many segments each, deltas carried across lines
  const source = Array.from({ length: 40 }, (_, i) => `export function f${i}(a: number, b: string): string {\n  const x = a * ${i};\n  if (x > 3) throw new Error(b + x);\n  return b.repeat(x);\n}\n`).join("");
  const out = transformSync(source, { loader: "ts", format: "cjs", minifyWhitespace: true, sourcemap: "external", sourcefile: "src/sample.ts" });
  const map = JSON.parse(out.map) as { mappings: string; sources: string[] };
  const lines = out.code.split("\n");

  it("maps every generated position to what Node's SourceMap finds, wherever a segment of that line covers it", () => {
    const node = new nodeModule.SourceMap(map as ConstructorParameters<typeof nodeModule.SourceMap>[0]);
    const mine = new LineMap(map.mappings, map.sources);
    let compared = 0;
    lines.forEach((text, line) => {
      for (let column = 0; column <= text.length; column++) {
        const ours = mine.find(line, column);
        if (!ours) continue;
        const theirs = node.findEntry(line, column) as { originalSource?: string; originalLine?: number; originalColumn?: number };
        expect([ours.source, ours.line, ours.column]).toEqual([theirs.originalSource, theirs.originalLine, theirs.originalColumn]);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(source.length / 2);
  });

  it("finds the line of a throw in the source", () => {
    const mine = new LineMap(map.mappings, map.sources);
    const at = lines.findIndex((l) => l.includes("f7("));
    const column = lines[at].indexOf("throw", lines[at].indexOf("f7("));
    expect(mine.find(at, column)).toEqual({ source: "src/sample.ts", line: 7 * 5 + 2, column: 13 });
    expect(mine.find(lines.length + 5, 0)).toBeUndefined();
  });
});
