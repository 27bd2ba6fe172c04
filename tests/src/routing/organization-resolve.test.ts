import { Router } from "../../../src/routing/router";
import type { Catalog } from "../../../src/catalog/schema";
import { sampleCatalog } from "./sample-catalog";

/** The sample catalog with one more alias on one organisation (a new catalog version, as a secretary's edit makes). */
function withAlias(orgId: string, alias: string): Catalog {
  const c = sampleCatalog(2);
  return { ...c, organizations: c.organizations.map((o) => (o.id === orgId ? { ...o, aliases: [...o.aliases, alias] } : o)) };
}

describe("an organisation resolved from a given or remembered name", () => {
  it("is the current catalog's: the names kept for resolving belong to the router of that catalog version", () => {
    // the same alias on another organisation in the next catalog version: a lookup kept across catalogs answers the old one
    const before = new Router(withAlias("vgr", "Norrstad"));
    expect(before.resolveOrganization("Norrstad")).toBe("vgr");
    const after = new Router(withAlias("vastmanland", "Norrstad"));
    expect(after.resolveOrganization("Norrstad")).toBe("vastmanland");
    expect(after.resolveOrganization("norrstad")).toBe("vastmanland");
    expect(before.resolveOrganization("Norrstad")).toBe("vgr");
  });

  it("is the first organisation that writes the name, by id, name or alias, folded", () => {
    const router = new Router(sampleCatalog());
    for (const o of sampleCatalog().organizations) {
      expect(router.resolveOrganization(o.id)).toBe(o.id);
      expect(router.resolveOrganization(o.name.toUpperCase())).toBe(o.id);
    }
    expect(router.resolveOrganization("")).toBeUndefined();
    expect(router.resolveOrganization("ingen sådan organisation")).toBeUndefined();
  });
});
