import { entryById, entryName } from "../../../src/catalog/lookup";
import type { Catalog, GroupRecord } from "../../../src/catalog/schema";

const entry = (id: string, name: string) => ({ id, name }) as GroupRecord;

describe("entryById / entryName: the one lookup of a catalog entry by id", () => {
  it("finds by exact id, answers undefined (or the fallback name) otherwise", () => {
    const catalog = { entries: [entry("a:x", "X-gruppen"), entry("b:y", "Y-rådet")] } as Pick<Catalog, "entries">;
    expect(entryById(catalog, "b:y")?.name).toBe("Y-rådet");
    expect(entryById(catalog, "B:Y")).toBeUndefined();
    expect(entryById(catalog, undefined)).toBeUndefined();
    expect(entryName(catalog, "a:x")).toBe("X-gruppen");
    expect(entryName(catalog, "c:z")).toBe("c:z");
    expect(entryName(catalog, "c:z", "okänd")).toBe("okänd");
  });

  it("sees entries added after a first lookup (a catalog being built)", () => {
    const entries = [entry("a:x", "X")];
    const catalog = { entries } as Pick<Catalog, "entries">;
    expect(entryById(catalog, "a:y")).toBeUndefined();
    entries.push(entry("a:y", "Y"));
    expect(entryById(catalog, "a:y")?.name).toBe("Y");
  });
});
