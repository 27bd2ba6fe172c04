/**
 * Issue 13 (relation, topic): a registrator names a mandate by its diarienummer. The catalog keeps each document's
 * number (003 "RS 2019-03137", the samordningsråd template; 004 "RS 2024-00784", bild- och funktionsmedicin), so the
 * number names the group the document is written for, as its name would; a number the catalog does not know changes
 * nothing. Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { DocumentNumbers } from "../../../src/routing/document-numbers";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string, org?: string) => {
  const r = router.route({ question, ...(org ? { org } : {}) });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("a mandate's diarienummer names its group", () => {
  it.each([
    // 003: "Uppdraget fastställs: Ann Söderström, Hälso- och sjukvårdsdirektör"
    ["Vem har fastställt uppdraget RS 2019-03137?", "owner vgr:halso-och-sjukvardsdirektor"],
    // 004: "Datum för beslut: 2026-06-17 … Hälso- och sjukvårdsdirektör", typed without capitals
    ["vem faststallde uppdraget rs 2024-00784", "owner vgr:halso-och-sjukvardsdirektor"],
    // 004's duties, the råd named only by its document's number
    ["Vilken grupp ska se till att det finns rutiner för bilddiagnostik enligt rs 2024-00784?", "owner vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s", (q, want) => expect(owner(q)).toBe(want));
});

describe("DocumentNumbers", () => {
  const numbers = new DocumentNumbers([
    { name: "Samordningsråd bild- och funktionsmedicin", document: { documentId: "d", fileName: "f", diarienummer: "RS 2024-00784", contentHash: "h", lineCount: 1 } },
    { name: "Ledningsgrupp", document: { documentId: "e", fileName: "g", contentHash: "i", lineCount: 1 } },
  ]);
  it("writes the group's name after a number it knows, however it is spaced", () => {
    expect(numbers.named("Vem beslutade RS 2024 – 00784-12?")).toBe("Vem beslutade RS 2024 – 00784-12 (Samordningsråd bild- och funktionsmedicin)?");
  });
  it("leaves another document's number and other numbers as they are", () => {
    expect(numbers.named("Vad säger SSN 2023-00470 om mötet 2026-06-17?")).toBe("Vad säger SSN 2023-00470 om mötet 2026-06-17?");
  });
});
