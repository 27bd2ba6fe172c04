import { sampleCatalog } from "../../../src/catalog/ingest";
import { findGroup } from "../../../src/catalog/lookup";
import { fixedClock } from "../../../src/domain/clock";

const catalog = sampleCatalog(fixedClock(new Date("2026-11-23T12:00:00Z")));
const id = (q: string) => {
  const r = findGroup(catalog, q);
  return r.ok ? r.entry.id : r.code;
};

describe("findGroup", () => {
  it.each([
    ["samverkansgruppen i Västmanland", "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor"],
    ["SAMVERKANSGRUPPEN FOR HALSO- OCH SJUKVARDSFRAGOR", "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor"],
    ["bild- och funktionsmedicin", "vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["samordningsrådet bild och funktionsmedicin", "vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["ledningsgruppen", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Samverkansnämndens ledningsgrupp", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["verksamhetschefsgrupperna", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["chefsforum", "vastmanland:chefsforum"],
    ["klinisk ledning", "vgr:klinisk-ledning"],
    ["regiondirektörsgruppen", "sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    ["vgr:samordningsrad-inom-halso-och-sjukvard", "vgr:samordningsrad-inom-halso-och-sjukvard"],
  ])("%s → %s", (q, expected) => expect(id(q)).toBe(expected));

  it("says what it cannot find", () => {
    expect(id("")).toBe("EMPTY_QUERY");
    expect(id("kvantfysikgruppen")).toBe("NOT_FOUND");
  });
});
