import { execFile } from "node:child_process";
import * as path from "node:path";

/*
 * bot/lazy-modules.ts works on Node's own module loader, which jest replaces: so this runs it in a child
 * `node` (TypeScript through tests/durability/ts-register.js), as `npm start` does: the sign-in modules
 * are not loaded with the Application, and are loaded — and work — once the Application needs them.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const REGISTER = path.join(ROOT, "tests", "durability", "ts-register.js");

const SCRIPT = `
require(${JSON.stringify(path.join(ROOT, "bot", "lazy-modules.ts"))});
const loaded = (name) => Object.keys(require.cache).some((f) => f.includes("/node_modules/" + name + "/"));
const { Application } = require("@microsoft/teams-ai/lib/Application");
const { TeamsAdapter } = require("@microsoft/teams-ai/lib/TeamsAdapter");
const { MemoryStorage } = require("botbuilder");
const before = { dialogs: loaded("botbuilder-dialogs"), msal: loaded("@azure/msal-node") };
// the per-turn helper of BotAuthenticationBase (loaded at once) still works
const { userInSignInFlow } = require("@microsoft/teams-ai/lib/authentication/BotAuthenticationBase");
const inFlow = userInSignInFlow({ user: {} });
// an Application configured with sign-in needs the deferred modules: they load and work
const app = new Application({ adapter: new TeamsAdapter({}), storage: new MemoryStorage(), authentication: { settings: { graph: { connectionName: "c", title: "Sign in" } } } });
const manager = app.authentication.constructor.name;
console.log(JSON.stringify({ before, inFlow: inFlow ?? null, manager, after: { dialogs: loaded("botbuilder-dialogs") } }));
`;

describe("deferred modules (bot/lazy-modules.ts)", () => {
  it("leaves teams-ai's sign-in modules unloaded until an Application configured with sign-in needs them", async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["-r", REGISTER, "-e", SCRIPT], { cwd: ROOT, timeout: 110_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))),
    );
    const r = JSON.parse(out.trim().split("\n").pop()!);
    expect(r.before).toEqual({ dialogs: false, msal: false });
    expect(r.inFlow).toBeNull();
    expect(r.manager).toBe("AuthenticationManager");
    expect(r.after).toEqual({ dialogs: true });
  });
});
