import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CONTAINERS } from "../../src/storage/model";
import { CONTAINERS_JSON_PATH, containersDocument, containersJson, writeContainersJson } from "../../src/storage/export-containers";
import { ROOT } from "./bicep-text";

describe("infra/cosmos-containers.json", () => {
  it("is current: equals what src/storage/model.ts generates (run `npm run infra:containers`)", () => {
    const committed = fs.readFileSync(path.join(ROOT, CONTAINERS_JSON_PATH), "utf8");
    expect(committed).toBe(containersJson());
  });

  it("holds every container with its partition key and indexing policy, and nothing else", () => {
    const doc = JSON.parse(fs.readFileSync(path.join(ROOT, CONTAINERS_JSON_PATH), "utf8")) as ReturnType<typeof containersDocument>;
    expect(doc.containers.map((c) => c.id)).toEqual(CONTAINERS.map((c) => c.id));
    for (const def of CONTAINERS) {
      const c = doc.containers.find((x) => x.id === def.id)!;
      expect(Object.keys(c).sort()).toEqual(["defaultTtl", "id", "indexingPolicy", "partitionKey"]);
      expect(c.partitionKey).toBe(def.partitionKey);
      // TTL on in every container, so documents that carry a `ttl` expire (outbox items once sent, questions).
      expect(c.defaultTtl).toBe(-1);
      expect(c.indexingPolicy).toEqual(JSON.parse(JSON.stringify(def.indexingPolicy)));
    }
    expect(Object.fromEntries(doc.containers.map((c) => [c.id, c.partitionKey]))).toEqual({
      catalog: "/organizationId",
      work: "/groupId",
      conversations: "/tenantId",
      outbox: "/queue",
      leases: "/id",
    });
  });

  it("the generator writes the file under a given root", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "containers-"));
    const file = writeContainersJson(dir);
    expect(file).toBe(path.join(dir, "infra", "cosmos-containers.json"));
    expect(fs.readFileSync(file, "utf8")).toBe(containersJson());
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
