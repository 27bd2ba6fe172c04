import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../../../src/config/config";
import { openStore, type Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { compose } from "../../../src/compose";
import { cardRenderers } from "../../../cards/renderers";
import { ensureSampleCatalog } from "../../../src/catalog/ingest";
import type { Actor } from "../../../src/agenda/schema";
import type { Clock } from "../../../src/domain/clock";

/** The people and the composed services the digest tests share: the real store, the sample catalog, Stockholm time. */
export const admin: Actor = { userId: "aad-admin", aadObjectId: "aad-admin", name: "Admin", isAdmin: true };
export const chair: Actor = { userId: "aad-chair", aadObjectId: "aad-chair", name: "Carl", isAdmin: false };
export const anna: Actor = { userId: "aad-anna", aadObjectId: "aad-anna", name: "Anna", isAdmin: false };

export const settableClock = (iso: string) => ({ at: new Date(iso), now() { return new Date(this.at.getTime()); } }) satisfies Clock & { at: Date };

export const must = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

export async function openDigestServices(prefix: string, clock: Clock): Promise<{ store: Store; s: Services }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const config = loadConfig({ DATA_DIR: dataDir, TIME_ZONE: "Europe/Stockholm", LOG_LEVEL: "silent" });
  const store = await openStore(config, { owner: "bot" });
  const s = compose({ config, clock, store, logger: pino({ level: "silent" }) }, cardRenderers);
  await ensureSampleCatalog(s);
  return { store, s };
}
