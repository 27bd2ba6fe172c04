import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../../src/config/config";
import { startServer, type RunningServer } from "../../bot/server";
import type { FakeConnector } from "./fake-connector";

export const tempDir = (prefix = "samverkan-") => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export async function startBot(env: Record<string, string> = {}): Promise<RunningServer & { dataDir: string }> {
  const dataDir = env.DATA_DIR ?? tempDir();
  const config = loadConfig({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env });
  const server = await startServer(config, { logger: pino({ level: "silent" }), drainMs: 100 });
  return Object.assign(server, { dataDir });
}

let counter = 0;

export interface ActivityOptions {
  text?: string;
  type?: string;
  conversationType?: "personal" | "groupChat" | "channel";
  conversationId?: string;
  userId?: string;
  aadObjectId?: string;
  userName?: string;
  locale?: string;
  tenantId?: string;
  value?: unknown;
  name?: string;
  membersAdded?: { id: string; name?: string }[];
  membersRemoved?: { id: string; name?: string }[];
  action?: string;
  entities?: unknown[];
  channelData?: Record<string, unknown>;
}

export const BOT_ID = "28:samverkan-bot";

/** A Teams-shaped activity as the Bot Connector would deliver it. */
export function activity(connector: FakeConnector, o: ActivityOptions = {}): Record<string, unknown> {
  const tenantId = o.tenantId ?? "tenant-1";
  const conversationType = o.conversationType ?? "personal";
  const userId = o.userId ?? "29:user-a";
  return {
    type: o.type ?? "message",
    id: `in-${++counter}`,
    timestamp: new Date().toISOString(),
    serviceUrl: connector.url,
    channelId: "msteams",
    from: { id: userId, name: o.userName ?? "Anna Andersson", aadObjectId: o.aadObjectId ?? `aad-${userId.replace(/\W/g, "")}` },
    recipient: { id: BOT_ID, name: "Samverkan" },
    conversation: {
      id: o.conversationId ?? (conversationType === "channel" ? "19:channel-1@thread.tacv2" : `a:personal-${userId}`),
      conversationType,
      tenantId,
      isGroup: conversationType !== "personal",
    },
    locale: o.locale ?? "en-US",
    text: o.text,
    value: o.value,
    name: o.name,
    action: o.action,
    membersAdded: o.membersAdded,
    membersRemoved: o.membersRemoved,
    entities: o.entities,
    channelData: {
      tenant: { id: tenantId },
      ...(conversationType === "channel" ? { team: { id: "19:team-1@thread.tacv2" }, channel: { id: "19:channel-1@thread.tacv2" } } : {}),
      ...o.channelData,
    },
  };
}

export async function post(server: { url: string }, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed };
}

/**
 * Sends a message and returns what the bot posted back as replies to it (POST …/activities/<its id>):
 * proactive posts that happen to go out meanwhile are not replies, so a busy machine cannot mix them in.
 */
export async function say(server: { url: string }, connector: FakeConnector, o: ActivityOptions | string): Promise<any[]> {
  const opts = typeof o === "string" ? { text: o } : o;
  const a = activity(connector, opts);
  const res = await post(server, a);
  if (res.status >= 300) throw new Error(`bot answered ${res.status}: ${JSON.stringify(res.body)}`);
  return repliesTo(connector, String(a.id));
}

/** The activities the bot posted as replies to the incoming activity `id`. */
export const repliesTo = (connector: FakeConnector, id: string): any[] =>
  connector.sent().filter((c) => c.activityId === id).map((c) => c.body);

export const cardOf = (reply: any) => reply?.attachments?.[0]?.content;
export const textOfReply = (reply: any): string => reply?.text ?? JSON.stringify(cardOf(reply) ?? "");

