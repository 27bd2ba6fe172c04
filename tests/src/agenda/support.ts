import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../../src/config/config";
import type { Clock } from "../../../src/domain/clock";
import { openStore, type Store } from "../../../src/storage/store";
import { AgendaService } from "../../../src/agenda/agenda-service";
import { CosmosAgendaRepository } from "../../../src/agenda/cosmos-agenda-repository";
import type { Actor } from "../../../src/agenda/schema";

export interface MovableClock extends Clock {
  set(iso: string): void;
}

export function movableClock(iso: string): MovableClock {
  let t = Date.parse(iso);
  return { now: () => new Date(t), set: (s: string) => void (t = Date.parse(s)) };
}

export interface Fixture {
  readonly store: Store;
  readonly clock: MovableClock;
  readonly agenda: AgendaService;
  readonly dataDir: string;
}

export const KNOWN_GROUPS = new Set(["g-a", "g-b", "g-c"]);

export async function openFixture(now = "2026-03-02T09:00:00Z"): Promise<Fixture> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-agenda-"));
  const config = loadConfig({ DATA_DIR: dataDir, TIME_ZONE: "Europe/Stockholm" });
  const store = await openStore(config, { owner: "bot" });
  const clock = movableClock(now);
  const agenda = new AgendaService(new CosmosAgendaRepository(store.container("work")), clock, {
    timeZone: config.timeZone,
    groupExists: async (g) => KNOWN_GROUPS.has(g),
  });
  return { store, clock, agenda, dataDir };
}

export const admin: Actor = { userId: "admin-1", aadObjectId: "admin-1", name: "Ada Admin", isAdmin: true };
export const person = (id: string, name = id): Actor => ({ userId: id, aadObjectId: id, teamsId: `29:${id}`, tenantId: "t1", name, isAdmin: false });
export const chair = person("chair-1", "Cecilia Chair");
export const secretary = person("sec-1", "Sara Sekreterare");
export const member = person("mem-1", "Mats Medlem");
export const outsider = person("out-1", "Olle Utomstående");
export const submitter = person("sub-1", "Anna Anmälare");

/** Chair and secretary (by the admin) and a member (by the chair) in a group. */
export async function seedRoles(f: Fixture, groupId: string, who: { chair?: Actor; secretary?: Actor } = {}): Promise<void> {
  const c = who.chair ?? chair;
  const s = who.secretary ?? secretary;
  const ok = (r: { ok: boolean }) => {
    if (!r.ok) throw new Error(JSON.stringify(r));
  };
  ok(await f.agenda.assignRole(admin, groupId, "chair", { aadObjectId: c.aadObjectId, teamsId: c.teamsId, name: c.name, tenantId: "t1" }));
  ok(await f.agenda.assignRole(admin, groupId, "secretary", { aadObjectId: s.aadObjectId, teamsId: s.teamsId, name: s.name, tenantId: "t1" }));
  ok(await f.agenda.assignRole(c, groupId, "member", { aadObjectId: member.aadObjectId, name: member.name, region: "Västmanland" }));
}
