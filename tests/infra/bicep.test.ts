/**
 * Checks of the Bicep that text can show. No Bicep compiler can be installed here, so these do not prove
 * the templates compile or deploy; they pin the wiring the app depends on and catch module/param drift.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createAdapter } from "../../bot/server";
import { loadConfig } from "../../src/config/config";
import { containersDocument } from "../../src/storage/export-containers";
import { appSettings, bicepFiles, block, bracketsBalanced, code, modules, outputs, params, read, ROOT, undeclaredIdentifiers } from "./bicep-text";

const main = read("infra/main.bicep");
/** A module's text, found through the path main.bicep gives it (so the checks follow main.bicep's references). */
const mod = (name: string) => {
  const use = modules(main).find((u) => path.basename(u.path) === `${name}.bicep`);
  if (!use) throw new Error(`main.bicep does not use modules/${name}.bicep`);
  return read(path.posix.join("infra", use.path));
};

describe("infra/*.bicep: structure", () => {
  it.each(bicepFiles())("%s has balanced brackets and no tabs", (file) => {
    const text = read(file);
    expect(bracketsBalanced(text)).toBe(true);
    expect(text).not.toMatch(/\t/);
  });

  it.each(bicepFiles())("%s reads no undeclared identifier and uses every param it declares", (file) => {
    const text = read(file);
    expect(undeclaredIdentifiers(text)).toEqual([]);
    const body = code(text).replace(/^param .*$/gm, "");
    for (const p of params(text)) expect({ param: p.name, used: new RegExp(`\\b${p.name}\\b`).test(body) }).toEqual({ param: p.name, used: true });
  });

  it("every module main.bicep uses exists, gets only params it declares and every param it requires", () => {
    const uses = modules(main);
    expect(uses.map((u) => u.symbol).sort()).toEqual(["bot", "cosmos", "identity", "monitoring", "web"]);
    for (const use of uses) {
      const file = path.join(ROOT, "infra", use.path);
      expect(fs.existsSync(file)).toBe(true);
      const declared = params(fs.readFileSync(file, "utf8"));
      const names = declared.map((p) => p.name);
      for (const p of use.params) expect({ module: use.symbol, param: p, declared: names.includes(p) }).toEqual({ module: use.symbol, param: p, declared: true });
      for (const p of declared.filter((d) => !d.hasDefault)) {
        expect({ module: use.symbol, required: p.name, passed: use.params.includes(p.name) }).toEqual({ module: use.symbol, required: p.name, passed: true });
      }
    }
  });

  it("every <module>.outputs.<name> main.bicep reads is an output of that module", () => {
    const files = new Map(modules(main).map((u) => [u.symbol, fs.readFileSync(path.join(ROOT, "infra", u.path), "utf8")]));
    const refs = [...code(main).matchAll(/\b(\w+)\.outputs\.(\w+)/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, symbol, name] of refs) {
      expect(files.has(symbol)).toBe(true);
      expect({ symbol, name, declared: outputs(files.get(symbol)!).includes(name) }).toEqual({ symbol, name, declared: true });
    }
  });

  it("every param main.bicep declares is used, and main.parameters.json names only declared params", () => {
    const declared = params(main);
    const body = code(main).replace(/^param .*$/gm, "");
    for (const p of declared) expect({ param: p.name, used: new RegExp(`\\b${p.name}\\b`).test(body) }).toEqual({ param: p.name, used: true });
    const file = JSON.parse(read("infra/main.parameters.json")) as { parameters: Record<string, unknown> };
    for (const name of Object.keys(file.parameters)) expect(declared.map((p) => p.name)).toContain(name);
    for (const p of declared.filter((d) => !d.hasDefault)) expect(Object.keys(file.parameters)).toContain(p.name);
  });

  it("main.bicep outputs the bot endpoint and the Cosmos endpoint", () => {
    expect(outputs(main)).toEqual(expect.arrayContaining(["BOT_ENDPOINT", "COSMOS_ENDPOINT", "BOT_ID", "BOT_AZURE_APP_SERVICE_RESOURCE_ID"]));
    expect(main).toMatch(/output BOT_ENDPOINT string = bot\.outputs\.endpoint/);
    expect(main).toMatch(/endpoint: 'https:\/\/\$\{web\.outputs\.hostName\}\/api\/messages'/);
  });
});

describe("infra: Cosmos DB", () => {
  const cosmos = mod("cosmos");

  it("main.bicep reads the containers from loadJsonContent('cosmos-containers.json') and hands them to the module", () => {
    expect(main).toContain("loadJsonContent('cosmos-containers.json')");
    const use = modules(main).find((u) => u.symbol === "cosmos")!;
    expect(use.paramsBody).toMatch(/containers: cosmosContainers/);
    expect(main).toMatch(/var cosmosContainers = loadJsonContent\('cosmos-containers\.json'\)\.containers/);
  });

  it("the module creates one container per entry from the fields the generated file has", () => {
    expect(cosmos).toMatch(/\[for c in containers: \{/);
    const used = [...new Set([...cosmos.matchAll(/\bc\.(\w+)/g)].map((m) => m[1]))].sort();
    expect(used).toEqual(["defaultTtl", "id", "indexingPolicy", "partitionKey"]);
    for (const c of containersDocument().containers) for (const f of used) expect(c).toHaveProperty(f);
  });

  it("is serverless by default, autoscale as an option, with keys disabled", () => {
    expect(params(main).find((p) => p.name === "cosmosCapacityMode")?.defaultText).toBe("'serverless'");
    expect(cosmos).toMatch(/name: 'EnableServerless'/);
    expect(cosmos).toMatch(/autoscaleSettings: \{\s*maxThroughput: autoscaleMaxThroughput/);
    expect(cosmos).toMatch(/disableLocalAuth: true/);
  });

  it("grants the app identity the built-in Data Contributor role on the data plane", () => {
    expect(cosmos).toContain("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@");
    expect(cosmos).toContain("'00000000-0000-0000-0000-000000000002'");
    expect(cosmos).toMatch(/roleDefinitionId: '\$\{account\.id\}\/sqlRoleDefinitions\/\$\{dataContributorRoleId\}'/);
    const use = modules(main).find((u) => u.symbol === "cosmos")!;
    expect(use.paramsBody).toMatch(/dataContributorPrincipalIds: concat\(\[\s*identity\.outputs\.principalId\s*\]/);
  });
});

describe("infra: identity, bot and web app", () => {
  const web = mod("appservice");
  const bot = mod("bot");

  it("a user-assigned managed identity is the bot's app id (UserAssignedMSI, no secret) and the web app's identity", () => {
    expect(mod("identity")).toContain("Microsoft.ManagedIdentity/userAssignedIdentities@");
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/msaAppId: identityClientId/);
    expect(bot).toMatch(/msaAppMSIResourceId: identityId/);
    expect(bot).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(web).toMatch(/type: 'UserAssigned'\s*\n\s*userAssignedIdentities: \{\s*'\$\{identityId\}': \{\}/);
    for (const symbol of ["bot", "web"]) {
      const use = modules(main).find((u) => u.symbol === symbol)!;
      expect(use.paramsBody).toMatch(/identityId: identity\.outputs\.id/);
      expect(use.paramsBody).toMatch(/identityClientId: identity\.outputs\.clientId/);
    }
    for (const file of bicepFiles()) expect(read(file)).not.toMatch(/msaAppPassword|listKeys\(|primaryMasterKey|clientSecret/i);
  });

  it("runs on Linux, Node 22 LTS, with the /healthz health check and a configurable instance count", () => {
    expect(web).toMatch(/linuxFxVersion: 'NODE\|22-lts'/);
    expect(web).toMatch(/healthCheckPath: '\/healthz'/);
    expect(web).toMatch(/reserved: true/);
    expect(web).toMatch(/capacity: instanceCount/);
    // the start command runs the bundle with npm start's node flags
    const start = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
    const flags = /^node((?: --\S+)*) \S+\.js$/.exec(start)?.[1];
    expect(flags).toBeDefined();
    expect(web).toContain(`appCommandLine: 'node${flags} dist/bundle/main.js'`);
    expect(fs.existsSync(path.join(ROOT, "bot", "main.ts"))).toBe(true);
  });

  it("sets the app settings the app reads, and no key or secret", () => {
    const settings = appSettings(web);
    for (const name of [
      "BOT_ID",
      "BOT_TYPE",
      "BOT_TENANT_ID",
      "COSMOS_ENDPOINT",
      "AZURE_CLIENT_ID",
      "COSMOS_DATABASE",
      "TIME_ZONE",
      "ADMIN_IDS",
      "APPLICATIONINSIGHTS_CONNECTION_STRING",
    ]) {
      expect(settings.has(name)).toBe(true);
    }
    expect(settings.get("BOT_TYPE")).toBe("'UserAssignedMSI'");
    expect(settings.get("BOT_ID")).toBe("identityClientId");
    expect(settings.get("AZURE_CLIENT_ID")).toBe("identityClientId");
    for (const name of settings.keys()) expect(name).not.toMatch(/KEY|PASSWORD|SECRET|SAMVERKAN_NOW/);
  });

  it("those app settings make a valid production configuration: managed identity bot, Entra auth to Cosmos", () => {
    const samples: Record<string, string> = {
      identityClientId: "11111111-2222-3333-4444-555555555555",
      identityTenantId: "66666666-7777-8888-9999-000000000000",
      cosmosEndpoint: "https://samverkandev-cosmos.documents.azure.com:443/",
      cosmosDatabaseName: "samverkan",
      timeZone: params(main).find((p) => p.name === "timeZone")!.defaultText!.replace(/'/g, ""),
      adminIds: "",
      allowedTenants: "66666666-7777-8888-9999-000000000000",
      appInsightsConnectionString: "InstrumentationKey=00000000-0000-0000-0000-000000000000",
    };
    const env: Record<string, string> = {};
    for (const [name, expr] of appSettings(web)) {
      env[name] = /^'.*'$/.test(expr) ? expr.slice(1, -1) : samples[expr];
      expect({ name, value: env[name] }).not.toEqual({ name, value: undefined });
    }
    const config = loadConfig(env);
    expect(config.bot).toEqual({ id: samples.identityClientId, password: undefined, tenantId: samples.identityTenantId, type: "UserAssignedMSI" });
    expect(config.cosmos).toEqual({ endpoint: samples.cosmosEndpoint, key: undefined, clientId: samples.identityClientId, database: "samverkan" });
    expect(config.timeZone).toBe("Europe/Stockholm");
    expect(config.host).toBe("0.0.0.0");
    expect(config.fixedNow).toBeUndefined();
    // The Teams adapter built from it signs in with the managed identity (botbuilder asserts tenant, no password).
    const factory = createAdapter(config).credentialsFactory as unknown as { inner?: { constructor: { name: string }; appId?: string } };
    expect(factory.inner?.constructor.name).toBe("ManagedIdentityServiceClientCredentialsFactory");
    expect(factory.inner?.appId).toBe(samples.identityClientId);
  });

  it("main.bicep's allowed SKUs match the module's", () => {
    const allowed = (text: string, param: string) => {
      const src = code(text);
      const at = src.indexOf(`param ${param} `);
      const before = src.slice(0, at);
      const open = before.lastIndexOf("@allowed([");
      return block(src, open + "@allowed(".length).split("\n").map((l) => l.trim()).filter(Boolean);
    };
    expect(allowed(main, "appServiceSku")).toEqual(allowed(web, "sku"));
    expect(allowed(main, "botSku")).toEqual(allowed(bot, "sku"));
    expect(allowed(main, "cosmosCapacityMode")).toEqual(allowed(mod("cosmos"), "capacityMode"));
  });
});
