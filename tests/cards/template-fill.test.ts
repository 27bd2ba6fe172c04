import * as fs from "node:fs";
import * as path from "node:path";
import * as ACData from "adaptivecards-templating";
import { z } from "zod";
import { compileFill, NOT_MINE } from "../../cards/template-fill";
import { plainData } from "../../cards/render";

const library = (template: object, data: unknown) => new ACData.Template(template).expand({ $root: data });

/** The fill's card is the library's card, key order included; or the fill leaves the data to the library. */
function same(template: object, data: unknown): "filled" | "left" {
  const fill = compileFill(template);
  if (!fill) throw new Error("template not compiled");
  let card: unknown;
  try {
    card = fill(data);
  } catch (e) {
    if (e === NOT_MINE) return "left";
    throw e;
  }
  expect(JSON.stringify(card)).toBe(JSON.stringify(library(template, data)));
  return "filled";
}

describe("template fill (the library's expand without its expression engine)", () => {
  test("every template in cards/ compiles", () => {
    const dir = path.join(__dirname, "..", "..", "cards");
    const names = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(names.length).toBeGreaterThan(5);
    for (const f of names) expect([f, !!compileFill(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as object)]).toEqual([f, true]);
  });

  test("$when and $data as the library: dropped items, empty lists, one item, nested arrays, string items", () => {
    const template = {
      type: "AdaptiveCard",
      body: [
        { $when: "${a != ''}", type: "TextBlock", text: "${a}" },
        { $when: "${count(list) > 0}", type: "Container", items: [{ $data: "${list}", type: "TextBlock", text: "${name} (${n})", $when: "${n > 1 || name == 'x'}" }] },
        { type: "Container", items: [{ $data: "${lines}", type: "TextBlock", text: "${$data}" }] },
        { type: "FactSet", facts: [{ $data: "${facts}", title: "${title}", value: "${$root.a}" }] },
        [[1, null, "k"], "${list}"],
      ],
      selectAction: { $when: "${flag}", type: "Action.Execute", data: { x: "${obj}", y: "${obj.inner.v}", z: "${list[0].name}" } },
      single: { $data: "${obj}", v: "${inner.v}" },
      logic: { $when: "${!flag && (a == '' || !missing) && empty}", ok: true },
    };
    const base = { a: "A", list: [{ name: "x", n: 1 }, { name: "y", n: 2 }, { name: "z", n: 1 }], lines: ["one", "two"], facts: [], flag: false, obj: { inner: { v: 3 } }, empty: "", missing: null };
    expect(same(template, base)).toBe("filled");
    expect(same(template, { ...base, a: "", list: [], lines: ["only"], facts: [{ title: "t" }] })).toBe("filled");
    expect(same(template, { ...base, list: [{ name: "w", n: 5 }], flag: true })).toBe("filled");
    // `list[0]` of an empty list: the library writes `${list[0].name}`; the fill leaves that to it
    expect(same(template, { ...base, list: [], flag: true })).toBe("left");
  });

  test("data it cannot be sure about is left to the library: missing, null in text, another letter case", () => {
    const template = { type: "AdaptiveCard", body: [{ type: "TextBlock", text: "${a}" }] };
    expect(same(template, { a: "x" })).toBe("filled");
    expect(same(template, {})).toBe("left");
    expect(same(template, { a: null })).toBe("left");
    expect(same(template, { A: "x" })).toBe("left");
    expect(same({ t: "${count(a) > 0}" }, { a: 3 })).toBe("left");
    expect(same({ t: "${a == b}" }, { a: {}, b: {} })).toBe("left");
  });

  test("templates with what it does not know go to the library as a whole", () => {
    for (const expr of ["${$index}", "${join(a, ',')}", "${a + 1}", "${-1}", "${a[b]}", "x ${'a\\'b'}", "`${a}`"]) {
      expect([expr, compileFill({ text: expr })]).toEqual([expr, undefined]);
    }
  });

  test("a fill never shares objects between renders (the language stamp changes cards in place)", () => {
    const fill = compileFill({ actions: [{ type: "Action.Execute", data: { verb: "x" } }] })!;
    const a = fill({}) as { actions: { data: Record<string, unknown> }[] };
    a.actions[0]!.data.lang = "en";
    expect(JSON.stringify(fill({}))).toBe(JSON.stringify({ actions: [{ type: "Action.Execute", data: { verb: "x" } }] }));
  });
});

test("every card type's data is plain (so its renders take the fill)", () => {
  const dir = path.join(__dirname, "..", "..", "cards");
  const schemas: [string, z.ZodTypeAny][] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, f)) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) if (/CardSchema$/.test(name) && v instanceof z.ZodType) schemas.push([name, v]);
  }
  expect(schemas.length).toBeGreaterThan(8);
  for (const [name, s] of schemas) expect([name, plainData(s)]).toEqual([name, true]);
  expect(plainData(z.object({ a: z.string() }).passthrough())).toBe(false);
  expect(plainData(z.object({ a: z.string(), A: z.string() }))).toBe(false);
  expect(plainData(z.object({ a: z.string().transform((s) => s.length) }))).toBe(false);
});
