import * as fs from "node:fs";
import * as path from "node:path";
import AdmZip from "adm-zip";
import { APP_PACKAGE_DIR, buildAppPackage, validateManifest } from "../../bot/package-app";
import { tempDir } from "../support/harness";

const BOT_ID = "11111111-2222-3333-4444-555555555555";

describe("Teams app package", () => {
  it("builds a zip whose manifest validates offline against the shipped schema", async () => {
    const out = path.join(tempDir(), "app.zip");
    const { manifest } = await buildAppPackage({ BOT_ID }, out);
    expect(await validateManifest(manifest)).toEqual([]);
    const zip = new AdmZip(out);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(["color.png", "en-US.json", "manifest.json", "outline.png"]);
    const packed = JSON.parse(zip.readAsText("manifest.json"));
    expect(packed.bots[0].botId).toBe(BOT_ID);
    expect(packed.id).toBe(BOT_ID);
    expect(packed.bots[0].scopes.sort()).toEqual(["groupChat", "personal", "team"]);
  });

  it("notices an invalid manifest", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, "manifest.json"), "utf8"));
    delete manifest.name;
    manifest.id = "not-a-guid";
    expect((await validateManifest(manifest)).length).toBeGreaterThan(0);
  });

  it("refuses to build without a bot id", async () => {
    await expect(buildAppPackage({}, path.join(tempDir(), "x.zip"))).rejects.toThrow(/BOT_ID/);
  });

  it("has at most 10 commands per scope, an English title for each, and icons of the right size", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, "manifest.json"), "utf8"));
    const en = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, "en-US.json"), "utf8"));
    manifest.bots[0].commandLists.forEach((list: { commands: unknown[] }, i: number) => {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      list.commands.forEach((_c, j) => expect(en[`bots[0].commandLists[${i}].commands[${j}].title`]).toBeTruthy());
    });
    const size = (f: string) => {
      const b = fs.readFileSync(path.join(APP_PACKAGE_DIR, f));
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    expect(size("color.png")).toEqual([192, 192]);
    expect(size("outline.png")).toEqual([32, 32]);
  });
});
