import { loadConfig } from "../../../src/config/config";
import { systemClock } from "../../../src/domain/clock";
import { openStore, type Store } from "../../../src/storage/store";
import { CosmosConversationRepository } from "../../../src/conversations/cosmos-conversation-repository";
import { tempDir } from "../../support/harness";

/**
 * Two instances of the bot (two repositories over one container): what one holds in its cache is only a
 * shortcut; a change made by the other is never overwritten (guarded by the ETag, re-read on 412).
 */
describe("conversation repository across instances", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(loadConfig({ DATA_DIR: tempDir() }), { owner: "bot" });
  }, 120_000);
  afterAll(() => store?.close(), 60_000);

  const seen = (language?: "sv" | "en") => ({
    tenantId: "t",
    conversationId: "a:one",
    kind: "personal" as const,
    userId: "u",
    reference: { serviceUrl: "http://x", channelId: "msteams", conversation: { id: "a:one" } },
    ...(language ? { language } : {}),
  });

  it("stores the detected language only when it changes, and never loses another instance's write", async () => {
    const a = new CosmosConversationRepository(store.container("conversations"), systemClock);
    const b = new CosmosConversationRepository(store.container("conversations"), systemClock);
    await a.remember(seen("sv"));
    const first = await a.get("t", "a:one");
    await a.remember(seen("sv"));
    await a.remember(seen());
    expect(((await a.get("t", "a:one")) as { _etag?: string })._etag).toBe((first as { _etag?: string })._etag); // nothing written
    await b.remember(seen("en")); // the other instance: its own read, its write
    // Only the language changed: a answers from its memo at once and writes later (here: settle). Its
    // cached copy is stale: the replace gets 412, it reads again and finds nothing to change.
    await a.remember(seen("en"));
    expect(await a.lastLanguage("t", "a:one")).toBe("en");
    await a.settle();
    expect((await b.get("t", "a:one"))?.language).toBe("en");
    await b.remember(seen("sv")); // b's copy is current: deferred, then one replace
    const before = await a.get("t", "a:one");
    expect(before?.language).toBe("en"); // not in the turn
    await b.settle();
    expect((await a.get("t", "a:one"))?.language).toBe("sv");
  });

  it("writes a deferred language once, however often it changed, and never into a removed conversation", async () => {
    const a = new CosmosConversationRepository(store.container("conversations"), systemClock);
    const two = { ...seen("sv"), conversationId: "a:two", reference: { ...seen().reference, conversation: { id: "a:two" } } };
    await a.remember(two);
    const first = (await a.get("t", "a:two")) as { _etag?: string; _ts?: number };
    for (const language of ["en", "sv", "en"] as const) await a.remember({ ...two, language });
    expect(((await a.get("t", "a:two")) as { _etag?: string })._etag).toBe(first._etag);
    await a.settle();
    expect((await a.get("t", "a:two"))?.language).toBe("en");
    await a.remember({ ...two, language: "sv" });
    await a.markInactive("t", "a:two");
    await a.settle();
    expect(await a.get("t", "a:two")).toMatchObject({ active: false, language: "en" });
  });

  it("keeps both settings when two instances change different ones", async () => {
    const a = new CosmosConversationRepository(store.container("conversations"), systemClock);
    const b = new CosmosConversationRepository(store.container("conversations"), systemClock);
    expect(await a.userSettings("t", "p")).toBeUndefined(); // a caches "no settings"
    await b.updateUserSettings("t", "p", { language: "en" }); // b creates them
    await a.updateUserSettings("t", "p", { organizationId: "vgr" }); // a's create conflicts: read, merge
    expect(await b.userSettings("t", "p")).toMatchObject({ language: "en" });
    const fresh = new CosmosConversationRepository(store.container("conversations"), systemClock);
    expect(await fresh.userSettings("t", "p")).toMatchObject({ language: "en", organizationId: "vgr" });
    await b.updateUserSettings("t", "p", { language: "sv" }); // b's cached copy is stale: 412, read again
    expect(await fresh.userSettings("t", "p")).toMatchObject({ organizationId: "vgr" });
    const again = new CosmosConversationRepository(store.container("conversations"), systemClock);
    expect(await again.userSettings("t", "p")).toMatchObject({ language: "sv", organizationId: "vgr" });
  });

  it("answers with a noted organisation at once, writes it once after the turn, and never loses a setting beside it", async () => {
    const a = new CosmosConversationRepository(store.container("conversations"), systemClock);
    const b = new CosmosConversationRepository(store.container("conversations"), systemClock);
    const stored = () => new CosmosConversationRepository(store.container("conversations"), systemClock).userSettings("t", "q");
    expect(await a.userSettings("t", "q")).toBeUndefined();
    for (const org of ["vgr", "vastmanland", "sormland"]) a.noteOrganization("t", "q", org);
    expect(await a.userSettings("t", "q")).toMatchObject({ organizationId: "sormland" }); // this process: at once
    expect(await stored()).toBeUndefined(); // not written in the turn
    await b.updateUserSettings("t", "q", { language: "en" }); // another instance meanwhile
    await a.settle(); // what a stop (or the timer) does: one write, merged with b's by the ETag
    expect(await stored()).toMatchObject({ language: "en", organizationId: "sormland" });
    // an explicit change takes a pending organisation along (no second write, nothing lost)
    a.noteOrganization("t", "q", "vgr");
    await a.updateUserSettings("t", "q", { language: "sv" });
    expect(await stored()).toMatchObject({ language: "sv", organizationId: "vgr" });
    await a.settle();
    expect(await stored()).toMatchObject({ language: "sv", organizationId: "vgr" });
  });

  it("writes a noted organisation by itself a short while after the turn", async () => {
    const a = new CosmosConversationRepository(store.container("conversations"), systemClock);
    a.noteOrganization("t", "r", "vgr");
    const fresh = () => new CosmosConversationRepository(store.container("conversations"), systemClock).userSettings("t", "r");
    const deadline = Date.now() + 30_000;
    while (!(await fresh())?.organizationId && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await fresh()).toMatchObject({ organizationId: "vgr" });
  });

  it("shows a hint while it is written, and an organisation picked meanwhile wins over it", async () => {
    const a = new CosmosConversationRepository(store.container("conversations"), systemClock);
    const stored = () => new CosmosConversationRepository(store.container("conversations"), systemClock).userSettings("t", "s");
    expect(await a.userSettings("t", "s")).toBeUndefined();
    a.noteOrganization("t", "s", "vgr");
    const settling = a.settle();
    expect(await a.userSettings("t", "s")).toMatchObject({ organizationId: "vgr" }); // during the write
    await settling;
    expect(await stored()).toMatchObject({ organizationId: "vgr" });
    a.noteOrganization("t", "s", "sormland");
    await a.updateUserSettings("t", "s", { organizationId: "vastmanland" }); // a pick on a card
    expect(await a.userSettings("t", "s")).toMatchObject({ organizationId: "vastmanland" });
    await a.settle();
    expect(await stored()).toMatchObject({ organizationId: "vastmanland" });
  });
});
