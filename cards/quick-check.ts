import type { z } from "zod";

/**
 * A card type's schema turned once into a plain check that answers "zod would accept this data and hand
 * back the same data" — true only where that is sure: then a render can fill the template from the data
 * itself, without zod's parse, which on a routing turn cost more than the fill (~80 µs, and a deep copy
 * of the data for the garbage collector). False means only "not sure": the render then parses with zod
 * as before (and zod's error is the one thrown). Tests check every verdict against zod (cards/render.ts).
 *
 * Sure means: types, lengths, enums and literals as the schema says; no key the schema does not declare
 * (zod would drop it); no default to fill in (zod would add it). A schema with anything else — a string
 * format, a refinement, a transform, a coercion — gets no check at all (undefined).
 */
export type QuickCheck = (value: unknown) => boolean;

const checks = new WeakMap<z.ZodTypeAny, QuickCheck | null>();

export function quickCheckOf(schema: z.ZodTypeAny): QuickCheck | undefined {
  let check = checks.get(schema);
  if (check === undefined) {
    check = compile(schema, 0) ?? null;
    checks.set(schema, check);
  }
  return check ?? undefined;
}

interface Def {
  readonly typeName?: string;
  readonly checks?: readonly { kind: string; value?: number; inclusive?: boolean }[];
  readonly coerce?: boolean;
  readonly [k: string]: unknown;
}

const SCALARS = new Set(["ZodString", "ZodNumber", "ZodBoolean", "ZodEnum", "ZodLiteral", "ZodNull"]);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function compile(schema: z.ZodTypeAny, depth: number): QuickCheck | undefined {
  const def = schema._def as Def;
  if (depth > 32) return undefined;
  switch (def.typeName) {
    case "ZodString":
      return def.coerce ? undefined : lengths(def.checks ?? [], (v) => typeof v === "string");
    case "ZodBoolean":
      return def.coerce ? undefined : (v) => typeof v === "boolean";
    case "ZodNumber":
      return def.coerce ? undefined : numberCheck(def.checks ?? []);
    case "ZodEnum": {
      const values = new Set(def.values as readonly string[]);
      return (v) => typeof v === "string" && values.has(v);
    }
    case "ZodLiteral": {
      const value = def.value;
      return (v) => v === value;
    }
    case "ZodNull":
      return (v) => v === null;
    case "ZodOptional": {
      const inner = compile(def.innerType as z.ZodTypeAny, depth + 1);
      return inner && ((v) => v === undefined || inner(v));
    }
    case "ZodNullable": {
      const inner = compile(def.innerType as z.ZodTypeAny, depth + 1);
      return inner && ((v) => v === null || inner(v));
    }
    case "ZodDefault": {
      // a missing value would be filled in by zod: not the same data, so not sure
      const inner = compile(def.innerType as z.ZodTypeAny, depth + 1);
      return inner && ((v) => v !== undefined && inner(v));
    }
    case "ZodArray":
      return arrayCheck(def, depth);
    case "ZodUnion": {
      // zod keeps the first option that accepts: for objects that may be one that drops keys another
      // declares, so only unions of scalars (whose value no option changes) are ours
      if (!(def.options as z.ZodTypeAny[]).every((o) => SCALARS.has((o._def as Def).typeName ?? ""))) return undefined;
      const options = (def.options as z.ZodTypeAny[]).map((o) => compile(o, depth + 1));
      if (options.some((o) => !o)) return undefined;
      return (v) => options.some((o) => o!(v));
    }
    case "ZodObject":
      return objectCheck(schema as z.AnyZodObject, def, depth);
    default:
      return undefined;
  }
}

/** String length checks (`min`, `max`, `length`); any other check (a format, a regex) is not ours. */
function lengths(list: Def["checks"] & object, type: (v: unknown) => boolean): QuickCheck | undefined {
  let min = 0;
  let max = Infinity;
  for (const c of list) {
    if (c.kind === "min") min = Math.max(min, c.value!);
    else if (c.kind === "max") max = Math.min(max, c.value!);
    else if (c.kind === "length") (min = Math.max(min, c.value!)), (max = Math.min(max, c.value!));
    else return undefined;
  }
  return (v) => type(v) && (v as string).length >= min && (v as string).length <= max;
}

function numberCheck(list: Def["checks"] & object): QuickCheck | undefined {
  const parts: QuickCheck[] = [(v) => typeof v === "number" && !Number.isNaN(v)];
  for (const c of list) {
    const bound = c.value!;
    if (c.kind === "int") parts.push((v) => Number.isInteger(v));
    else if (c.kind === "min") parts.push(c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound);
    else if (c.kind === "max") parts.push(c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound);
    else return undefined;
  }
  return (v) => parts.every((p) => p(v));
}

function arrayCheck(def: Def, depth: number): QuickCheck | undefined {
  const item = compile(def.type as z.ZodTypeAny, depth + 1);
  if (!item) return undefined;
  const min = (def.minLength as { value: number } | null)?.value ?? 0;
  const max = (def.maxLength as { value: number } | null)?.value ?? Infinity;
  const exact = (def.exactLength as { value: number } | null)?.value;
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max || (exact !== undefined && v.length !== exact)) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false; // every index: holes are undefined
    return true;
  };
}

function objectCheck(schema: z.AnyZodObject, def: Def, depth: number): QuickCheck | undefined {
  if (def.unknownKeys === "passthrough" || (def.catchall as z.ZodTypeAny)._def.typeName !== "ZodNever") return undefined;
  const shape = schema.shape as Record<string, z.ZodTypeAny>;
  const keys = Object.keys(shape);
  const fields = keys.map((k) => compile(shape[k]!, depth + 1));
  if (fields.some((f) => !f)) return undefined;
  const declared = new Set(keys);
  return (v) => {
    if (!isObject(v)) return false;
    // zod's copy is a plain object: anything else (a class instance, a null prototype) would differ
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    for (const k in v) if (!declared.has(k) || !Object.prototype.hasOwnProperty.call(v, k)) return false;
    for (let i = 0; i < keys.length; i++) if (!fields[i]!(v[keys[i]!])) return false;
    return true;
  };
}
