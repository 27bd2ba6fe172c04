import { sampleCatalog } from "../../../src/catalog/ingest";
import { findConcreteGroup, findGroup } from "../../../src/catalog/lookup";
import { fixedClock } from "../../../src/domain/clock";
import { abbreviationSpeller, spellOutAbbreviations } from "../../../src/routing/spell-out";

/** Groups named in commands by the abbreviations people say (forkortningar.yaml), which no mandate writes. */
const catalog = sampleCatalog(fixedClock(new Date("2026-11-23T12:00:00Z")));
const id = (q: string) => {
  const r = findGroup(catalog, q, spellOutAbbreviations);
  return r.ok ? r.entry.id : r.code;
};

describe("a group named by its abbreviation", () => {
  it.each([
    ["VCG", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["grupp VCG", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["vcg:n", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["LG", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["LG:s", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["BFM", "vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["KLG HoS", "vgr:koncernledning-halso-och-sjukvard"],
    ["PPR", "vgr:program-och-prioriteringsradet"],
  ])("%s → %s", (q, expected) => expect(id(q)).toBe(expected));

  it("finds nothing more than before for what is no abbreviation, and nothing without the speller", () => {
    expect(id("parkeringsgruppen")).toBe("NOT_FOUND");
    expect(findGroup(catalog, "VCG").ok).toBe(false);
    // a kind is no concrete group, however it is named
    expect(findConcreteGroup(catalog, "VCG", spellOutAbbreviations).ok).toBe(false);
  });

  it("keeps a case-sensitive short form to its case ('hos' is a preposition)", () => {
    const spell = abbreviationSpeller({ abbreviations: [{ short: "HoS", means: "hälso- och sjukvård", caseSensitive: true }, { short: "LG", means: "ledningsgruppen" }] });
    expect(spell("KL HoS")).toBe("KL hälso- och sjukvård");
    expect(spell("möte hos lg")).toBe("möte hos ledningsgruppen");
  });
});
