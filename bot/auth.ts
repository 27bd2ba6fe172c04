import { createPublicKey, verify as verifySignature, type KeyObject } from "node:crypto";
import { z } from "zod";

/**
 * Checks the Bot Connector's token on every request before the adapter sees it, so that every
 * authentication failure is one 401 and one log line (the adapter answers some forged tokens with 500
 * and prints stacks). Only a token signed with a key from the Bot Framework's OpenID metadata (RS256,
 * by key id, endorsed for the activity's channel), issued by the Bot Framework for this bot (audience),
 * for this activity's service URL and not expired passes. The adapter then validates again.
 */

export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
export const BOT_FRAMEWORK_OPENID_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";
/** Clock skew allowed on exp/nbf, as the Bot Framework SDK allows. */
const CLOCK_TOLERANCE_S = 300;
/** Keys are re-read daily; an unknown key id triggers a re-read at most every five minutes. */
const KEYS_MAX_AGE_MS = 24 * 3600_000;
const UNKNOWN_KID_REFRESH_MS = 5 * 60_000;
const ALGORITHMS: Record<string, string> = { RS256: "RSA-SHA256", RS384: "RSA-SHA384", RS512: "RSA-SHA512" };
/** Tokens whose signature this process verified (the connector reuses one token for about an hour). */
const VERIFIED_MAX = 1_000;

export type AuthVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly unavailable?: boolean };

const HeaderSchema = z.object({ alg: z.string(), kid: z.string().min(1), typ: z.string().optional() }).passthrough();
const ClaimsSchema = z
  .object({
    iss: z.string(),
    aud: z.union([z.string(), z.array(z.string())]),
    exp: z.number(),
    nbf: z.number().optional(),
    serviceurl: z.string().optional(),
    serviceUrl: z.string().optional(),
  })
  .passthrough();
const JwkSchema = z.object({ kid: z.string(), kty: z.string(), n: z.string().optional(), e: z.string().optional(), endorsements: z.array(z.string()).optional() }).passthrough();

interface Key {
  readonly key: KeyObject;
  readonly endorsements?: readonly string[];
}

/** A token whose signature was verified with `key`: its parsed claims, checked again on every request. */
interface Verified extends Parsed {
  readonly key: Key;
}

/** A token's header and claims as read, before its signature is checked. */
interface Parsed {
  readonly kid: string;
  /** Node's name of the signature algorithm. */
  readonly algorithm: string;
  readonly claims: z.infer<typeof ClaimsSchema>;
}

function parseToken(token: string): Parsed | { readonly reason: string } {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return { reason: "not a JWT" };
  const header = HeaderSchema.safeParse(b64json(parts[0]!));
  if (!header.success) return { reason: "token header without alg and kid" };
  const algorithm = ALGORITHMS[header.data.alg];
  if (!algorithm) return { reason: `algorithm ${header.data.alg.slice(0, 20)} not allowed` };
  const claims = ClaimsSchema.safeParse(b64json(parts[1]!));
  if (!claims.success) return { reason: "token claims missing or of the wrong type" };
  return { kid: header.data.kid, algorithm, claims: claims.data };
}

function signedWith(token: string, algorithm: string, key: Key): boolean {
  const dot = token.lastIndexOf(".");
  try {
    return verifySignature(algorithm, Buffer.from(token.slice(0, dot)), key.key, Buffer.from(token.slice(dot + 1), "base64url"));
  } catch {
    return false;
  }
}

const b64json = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
};

export interface TokenCheckOptions {
  readonly botId: string;
  readonly openIdMetadataUrl?: string;
  readonly issuer?: string;
  readonly now?: () => number;
}

export class BotTokenCheck {
  private keys = new Map<string, Key>();
  private loadedAt = 0;
  private loading: Promise<void> | undefined;
  /**
   * By the exact token text (signature included): a token signed once is signed on the next request too,
   * so only the signature check (and the parsing) is skipped; claims, key and endorsement are checked on
   * every request. A different signature is a different key here, so a forgery never meets a cached one.
   */
  private readonly verified = new Map<string, Verified>();
  private readonly metadataUrl: string;
  private readonly issuer: string;
  private readonly now: () => number;

  constructor(private readonly options: TokenCheckOptions) {
    this.metadataUrl = options.openIdMetadataUrl ?? BOT_FRAMEWORK_OPENID_METADATA;
    this.issuer = options.issuer ?? BOT_FRAMEWORK_ISSUER;
    this.now = options.now ?? Date.now;
  }

  async check(authorization: unknown, activity: { serviceUrl: string; channelId: string }): Promise<AuthVerdict> {
    if (typeof authorization !== "string" || !authorization.startsWith("Bearer ")) return { ok: false, reason: "no bearer token" };
    const token = authorization.slice(7).trim();
    // One sequence of checks for every request; a token verified before skips only its parsing and, while its key
    // is the one it was verified with, the signature check.
    const seen = this.verified.get(token);
    const read = seen ?? parseToken(token);
    if ("reason" in read) return { ok: false, reason: read.reason };
    const problem = this.claimsProblem(read.claims, activity);
    if (problem) return { ok: false, reason: problem };

    let key: Key | undefined;
    try {
      key = await this.key(read.kid);
    } catch (e) {
      return { ok: false, reason: `signing keys unavailable: ${e instanceof Error ? e.message : String(e)}`, unavailable: true };
    }
    // verified with this very key before; otherwise never, or its key was replaced since (re-read daily or for an unknown id)
    const trusted = seen !== undefined && seen.key === key;
    if (seen && !trusted) this.verified.delete(token);
    if (!key) return { ok: false, reason: "unknown signing key" };
    if (!trusted && !signedWith(token, read.algorithm, key)) return { ok: false, reason: "bad signature" };
    if (!endorsed(key, activity.channelId)) return { ok: false, reason: "key not endorsed for the channel" };
    if (!trusted) {
      if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
      this.verified.set(token, { kid: read.kid, algorithm: read.algorithm, key, claims: read.claims });
    }
    return { ok: true };
  }

  /**
   * The claims, read before the signature is checked: refusing on unverified claims grants nothing, and a
   * token for another bot, issuer or service URL, or an expired one, is a 401 even while the signing keys
   * cannot be loaded (only a token that could be genuine waits for the keys: 503).
   */
  private claimsProblem(c: z.infer<typeof ClaimsSchema>, activity: { serviceUrl: string }): string | undefined {
    const nowS = this.now() / 1000;
    if (c.iss !== this.issuer) return "wrong issuer";
    const audiences = Array.isArray(c.aud) ? c.aud : [c.aud];
    if (!audiences.includes(this.options.botId)) return "wrong audience";
    if (c.exp + CLOCK_TOLERANCE_S < nowS) return "expired";
    if (c.nbf !== undefined && c.nbf - CLOCK_TOLERANCE_S > nowS) return "not yet valid";
    if ((c.serviceurl ?? c.serviceUrl) !== activity.serviceUrl) return "service URL does not match the token";
    return undefined;
  }

  private async key(kid: string): Promise<Key | undefined> {
    const age = this.now() - this.loadedAt;
    if (age > KEYS_MAX_AGE_MS || (!this.keys.has(kid) && age > UNKNOWN_KID_REFRESH_MS)) {
      this.loading ??= this.load().finally(() => (this.loading = undefined));
      await this.loading;
    }
    return this.keys.get(kid);
  }

  private async load(): Promise<void> {
    const metadata = z.object({ jwks_uri: z.string().url() }).passthrough().parse(await getJson(this.metadataUrl));
    const jwks = z.object({ keys: z.array(z.unknown()) }).parse(await getJson(metadata.jwks_uri));
    const keys = new Map<string, Key>();
    for (const raw of jwks.keys) {
      const jwk = JwkSchema.safeParse(raw);
      if (!jwk.success || jwk.data.kty !== "RSA" || !jwk.data.n || !jwk.data.e) continue;
      try {
        const key = createPublicKey({ key: { kty: "RSA", n: jwk.data.n, e: jwk.data.e }, format: "jwk" });
        keys.set(jwk.data.kid, { key, ...(jwk.data.endorsements ? { endorsements: jwk.data.endorsements } : {}) });
      } catch {
        /* not a usable RSA key: skipped */
      }
    }
    this.keys = keys;
    this.loadedAt = this.now();
  }
}

const endorsed = (key: Key, channelId: string) => !key.endorsements || key.endorsements.length === 0 || key.endorsements.includes(channelId);

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}
