import type { CloudAdapter } from "botbuilder";

/**
 * One Bot Connector client per (bot, service URL, audience), kept for the life of the process, as
 * botbuilder's older BotFrameworkAdapter did. CloudAdapter builds a new client (its own HTTP agent, its
 * own credentials) for every turn and every proactive post, so each reply opened a new connection to the
 * connector: on Azure a TLS handshake per reply. A kept client reuses its keep-alive connections and
 * its credentials' token cache; the token is still checked and renewed by the credentials as before.
 * The same for the user-token client (below).
 */

interface ConnectorFactoryLike {
  create(serviceUrl: string, audience?: string): Promise<unknown>;
}
interface ClaimsLike {
  readonly claims?: readonly { readonly type: string; readonly value: string }[];
}
interface AuthenticationLike {
  authenticateRequest(activity: unknown, authHeader: string): Promise<{ connectorFactory: ConnectorFactoryLike; claimsIdentity: ClaimsLike }>;
  createConnectorFactory(claimsIdentity: ClaimsLike): ConnectorFactoryLike;
  createUserTokenClient?(claimsIdentity: ClaimsLike): Promise<unknown>;
}

/** Service URLs differ only by region in Teams: a handful. The bound only stops a flood of forged ones. */
const MAX_CLIENTS = 64;

/** The claims a connector client's credentials are chosen by (the bot's id in its role as audience or caller). */
const identityKey = (identity: ClaimsLike): string[] => ["aud", "appid", "azp", "ver"].map((t) => identity.claims?.find((c) => c.type === t)?.value ?? "");

/**
 * `prepare`: applied once to each client when it is made (Samverkan's server serialises reply bodies its
 * own way, bot/activity-json.ts; the echo bot of bench/turn-latency.ts keeps core-client's).
 */
export function keepConnectorClients(adapter: CloudAdapter, prepare: <T>(client: T) => T = (client) => client): void {
  const auth = (adapter as unknown as { botFrameworkAuthentication?: AuthenticationLike }).botFrameworkAuthentication;
  if (!auth || typeof auth.authenticateRequest !== "function" || typeof auth.createConnectorFactory !== "function") return;
  const clients = new Map<string, Promise<unknown>>();
  const kept = (factory: ConnectorFactoryLike, identity: ClaimsLike): ConnectorFactoryLike => ({
    create(serviceUrl, audience) {
      const key = JSON.stringify([...identityKey(identity), serviceUrl, audience ?? null]);
      return keptClient(clients, key, () => factory.create(serviceUrl, audience).then(withoutIdlePolicies).then(prepare));
    },
  });
  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = rememberingValidations(async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: kept(result.connectorFactory, result.claimsIdentity) };
  });
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (identity) => kept(createConnectorFactory(identity), identity);
  keepUserTokenClients(auth);
}

/** How long botbuilder's verdict on one token is reused, and for how many tokens at most. */
const VALIDATION_MEMORY_MS = 10 * 60_000;
const VALIDATION_MEMORY_MAX = 1_000;

type Authenticate = AuthenticationLike["authenticateRequest"];

/**
 * botbuilder validates the inbound token again after bot/auth.ts did (a full JWT verification: ~0.3 ms of
 * CPU per request, the second check finds nothing the first did not). Its verdict on a token is kept for
 * VALIDATION_MEMORY_MS, by the exact header (signature included: a forgery never meets a kept verdict)
 * and everything of the activity it reads (channel, service URL, recipient role), so each token is still
 * validated by both checks once, and bot/auth.ts checks every request's claims, key and expiry anyway.
 * Only successes are kept; a request without a token (local mode) is not kept.
 */
function rememberingValidations(authenticate: Authenticate): Authenticate {
  const kept = new Map<string, { readonly at: number; readonly result: ReturnType<Authenticate> }>();
  return (activity, authHeader) => {
    if (!authHeader) return authenticate(activity, authHeader);
    const a = activity as { channelId?: unknown; serviceUrl?: unknown; recipient?: { role?: unknown } } | undefined;
    const key = JSON.stringify([authHeader, a?.channelId ?? null, a?.serviceUrl ?? null, a?.recipient?.role ?? null]);
    const now = Date.now();
    const known = kept.get(key);
    if (known && now - known.at < VALIDATION_MEMORY_MS) return known.result;
    if (kept.size >= VALIDATION_MEMORY_MAX) kept.clear();
    const result = authenticate(activity, authHeader);
    kept.set(key, { at: now, result });
    result.catch(() => {
      if (kept.get(key)?.result === result) kept.delete(key);
    });
    return result;
  };
}

/**
 * Policies of a connector client's HTTP pipeline that do nothing here but cost a tenth of a millisecond
 * of CPU per reply (a sixth of the pipeline's cost): tracing, with no OpenTelemetry tracer installed (its
 * spans record nothing and add no header), and the request log, which writes only when AZURE_LOG_LEVEL is
 * set (then it stays). Everything else (proxy, user agent, credentials, retry, redirect, serialisation) stays.
 */
function idlePolicies(): string[] {
  return ["tracingPolicy", ...(process.env.AZURE_LOG_LEVEL ? [] : ["logPolicy"])];
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
}

function withoutIdlePolicies<T>(client: T): T {
  const pipeline = (client as { client?: { pipeline?: PipelineLike } } | undefined)?.client?.pipeline;
  if (pipeline && typeof pipeline.removePolicy === "function") for (const name of idlePolicies()) pipeline.removePolicy({ name });
  return client;
}

/**
 * The user-token client (OAuth sign-in, unused by this bot but built by CloudAdapter for every turn: a
 * service client with its own HTTP pipeline and credentials) is kept per bot identity as well. It holds
 * no state of a turn: the app id, the credentials (with their token cache) and the OAuth endpoint.
 */
function keepUserTokenClients(auth: AuthenticationLike): void {
  if (typeof auth.createUserTokenClient !== "function") return;
  const create = auth.createUserTokenClient.bind(auth);
  const clients = new Map<string, Promise<unknown>>();
  auth.createUserTokenClient = (identity) => keptClient(clients, JSON.stringify(identityKey(identity)), () => create(identity));
}

/** The client kept under `key`, made when there is none (at most MAX_CLIENTS kept). */
function keptClient(clients: Map<string, Promise<unknown>>, key: string, make: () => Promise<unknown>): Promise<unknown> {
  let client = clients.get(key);
  if (!client) {
    if (clients.size >= MAX_CLIENTS) clients.clear();
    client = make();
    clients.set(key, client);
    // A client that could not be made is not kept: the next turn tries again.
    client.catch(() => clients.delete(key));
  }
  return client;
}
