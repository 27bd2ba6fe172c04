import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { z } from "zod";
import { quickCheckOf } from "../../cards/quick-check";
import { RoutingAnswerCardSchema } from "../../cards/routing-answer";
import { renderTemplate } from "../../cards/render";

const Item = z.object({ title: z.string().min(1).max(20), value: z.string(), n: z.number().int().min(0).max(9).optional() });
const Schema = z.object({
  lang: z.enum(["sv", "en"]),
  text: z.string().max(30),
  flag: z.boolean(),
  kind: z.union([z.literal("a"), z.literal("b"), z.null()]),
  items: z.array(Item).max(3),
  maybe: Item.nullable(),
  count: z.number().min(0).default(0),
});

/** Sure means zod accepts the data and gives it back unchanged. */
function agreesWithZod(schema: z.ZodTypeAny, value: unknown): boolean {
  if (!quickCheckOf(schema)!(value)) return true; // "not sure" is always allowed
  const parsed = schema.safeParse(value);
  return parsed.success && isDeepStrictEqual(parsed.data, value);
}

const good = { lang: "sv", text: "hej", flag: true, kind: "a", items: [{ title: "t", value: "v" }], maybe: null, count: 1 };

describe("the card data quick check (cards/quick-check.ts)", () => {
  it("is sure of data zod returns unchanged", () => {
    const check = quickCheckOf(Schema)!;
    expect(check(good)).toBe(true);
    expect(check({ ...good, items: [], maybe: { title: "x", value: "", n: 3 } })).toBe(true);
  });

  it.each([
    ["a missing default (zod fills it in)", { ...good, count: undefined }],
    ["an undeclared key (zod drops it)", { ...good, extra: 1 }],
    ["an undeclared key deeper down", { ...good, items: [{ title: "t", value: "v", extra: 1 }] }],
    ["a string over its max", { ...good, text: "x".repeat(31) }],
    ["an empty required title", { ...good, items: [{ title: "", value: "v" }] }],
    ["too many items", { ...good, items: Array.from({ length: 4 }, () => ({ title: "t", value: "v" })) }],
    ["a number that is no integer", { ...good, maybe: { title: "t", value: "v", n: 1.5 } }],
    ["NaN", { ...good, count: Number.NaN }],
    ["a value outside the enum", { ...good, lang: "de" }],
    ["a literal not in the union", { ...good, kind: "c" }],
    ["an array hole", { ...good, items: new Array(1) }],
    ["a class instance for an object", { ...good, maybe: Object.assign(new (class X {})(), { title: "t", value: "v" }) }],
    ["an object without a prototype", Object.assign(Object.create(null), good)],
  ])("is not sure of %s", (_name, value) => {
    expect(quickCheckOf(Schema)!(value)).toBe(false);
  });

  it("never is sure where zod would refuse or change the data (random data)", () => {
    const item = fc.record({ title: fc.string({ maxLength: 22 }), value: fc.oneof(fc.string(), fc.integer()), n: fc.option(fc.oneof(fc.integer({ min: -2, max: 11 }), fc.double()), { nil: undefined }) }, { requiredKeys: ["title", "value"] });
    const data = fc.record(
      {
        lang: fc.constantFrom("sv", "en", "de"),
        text: fc.string({ maxLength: 32 }),
        flag: fc.oneof(fc.boolean(), fc.constant("true")),
        kind: fc.constantFrom("a", "b", null, "c", undefined),
        items: fc.array(item, { maxLength: 4 }),
        maybe: fc.option(item, { nil: null }),
        count: fc.option(fc.double(), { nil: undefined }),
        extra: fc.anything(),
      },
      { requiredKeys: ["lang", "text", "flag", "items"] },
    );
    fc.assert(fc.property(fc.oneof(data, fc.anything()), (v) => agreesWithZod(Schema, v)), { numRuns: 5000 });
  });

  it("gives no check for what it cannot be sure of (formats, refinements, transforms, object unions, passthrough)", () => {
    expect(quickCheckOf(z.object({ a: z.string().email() }))).toBeUndefined();
    expect(quickCheckOf(z.object({ a: z.string().refine((s) => s !== "x") }))).toBeUndefined();
    expect(quickCheckOf(z.object({ a: z.string().transform((s) => s.trim()) }))).toBeUndefined();
    expect(quickCheckOf(z.union([z.object({ a: z.string() }), z.object({ a: z.string(), b: z.string() })]))).toBeUndefined();
    expect(quickCheckOf(z.object({ a: z.string() }).passthrough())).toBeUndefined();
    expect(quickCheckOf(z.object({ a: z.coerce.number() }))).toBeUndefined();
  });

  it("has a check for the routing answer card, and a render still refuses what zod refuses", () => {
    expect(quickCheckOf(RoutingAnswerCardSchema)).toBeDefined();
    const template = { type: "AdaptiveCard", body: [{ type: "TextBlock", text: "${text}" }] };
    expect(renderTemplate(template, z.object({ text: z.string().min(1) }), { text: "hej" })).toEqual({ type: "AdaptiveCard", body: [{ type: "TextBlock", text: "hej" }] });
    expect(() => renderTemplate(template, z.object({ text: z.string().min(1) }), { text: "" })).toThrow(z.ZodError);
  });
});
