import { ConfigError, loadConfig } from "../../../src/config/config";

describe("configuration", () => {
  it("has local defaults", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.host).toBe("127.0.0.1");
    expect(c.timeZone).toBe("Europe/Stockholm");
    expect(c.dataDir).toBe(".data");
    expect(c.bot).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
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
