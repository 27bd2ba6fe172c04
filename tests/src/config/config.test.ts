import * as path from "node:path";
import { ConfigError, loadConfig } from "../../../src/config/config";
import { projectRoot } from "../../../src/paths";

describe("configuration", () => {
  it("has local defaults", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.host).toBe("127.0.0.1");
    expect(c.timeZone).toBe("Europe/Stockholm");
    expect(c.dataDir).toBe(path.join(projectRoot(), ".data"));
    expect(c.bot).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("DATA_DIR: the project's .data by default from any folder; a given one relative to the current folder", () => {
    const cwd = process.cwd();
    try {
      process.chdir(path.join(projectRoot(), "src", "config"));
      expect(loadConfig({}).dataDir).toBe(path.join(projectRoot(), ".data"));
      expect(loadConfig({ DATA_DIR: "" }).dataDir).toBe(path.join(projectRoot(), ".data"));
      expect(loadConfig({ DATA_DIR: "x/y" }).dataDir).toBe(path.join(projectRoot(), "src", "config", "x", "y"));
      expect(loadConfig({ DATA_DIR: "/tmp/samverkan-z" }).dataDir).toBe("/tmp/samverkan-z");
    } finally {
      process.chdir(cwd);
    }
  });

  it("accepts ids that are not UUIDs and splits lists", () => {
    const c = loadConfig({ ADMIN_IDS: "user-1, aad-2;x", ALLOWED_TENANTS: "local" });
    expect(c.adminIds).toEqual(["user-1", "aad-2", "x"]);
    expect(c.allowedTenants).toEqual(["local"]);
  });

  it("refuses SAMVERKAN_NOW when BOT_ID is set and lists every problem at once", () => {
    try {
      loadConfig({ BOT_ID: "abc", SAMVERKAN_NOW: "2027-02-01T08:00:00Z", PORT: "-1" });
      throw new Error("expected a ConfigError");
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join("\n");
      expect(problems).toMatch(/SAMVERKAN_NOW/);
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/BOT_PASSWORD/);
    }
  });

  it("supports the managed identity bot type without a password", () => {
    const c = loadConfig({ BOT_ID: "abc", BOT_TYPE: "UserAssignedMSI", BOT_TENANT_ID: "t", COSMOS_ENDPOINT: "https://x.documents.azure.com:443/", AZURE_CLIENT_ID: "id" });
    expect(c.bot?.type).toBe("UserAssignedMSI");
    expect(c.host).toBe("0.0.0.0");
  });

  it("fixes the clock from SAMVERKAN_NOW locally", () => {
    expect(loadConfig({ SAMVERKAN_NOW: "2027-02-01T08:00:00+01:00" }).fixedNow?.toISOString()).toBe("2027-02-01T07:00:00.000Z");
  });
});
