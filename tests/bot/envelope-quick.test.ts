import * as fc from "fast-check";
import { checkEnvelope, envelopeSchemaValid, envelopeSurelyValid } from "../../bot/envelope";

/**
 * The envelope's quick check (bot/envelope.ts) skips the zod schema for bodies it is sure of: it must
 * never accept a body the schema refuses, and it must accept what Teams sends (else it saves nothing).
 */
const teams = {
  type: "message",
  id: "1",
  timestamp: "2026-11-30T10:00:00.000Z",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  channelId: "msteams",
  from: { id: "29:1", name: "Anna", aadObjectId: "aad-1" },
  recipient: { id: "28:bot", name: "Samverkan" },
  conversation: { id: "19:c@thread.tacv2;messageid=1", conversationType: "channel", tenantId: "t", isGroup: true },
  text: "<at>Samverkan</at> vem äger frågan?",
  textFormat: "plain",
  locale: "sv-SE",
  entities: [{ type: "mention", text: "<at>Samverkan</at>", mentioned: { id: "28:bot", name: "Samverkan" } }, { type: "clientInfo", locale: "sv-SE" }],
  attachments: [{ contentType: "text/html", content: "<p>x</p>" }],
  channelData: { tenant: { id: "t" }, team: { id: "19:t", name: "Team" }, channel: { id: "19:c" }, eventType: null },
  value: { action: { data: { x: 1 } } },
};

const odd = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 3 }),
  fc.constant("x".repeat(5000)),
  fc.constant(""),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant([{ type: "mention" }]),
  fc.constant({ id: null }),
  fc.constant("mention"),
  fc.constant("MENTION"),
  fc.constant("28:bot"),
);

/** Paths into the body (and one level deeper) where a value is replaced or removed. */
const paths = [
  "type", "id", "serviceUrl", "channelId", "text", "locale", "name", "action", "replyToId", "textFormat", "timestamp",
  "from", "from.id", "from.name", "recipient", "recipient.id", "conversation", "conversation.id", "conversation.isGroup", "conversation.tenantId",
  "entities", "entities.0", "entities.0.type", "entities.0.text", "entities.0.mentioned", "entities.0.mentioned.id", "entities.1.type",
  "attachments", "attachments.0", "attachments.0.contentType", "channelData", "channelData.tenant", "channelData.tenant.id", "channelData.eventType",
  "membersAdded", "membersAdded.0", "value",
];

function mutate(body: unknown, path: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const parts = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const p of parts.slice(0, -1)) {
    if (!at[p] || typeof at[p] !== "object") at[p] = p === "entities" || p === "attachments" || p === "membersAdded" ? [] : {};
    at = at[p] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

describe("the envelope's quick check", () => {
  test("accepts what Teams sends, and the checked body is the same either way", () => {
    expect(envelopeSurelyValid(teams)).toBe(true);
    for (const t of ["invoke", "conversationUpdate", "installationUpdate"]) expect(envelopeSurelyValid({ ...teams, type: t })).toBe(true);
    const a = JSON.parse(JSON.stringify(teams)) as Record<string, unknown>;
    const r = checkEnvelope(a);
    expect(r.ok).toBe(true);
    expect((a.channelData as Record<string, unknown>).eventType).toBeUndefined(); // nulls removed in place
  });

  test("never accepts a body the schema refuses (seeded)", () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), odd), { minLength: 1, maxLength: 4 }), (changes) => {
        let body: unknown = teams;
        for (const [p, v] of changes) body = mutate(body, p, v);
        const schema = envelopeSchemaValid(body);
        if (!schema) refused++;
        if (envelopeSurelyValid(body)) expect(schema).toBe(true);
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(500); // the mutations do reach what the schema refuses
  });
});
