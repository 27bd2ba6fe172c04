import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../../src/config/config";
import { openStore } from "../../../src/storage/store";
import { mutateDoc, readDoc, UNCHANGED, createOnce } from "../../../src/storage/documents";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-store-"));

describe("embedded store", () => {
  it("guards read-modify-write with the ETag and survives a restart through the snapshot", async () => {
    const dataDir = tmp();
    const config = loadConfig({ DATA_DIR: dataDir });
    const store = await openStore(config, { owner: "bot" });
    const c = store.container("work");
    type Counter = { id: string; groupId: string; type: string; n: number };
    await Promise.all(
      Array.from({ length: 10 }, () =>
        mutateDoc<Counter>(c, "counter", "g1", (cur) => ({ id: "counter", groupId: "g1", type: "counter", n: (cur?.n ?? 0) + 1 }), 50),
      ),
    );
    expect((await readDoc<Counter>(c, "counter", "g1"))?.n).toBe(10);
    expect((await mutateDoc<Counter>(c, "counter", "g1", () => UNCHANGED)).kind).toBe("unchanged");
    expect(await createOnce(c, { id: "x", groupId: "g1" })).toBe(true);
    expect(await createOnce(c, { id: "x", groupId: "g1" })).toBe(false);
    const stale = await readDoc<Counter>(c, "counter", "g1");
    await c.item("counter", "g1").replace({ ...stale!, n: 99 });
    await expect(
      c.item("counter", "g1").replace({ ...stale!, n: 100 }, { accessCondition: { type: "IfMatch", condition: stale!._etag! } }),
    ).rejects.toMatchObject({ code: 412 });
    await store.close();

    const again = await openStore(config, { owner: "bot" });
    expect((await readDoc<Counter>(again.container("work"), "counter", "g1"))?.n).toBe(99);
    await again.close();
  });

  it("lets the CLI attach to the running owner and refuses a second owner", async () => {
    const dataDir = tmp();
    const config = loadConfig({ DATA_DIR: dataDir });
    const bot = await openStore(config, { owner: "bot" });
    await bot.container("conversations").items.create({ id: "a", tenantId: "t" });
    const cli = await openStore(config, { owner: "cli" });
    expect(cli.mode).toBe("attached");
    expect((await readDoc(cli.container("conversations"), "a", "t"))).toBeDefined();
    await cli.close();
    await expect(openStore(config, { owner: "bot" })).rejects.toThrow(/in use/);
    await bot.close();
  });
});
