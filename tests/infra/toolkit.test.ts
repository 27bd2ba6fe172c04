/**
 * m365agents.yml, env/.env.dev.example and infra/stage-app.sh agree with each other, with the Bicep and
 * with the app package. Read as text: the toolkit itself is not installed here.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { outputs, params, read, ROOT } from "./bicep-text";

const yml = read("m365agents.yml");
const envExample = read("env/.env.dev.example");

/** The `- uses:` actions of one top-level stage, in order. */
function stage(name: "provision" | "deploy" | "publish"): { uses: string[]; text: string } {
  const m = new RegExp(`^${name}:\\n([\\s\\S]*?)(?=^\\S|$(?![\\s\\S]))`, "m").exec(yml);
  const text = m?.[1] ?? "";
  return { text, uses: [...text.matchAll(/^\s*- uses: (\S+)/gm)].map((u) => u[1]) };
}

function envKeys(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]);

describe("m365agents.yml", () => {
  it("provisions with arm/deploy of infra/main.bicep, then builds, validates and updates the app package", () => {
    const p = stage("provision");
    expect(p.uses).toEqual([
      "teamsApp/create",
      "arm/deploy",
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(p.text).toMatch(/- path: \.\/infra\/main\.bicep\n\s+parameters: \.\/infra\/main\.parameters\.json/);
  });

  it("deploys the staged build with a zip deploy to the web app the Bicep outputs", () => {
    const d = stage("deploy");
    expect(d.uses).toEqual(["script", "azureAppService/zipDeploy"]);
    expect(d.text).toMatch(/run: bash \.\/infra\/stage-app\.sh/);
    expect(d.text).toMatch(/artifactFolder: \.\/\.deploy/);
    expect(d.text).toMatch(/resourceId: \$\{\{BOT_AZURE_APP_SERVICE_RESOURCE_ID\}\}/);
    const script = read("infra/stage-app.sh");
    expect(script).toMatch(/out="\$root\/\.deploy"/);
    expect(script).toMatch(/npm prune --omit=dev/);
    // projectRoot() (src/paths.ts) needs package.json and samples/ beside dist/.
    expect(script).toMatch(/cp -R dist bin samples node_modules package\.json package-lock\.json/);
  });

  it("publishes: zipAppPackage, validateAppPackage and publishAppPackage of bot/appPackage/manifest.json", () => {
    const pub = stage("publish");
    expect(pub.uses).toEqual(expect.arrayContaining(["teamsApp/zipAppPackage", "teamsApp/validateAppPackage", "teamsApp/publishAppPackage"]));
    expect(pub.uses.indexOf("teamsApp/zipAppPackage")).toBeLessThan(pub.uses.indexOf("teamsApp/validateAppPackage"));
    expect(pub.uses.indexOf("teamsApp/validateAppPackage")).toBeLessThan(pub.uses.indexOf("teamsApp/publishAppPackage"));
  });

  it("every path it names exists", () => {
    const paths = [...yml.matchAll(/(?:path|parameters|manifestPath): (\.\/[^\s$]+)/g)].map((m) => m[1]);
    expect(paths).toEqual(expect.arrayContaining(["./infra/main.bicep", "./infra/main.parameters.json", "./bot/appPackage/manifest.json"]));
    for (const p of paths) expect({ p, exists: fs.existsSync(path.join(ROOT, p)) }).toEqual({ p, exists: true });
  });

  it("every ${{VAR}} in the yml, the parameters file and the manifest is built in, written by an action, or in the env example", () => {
    const builtIn = ["TEAMSFX_ENV", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "APP_NAME_SUFFIX"];
    const written = [...yml.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]+)$/gm)].map((m) => m[1]);
    const fromBicep = outputs(read("infra/main.bicep"));
    const known = new Set([...builtIn, ...written, ...fromBicep, ...envKeys(envExample).keys()]);
    const used = [
      ...placeholders(yml),
      ...placeholders(read("infra/main.parameters.json")),
      ...placeholders(read("bot/appPackage/manifest.json")),
    ];
    expect(used).toEqual(expect.arrayContaining(["BOT_ID", "TEAMS_APP_ID", "BOT_AZURE_APP_SERVICE_RESOURCE_ID"]));
    for (const v of used) expect({ v, known: known.has(v) }).toEqual({ v, known: true });
  });
});

describe("env/.env.dev.example", () => {
  const keys = envKeys(envExample);

  it("defines every parameter placeholder and lists every Bicep output", () => {
    for (const v of placeholders(read("infra/main.parameters.json"))) if (v !== "APP_NAME_SUFFIX") expect(keys.has(v)).toBe(true);
    for (const o of outputs(read("infra/main.bicep"))) expect({ o, listed: keys.has(o) }).toEqual({ o, listed: true });
  });

  it("commits nothing secret: no password, key or secret variables, no values that look like credentials", () => {
    for (const [k, v] of keys) {
      expect(k).not.toMatch(/PASSWORD|SECRET|_KEY$|CONNECTION_STRING/);
      expect(v).not.toMatch(/AccountKey=|InstrumentationKey=|[A-Za-z0-9+/]{40,}={0,2}/);
    }
    expect(keys.get("BOT_ID")).toBe("");
  });

  it("its defaults are valid Bicep inputs", () => {
    const base = keys.get("RESOURCE_BASE_NAME")!;
    expect(base).toMatch(/^[a-z0-9]{3,20}$/);
    expect(["serverless", "autoscale"]).toContain(keys.get("COSMOS_CAPACITY_MODE"));
    const main = read("infra/main.bicep");
    expect(main).toContain(`'${keys.get("APP_SERVICE_SKU")}'`);
    expect(params(main).map((p) => p.name)).toEqual(expect.arrayContaining(["resourceBaseName", "adminIds", "timeZone"]));
  });
});
