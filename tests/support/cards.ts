/* Validates a rendered card with the Adaptive Cards SDK: parse errors, property validation, and no
   silently dropped elements (the SDK drops unknown types, so toJSON() must keep every element). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require("adaptivecards/dist/adaptivecards.js");

function countTypes(node: unknown, acc: Record<string, number> = {}): Record<string, number> {
  if (Array.isArray(node)) node.forEach((n) => countTypes(n, acc));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.type === "string") acc[o.type] = (acc[o.type] ?? 0) + 1;
    for (const [k, v] of Object.entries(o)) if (k !== "type") countTypes(v, acc);
  }
  return acc;
}

export function validateCard(card: object): string[] {
  const problems: string[] = [];
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const validation = parsed.validateProperties();
  for (const e of validation.validationEvents as { message: string }[]) problems.push(`validate: ${e.message}`);
  const before = countTypes(card);
  const after = countTypes(parsed.toJSON());
  for (const [type, n] of Object.entries(before)) {
    if ((after[type] ?? 0) < n) problems.push(`dropped: ${type} (${n} in, ${after[type] ?? 0} out)`);
  }
  if (Buffer.byteLength(JSON.stringify(card)) > 28 * 1024) problems.push("over 28 KB");
  return problems;
}
