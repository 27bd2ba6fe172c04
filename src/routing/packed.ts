/**
 * `xs.map(f)` as an array of one elements kind whichever tier runs it: V8's optimising compiler builds the result of an
 * inlined `Array.prototype.map` as a holey array where the interpreter's builtin builds a packed one, so each time a
 * function that maps is optimised or deoptimised, the arrays it hands on change their map, and every optimised reader
 * of them is thrown out ("wrong map") and compiled again. A push loop is packed in every tier. The router's question
 * path maps with this, not `.map` (56fe5d6 for the question's tokens and terms; the names, decisions and relations
 * after it).
 */
export function packedMap<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
