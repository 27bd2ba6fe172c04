/*
 * The load of bench:soak, as users make it: routing questions as chat turns over HTTP (`concurrency` at
 * once, 300 users in 5 tenants, every 20th followed by a "Fel grupp?" report through its card action), and
 * approvals as card clicks (minutes.approve) by 10 approvers on minutes posted to a home channel, 4
 * minutes at a time (meetings and minutes are prepared through the services, as the CLI does).
 */
import pino from "pino";
import { loadConfig } from "../src/config/config";
import { fixedClock, systemClock } from "../src/domain/clock";
import { openStore } from "../src/storage/store";
import { compose } from "../src/compose";
import { cardRenderers } from "../cards/renderers";
import type { Actor } from "../src/domain/actor";
import type { FakeConnector } from "../tests/support/fake-connector";
import { activity, post } from "../tests/support/harness";
import type { Child } from "./soak-start";

export const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
export const CHANNEL = "19:soak@thread.tacv2";
export const APPROVERS = 10;
export const ROUTE_QUESTION = "Vem ansvarar för samordning av utskrivning från slutenvården i Västmanland?";
const TOPICS = ["utskrivning från slutenvården", "kompetensförsörjning", "läkemedelsförsörjning", "psykiatri för barn och unga", "ambulanssjukvård", "digitala vårdtjänster", "hjälpmedel", "missbruksvård", "primärvårdens uppdrag", "vårdhygien", "cancervård", "tandvård för äldre"];
const PLACES = ["", " i Västmanland", " i regionen", " i sjukvårdsregionen", " för kommunerna"];
const MINUTES = `# Protokoll
Närvarande: Sara Sekreterare

## 1. Mötets öppnande
Ordföranden öppnade mötet.

## 2. Gemensam rutin för utskrivning
Gruppen diskuterade rutinen för utskrivning från slutenvården och hur den ska följas upp under året.
Beslut: Rutinen antas.
`;
export const approver = (k: number) => ({ userId: `29:adj-${k}`, aadObjectId: `aad-adj-${k}`, userName: `Justerare ${k}`, tenantId: "tenant-1" });

/** The warm-up that is part of "fresh": the home channel, every approver known to the bot, 20 questions, one approval round. */
export async function warmUp(dataDir: string, bot: () => Child, connector: FakeConnector): Promise<void> {
  const channel = { conversationType: "channel" as const, conversationId: CHANNEL, channelData: { channel: { id: CHANNEL }, team: { id: "19:soak-team@thread.tacv2" } }, locale: "sv-SE", aadObjectId: "aad-admin" };
  await post(bot(), activity(connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", ...channel }));
  for (let k = 0; k < APPROVERS; k++) await post(bot(), activity(connector, { text: "hjälp", ...approver(k) }));
  const far = Date.now() + 3_600_000;
  await questions(bot, connector, 20, far);
  await approvals(dataDir, bot, connector, APPROVERS, far);
}

export async function questions(bot: () => Child, connector: FakeConnector, n: number, deadline: number, concurrency = 8): Promise<number> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n && Date.now() < deadline; i = next++) {
        const who = { userId: `29:user-${i % 300}`, aadObjectId: `aad-user-${i % 300}`, userName: `Användare ${i % 300}`, tenantId: `tenant-${i % 5}`, locale: "sv-SE" };
        const text = `Vem ansvarar för ${TOPICS[i % TOPICS.length]}${PLACES[(i >> 3) % PLACES.length]}? (${i})`;
        const r = await post(bot(), activity(connector, { text, ...who }));
        if (r.status >= 300) throw new Error(`question ${i}: ${r.status}`);
        if (i % 20 === 19) {
          const data = { question: text, status: "owner", ownerId: GROUP, candidateIds: GROUP, correctGroupId: GROUP, lang: "sv", comment: "Fel grupp enligt mig" };
          const f = await post(bot(), activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, value: { action: { type: "Action.Execute", verb: "routing.feedback", data }, trigger: "manual" } }));
          if (f.status >= 300) throw new Error(`feedback ${i}: ${f.status}`);
        }
        done++;
        if (done % 500 === 0) connector.reset(); // the fake connector keeps what it receives
      }
    }),
  );
  return done;
}

/** `firstRound`: where this call's meetings start (a day each, back from today): calls on one DATA_DIR after the warm-up's each take their own days. */
export async function approvals(dataDir: string, bot: () => Child, connector: FakeConnector, n: number, deadline: number, firstRound = 0): Promise<number> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const store = await openStore(config, { owner: "cli" });
  const s = compose({ config, clock: systemClock, store, logger: pino({ level: "silent" }) }, cardRenderers);
  // Approval is asked for after a meeting is held, and meetings are planned ahead: plan them a year back.
  const planner = compose({ config, clock: fixedClock(new Date(Date.now() - 365 * 86_400_000)), store, logger: pino({ level: "silent" }) }, cardRenderers);
  const admin: Actor = { userId: "cli:bench", name: "bench", isAdmin: true };
  let done = 0;
  try {
    for (let k = 0; k < APPROVERS; k++) await s.agenda.assignRole(admin, GROUP, "adjuster", { aadObjectId: approver(k).aadObjectId, name: approver(k).userName, tenantId: "tenant-1" } as never);
    const rounds = Math.ceil(n / APPROVERS);
    let nextRound = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let m = nextRound++; m < rounds && Date.now() < deadline; m = nextRound++) {
          const at = new Date(Date.now() - (firstRound + m + 2) * 86_400_000).toISOString().slice(0, 11) + "13:00";
          const meeting = await planner.agenda.createMeeting(admin, GROUP, { at });
          if (!meeting.ok) throw new Error(`meeting: ${JSON.stringify(meeting)}`);
          const loaded = await s.minutes.load(admin, meeting.meeting.id, MINUTES, { via: "cli" });
          if (!loaded.ok) throw new Error(`minutes: ${JSON.stringify(loaded)}`);
          const requested = await s.minutes.request(admin, GROUP, loaded.minutes.id, "cli");
          if (!requested.ok) throw new Error(`request: ${JSON.stringify(requested)}`);
          for (let k = 0; k < APPROVERS && m * APPROVERS + k < n; k++) {
            const data = { groupId: GROUP, minutesId: loaded.minutes.id, version: loaded.minutes.version };
            const r = await post(bot(), activity(connector, { type: "invoke", name: "adaptiveCard/action", ...approver(k), locale: "sv-SE", value: { action: { type: "Action.Execute", verb: "minutes.approve", data }, trigger: "manual" } }));
            if (r.status >= 300 || !/godkän|approv/i.test(JSON.stringify(r.body))) throw new Error(`approval ${m}/${k}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
            done++;
          }
        }
      }),
    );
  } finally {
    await store.close();
  }
  return done;
}
