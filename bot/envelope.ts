import { z } from "zod";

/**
 * What an activity must look like before the adapter and the routes see it: the fields botbuilder,
 * teams-ai and our routes read, each of its type. Anything else is a 400 — never a "turn failed" stack
 * deep inside the SDK (`recipient.name` as an array, `locale` as an object, `entities` as null…).
 * Unknown fields pass through untouched; `null` in an optional field counts as absent.
 */

const text = (max: number) => z.string().max(max).optional();
const id = z.string().max(1024);

const AccountSchema = z
  .object({ id, name: text(1024), aadObjectId: text(256), role: text(64) })
  .passthrough();

const ConversationSchema = z
  .object({
    id: id.min(1),
    name: text(1024),
    conversationType: text(64),
    tenantId: text(256),
    isGroup: z.boolean().optional(),
    role: text(64),
  })
  .passthrough();

const EntitySchema = z
  .object({
    type: z.string().max(256),
    text: text(4096),
    mentioned: z.object({ id, name: text(1024), aadObjectId: text(256) }).passthrough().optional(),
  })
  .passthrough()
  // botbuilder strips a mention by its `mentioned.id` and `text`: a mention without them would crash it.
  .refine((e) => e.type.toLowerCase() !== "mention" || (e.mentioned !== undefined && e.text !== undefined), { message: "a mention needs mentioned and text" });

const IdRefSchema = z.object({ id: text(1024), name: text(1024), aadGroupId: text(256) }).passthrough();

const ChannelDataSchema = z
  .object({
    tenant: IdRefSchema.optional(),
    team: IdRefSchema.optional(),
    channel: IdRefSchema.optional(),
    eventType: text(256),
  })
  .passthrough();

const ActivityEnvelopeSchema = z
  .object({
    type: z.string().min(1).max(64),
    id: text(1024),
    timestamp: text(64),
    localTimestamp: text(64),
    localTimezone: text(128),
    serviceUrl: z.string().min(1).max(2048),
    channelId: z.string().min(1).max(64),
    from: AccountSchema,
    recipient: AccountSchema,
    conversation: ConversationSchema,
    text: z.string().optional(),
    textFormat: text(32),
    locale: text(64),
    name: text(256),
    action: text(64),
    replyToId: text(1024),
    membersAdded: z.array(AccountSchema).max(1000).optional(),
    membersRemoved: z.array(AccountSchema).max(1000).optional(),
    entities: z.array(EntitySchema).max(1000).optional(),
    attachments: z.array(z.object({ contentType: z.string().max(256) }).passthrough()).max(100).optional(),
    channelData: ChannelDataSchema.optional(),
    value: z.unknown(),
  })
  .passthrough()
  // teams-ai removes the bot's mention from `text`: a message that mentions the bot must have text.
  .refine((a) => a.type !== "message" || typeof a.text === "string" || !(a.entities ?? []).some((e) => e.type.toLowerCase() === "mention" && e.mentioned?.id === a.recipient.id), {
    message: "a message that mentions the bot needs text",
    path: ["text"],
  });

export type ActivityEnvelope = z.infer<typeof ActivityEnvelopeSchema>;

/** Drops `null` where the SDK expects "absent or of a type" (Teams leaves some fields null). */
function withoutNulls(value: unknown, depth = 0): unknown {
  if (depth > 2 || !value || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v, depth + 1);
  return out;
}

/** Whether `withoutNulls` would change anything (most bodies have no null, and then no copy is made); a `__proto__` key counts as a change. */
function hasNulls(value: unknown, depth = 0): boolean {
  if (depth > 2 || !value || typeof value !== "object" || Array.isArray(value)) return false;
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (v === null || k === "__proto__" || hasNulls(v, depth + 1)) return true;
  }
  return false;
}

export type EnvelopeCheck = { readonly ok: true; readonly activity: ActivityEnvelope } | { readonly ok: false; readonly issues: readonly string[] };

/**
 * Checks a request body. On success the body object itself is cleaned in place (nulls removed), so the
 * adapter sees exactly what was checked.
 */
export function checkEnvelope(body: unknown): EnvelopeCheck {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, issues: ["(body)"] };
  const cleaned = (hasNulls(body) ? withoutNulls(body) : body) as Record<string, unknown>;
  // Zod's answer for a body the quick check below is sure of is the same body (every object passes
  // through, no key added): then the schema need not build its copy (a tenth of a millisecond a turn).
  let activity: ActivityEnvelope;
  if (surelyValid(cleaned)) activity = cleaned as ActivityEnvelope;
  else {
    const parsed = ActivityEnvelopeSchema.safeParse(cleaned);
    if (!parsed.success) return { ok: false, issues: [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "(body)"))].slice(0, 20) };
    activity = parsed.data;
  }
  const target = body as Record<string, unknown>;
  if (cleaned !== target) {
    for (const k of Object.keys(target)) if (!(k in cleaned)) delete target[k];
    for (const [k, v] of Object.entries(cleaned)) target[k] = v;
  }
  return { ok: true, activity };
}

// ---- the quick check: true only for what ActivityEnvelopeSchema surely accepts (else zod decides) ----

type O = Record<string, unknown>;
const isObj = (v: unknown): v is O => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown, min: number, max: number) => typeof v === "string" && v.length >= min && v.length <= max;
const optStr = (v: unknown, max: number) => v === undefined || (typeof v === "string" && v.length <= max);
function optArr(v: unknown, max: number, item: (x: unknown) => boolean): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false; // every index: `every` skips holes
  return true;
}
const account = (v: unknown) => isObj(v) && str(v.id, 0, 1024) && optStr(v.name, 1024) && optStr(v.aadObjectId, 256) && optStr(v.role, 64);
const idRef = (v: unknown) => v === undefined || (isObj(v) && optStr(v.id, 1024) && optStr(v.name, 1024) && optStr(v.aadGroupId, 256));

function entity(v: unknown): boolean {
  if (!isObj(v) || !str(v.type, 0, 256) || !optStr(v.text, 4096)) return false;
  const m = v.mentioned;
  if (m !== undefined && !(isObj(m) && str(m.id, 0, 1024) && optStr(m.name, 1024) && optStr(m.aadObjectId, 256))) return false;
  return (v.type as string).toLowerCase() !== "mention" || (m !== undefined && v.text !== undefined);
}

function surelyValid(a: O): boolean {
  const c = a.conversation;
  const cd = a.channelData;
  const ok =
    str(a.type, 1, 64) && str(a.serviceUrl, 1, 2048) && str(a.channelId, 1, 64) &&
    optStr(a.id, 1024) && optStr(a.timestamp, 64) && optStr(a.localTimestamp, 64) && optStr(a.localTimezone, 128) &&
    optStr(a.textFormat, 32) && optStr(a.locale, 64) && optStr(a.name, 256) && optStr(a.action, 64) && optStr(a.replyToId, 1024) &&
    (a.text === undefined || typeof a.text === "string") &&
    account(a.from) && account(a.recipient) &&
    isObj(c) && str(c.id, 1, 1024) && optStr(c.name, 1024) && optStr(c.conversationType, 64) && optStr(c.tenantId, 256) &&
    (c.isGroup === undefined || typeof c.isGroup === "boolean") && optStr(c.role, 64) &&
    optArr(a.membersAdded, 1000, account) && optArr(a.membersRemoved, 1000, account) && optArr(a.entities, 1000, entity) &&
    optArr(a.attachments, 100, (x) => isObj(x) && str(x.contentType, 0, 256)) &&
    (cd === undefined || (isObj(cd) && idRef(cd.tenant) && idRef(cd.team) && idRef(cd.channel) && optStr(cd.eventType, 256)));
  if (!ok) return false;
  // the schema's refinement: a message that mentions the bot has text
  const recipient = (a.recipient as O).id;
  if (a.type !== "message" || typeof a.text === "string") return true;
  for (const e of (a.entities as O[] | undefined) ?? []) if ((e.type as string).toLowerCase() === "mention" && (e.mentioned as O | undefined)?.id === recipient) return false;
  return true;
}

/** For tests: the quick check's verdict (true only where the schema surely agrees). */
export const envelopeSurelyValid = (body: unknown): boolean => isObj(body) && surelyValid(withoutNulls(body) as O);
/** For tests: the schema's verdict. */
export const envelopeSchemaValid = (body: unknown): boolean => isObj(body) && ActivityEnvelopeSchema.safeParse(withoutNulls(body)).success;
