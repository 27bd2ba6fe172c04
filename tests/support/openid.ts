import { createHmac, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local Bot Framework OpenID endpoint (metadata + JWKS) and a token minter, so authentication is tested
 * with real signatures and no network: the bot's token check and the adapter both read these keys.
 */
export interface LocalOpenId {
  readonly metadataUrl: string;
  readonly kid: string;
  readonly publicKeyPem: string;
  /** A token signed with the published key, with these claims (defaults: a valid channel token). */
  token(claims?: Record<string, unknown>, header?: Record<string, unknown>): string;
  /** A token with any header, signed by `signer` (or unsigned). */
  forge(header: Record<string, unknown>, claims: Record<string, unknown>, signer: (data: string) => string): string;
  readonly otherKey: KeyObject;
  close(): Promise<void>;
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

export async function startLocalOpenId(defaults: { botId: string; serviceUrl: string; channelId?: string }): Promise<LocalOpenId> {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = "samverkan-test-key";
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, kty: "RSA", use: "sig", endorsements: [defaults.channelId ?? "msteams"] };
  let url = "";
  const server = http.createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/.well-known/openidconfiguration") res.end(JSON.stringify({ issuer: "https://api.botframework.com", jwks_uri: `${url}/keys`, id_token_signing_alg_values_supported: ["RS256"] }));
    else if (req.url === "/keys") res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const now = () => Math.floor(Date.now() / 1000);
  const baseClaims = () => ({ iss: "https://api.botframework.com", aud: defaults.botId, serviceurl: defaults.serviceUrl, nbf: now() - 60, exp: now() + 3600 });
  const forge = (header: Record<string, unknown>, claims: Record<string, unknown>, signer: (data: string) => string) => {
    const data = `${b64(header)}.${b64(claims)}`;
    return `${data}.${signer(data)}`;
  };
  return {
    metadataUrl: `${url}/.well-known/openidconfiguration`,
    kid,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    otherKey: other.privateKey,
    forge,
    token: (claims = {}, header = {}) =>
      forge({ alg: "RS256", typ: "JWT", kid, ...header }, { ...baseClaims(), ...claims }, (d) => sign("RSA-SHA256", Buffer.from(d), privateKey).toString("base64url")),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export const hmac = (secret: string) => (data: string) => createHmac("sha256", secret).update(data).digest("base64url");
export const rsa = (key: KeyObject) => (data: string) => sign("RSA-SHA256", Buffer.from(data), key).toString("base64url");
