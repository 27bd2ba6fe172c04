import type { Attachment } from "botbuilder";
import type { FileFetchCode } from "../../src/catalog/upload";
import { MAX_FILE_BYTES } from "../../src/catalog/readers/read-mandate";

/**
 * The file a person sent the bot in Teams. Teams delivers a file in personal chat as an attachment of
 * type `application/vnd.microsoft.teams.file.download.info` whose `content.downloadUrl` is a short-lived,
 * pre-authorised SharePoint/OneDrive link. Only that attachment type is ever fetched, only from Microsoft
 * hosts (or this machine, when the bot runs locally without credentials), over HTTPS, with a size limit, a
 * time limit and redirects checked hop by hop. Callers check the person's rights before fetching.
 */

export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

export interface SentFile {
  readonly name: string;
  readonly downloadUrl: string;
  readonly fileType?: string;
}

/** Attachments that are files (not cards, not the HTML copy of the message text). */
export function fileAttachments(attachments: readonly Attachment[] | undefined): Attachment[] {
  return (attachments ?? []).filter((a) => {
    const type = String(a.contentType ?? "");
    if (type === FILE_DOWNLOAD_INFO || type.startsWith("application/vnd.microsoft.teams.file")) return true;
    if (type.startsWith("application/vnd.microsoft.card") || type === "text/html" || type === "text/plain") return false;
    return !!a.contentUrl || !!a.name;
  });
}

/** The downloadable file in an attachment, when it is the kind Teams uses for files sent to a bot. */
export function sentFileOf(a: Attachment): SentFile | undefined {
  if (a.contentType !== FILE_DOWNLOAD_INFO) return undefined;
  const c = (a.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
  if (typeof c.downloadUrl !== "string" || c.downloadUrl.length > 4000) return undefined;
  const name = typeof a.name === "string" && a.name.trim() ? a.name.trim().slice(0, 200) : "uppdragsbeskrivning";
  return { name, downloadUrl: c.downloadUrl, ...(typeof c.fileType === "string" ? { fileType: c.fileType.slice(0, 20) } : {}) };
}

const MICROSOFT_HOSTS = /(^|\.)(sharepoint\.com|sharepoint-df\.com|sharepoint\.us|sharepoint\.de|sharepoint\.cn|sharepoint-mil\.us|svc\.ms|microsoft\.com|office\.net)$/i;
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])$/i;

/** May the bot fetch this URL? `local`: the bot runs without Bot Framework credentials (dev, tests). */
export function mayFetch(url: string, local: boolean): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === "https:" && MICROSOFT_HOSTS.test(u.hostname)) return true;
  return local && LOOPBACK.test(u.hostname) && (u.protocol === "http:" || u.protocol === "https:");
}

export type Fetched = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly code: FileFetchCode };

export interface FetchLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly local: boolean;
}

export const DEFAULT_FETCH_LIMITS: Omit<FetchLimits, "local"> = { maxBytes: MAX_FILE_BYTES, timeoutMs: 20_000 };

/** Reads a response body up to `max` bytes; undefined when it is longer. */
async function bodyUpTo(res: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(res.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function fetchSentFile(file: SentFile, limits: FetchLimits): Promise<Fetched> {
  let url = file.downloadUrl;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hop = 0; hop < 4; hop++) {
      if (!mayFetch(url, limits.local)) return { ok: false, code: "DOWNLOAD_NOT_ALLOWED" };
      const res = await fetch(url, { redirect: "manual", signal, headers: { accept: "*/*" } });
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        await res.body?.cancel().catch(() => undefined);
        url = new URL(res.headers.get("location")!, url).toString();
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, code: "DOWNLOAD_FAILED" };
      }
      const bytes = await bodyUpTo(res, limits.maxBytes);
      return bytes ? { ok: true, bytes } : { ok: false, code: "DOWNLOAD_TOO_LARGE" };
    }
    return { ok: false, code: "DOWNLOAD_FAILED" };
  } catch (e) {
    const name = (e as Error).name;
    return { ok: false, code: name === "TimeoutError" || name === "AbortError" ? "DOWNLOAD_TIMEOUT" : "DOWNLOAD_FAILED" };
  }
}
