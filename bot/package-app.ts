import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot } from "../src/paths";

/**
 * Builds the Teams app package: manifest placeholders (${{NAME}}) filled from the environment,
 * validated offline against the schema @microsoft/app-manifest ships, zipped with the icons.
 */

export const APP_PACKAGE_DIR = path.join(projectRoot(), "bot", "appPackage");
const FILES = ["manifest.json", "en-US.json", "color.png", "outline.png"];

export function fillPlaceholders(text: string, env: NodeJS.ProcessEnv): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_m, name: string) => {
    const value = env[name];
    if (!value) {
      missing.push(name);
      return `\${{${name}}}`;
    }
    return value;
  });
  return { text: filled, missing: [...new Set(missing)] };
}

const VALIDATE_SCRIPT = `
const { AppManifestUtils } = require("@microsoft/app-manifest");
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  AppManifestUtils.validateAgainstSchema(JSON.parse(input)).then(
    (errors) => process.stdout.write(JSON.stringify(errors)),
    (e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); },
  );
});`;

/**
 * Validated in a child Node process: @microsoft/app-manifest pulls in ES modules that Node loads with
 * require() but jest's module system does not (and its package needs fs-extra installed beside it).
 */
export function validateManifest(manifest: object): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ["-e", VALIDATE_SCRIPT], { cwd: projectRoot() }, (err, stdout, stderr) => {
      if (err) reject(new Error(`manifest validation failed to run: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout) as string[]);
    });
    child.stdin?.end(JSON.stringify(manifest));
  });
}

export async function buildAppPackage(env: NodeJS.ProcessEnv, outFile: string): Promise<{ file: string; manifest: Record<string, unknown> }> {
  const source = fs.readFileSync(path.join(APP_PACKAGE_DIR, "manifest.json"), "utf8");
  const { text, missing } = fillPlaceholders(source, { TEAMS_APP_ID: env.TEAMS_APP_ID ?? env.BOT_ID, ...env });
  if (missing.length > 0) throw new Error(`set ${missing.join(", ")} to build the app package`);
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new Error(`manifest.json is not valid:\n${errors.join("\n")}`);
  const { default: AdmZip } = await import("adm-zip");
  const zip = new AdmZip();
  for (const f of FILES) {
    const content = f === "manifest.json" ? Buffer.from(JSON.stringify(manifest, null, 2)) : fs.readFileSync(path.join(APP_PACKAGE_DIR, f));
    zip.addFile(f, content);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  zip.writeZip(outFile);
  return { file: outFile, manifest };
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? path.join("dist", "appPackage.zip"));
  buildAppPackage(process.env, out).then(
    ({ file }) => process.stdout.write(`wrote ${file}\n`),
    (e: Error) => {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    },
  );
}
