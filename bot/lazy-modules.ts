import * as path from "node:path";

/**
 * teams-ai's Application loads its sign-in support at start (authentication/*): botbuilder-dialogs with
 * the Recognizers-Text suites, and MSAL — about 230 modules and 0.3–0.4 s of CPU of a ~2 s start, for a
 * bot that configures no sign-in. The Application builds an AuthenticationManager only when
 * `authentication` is configured, and BotAuthenticationBase (whose small sign-in-state helpers every turn
 * calls) uses botbuilder-dialogs only inside its methods. So these three requires are deferred: each
 * returns a stand-in that loads the real module the first time anything is read from it. A teams-ai whose
 * files moved or changed only loses the deferral (nothing matches; everything loads as before). Each
 * module listed exports an object (a stand-in cannot be called), and each requiring file reads it only
 * inside functions (a read at load would only load it at once).
 * Imported by bot/main.ts before ./server loads the Application; under jest (its own module
 * loader) it does nothing: tests/bot/lazy-modules.test.ts runs it in a child process. The bundle that
 * `npm start` runs does the same with deferredRequire (scripts/bundle.js reads DEFERRED_REQUESTS).
 * SAMVERKAN_LOAD_ALL=1 turns it off.
 */
export const DEFERRED_REQUESTS: readonly { from: string; request: string }[] = [
  { from: "@microsoft/teams-ai/lib/Application.js", request: "./authentication/Authentication" },
  { from: "@microsoft/teams-ai/lib/authentication/BotAuthenticationBase.js", request: "./Authentication" },
  { from: "@microsoft/teams-ai/lib/authentication/BotAuthenticationBase.js", request: "botbuilder-dialogs" },
  // Azure credentials for the bot's own token (MSAL: a client secret, a certificate, a federated or a
  // managed identity): used only once a reply is sent with BOT_ID set, each inside a constructor or method.
  { from: "botframework-connector/lib/auth/jwtTokenProviderFactory.js", request: "@azure/identity" },
  { from: "botframework-connector/lib/auth/msalAppCredentials.js", request: "@azure/msal-node" },
  { from: "botframework-connector/lib/auth/certificateAppCredentials.js", request: "@azure/msal-node" },
  { from: "botframework-connector/lib/auth/federatedAppCredentials.js", request: "@azure/msal-node" },
  // Cosmos DB's client-side encryption keys in Key Vault: this app encrypts no properties.
  { from: "@azure/cosmos/dist/commonjs/encryption/EncryptionKeyResolver/AzureKeyVaultEncryptionKeyResolver.js", request: "@azure/keyvault-keys" },
  // botbuilder's speak middleware (HTML in `speak`) and file transcript store: never used by this bot.
  { from: "botbuilder/lib/setSpeakMiddleware.js", request: "htmlparser2" },
  { from: "botbuilder/lib/fileTranscriptStore.js", request: "fs-extra" },
];
const DEFERRED = DEFERRED_REQUESTS.map((d) => ({ from: path.join("node_modules", d.from), request: d.request }));

type Load = (request: string, parent: { filename?: string } | undefined, isMain: boolean) => unknown;
// The Module class itself, not a namespace copy of its statics (import * copies them).
const Module = require("node:module") as { _load: Load & { deferring?: true } };

/** The stand-in: every way of looking at the module object loads it first. */
function deferred(load: () => object): object {
  return new Proxy(
    {},
    {
      get: (_t, key) => Reflect.get(load(), key),
      has: (_t, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_t, key) => {
        const d = Reflect.getOwnPropertyDescriptor(load(), key);
        // a proxy may only report a property of its (empty) target as non-configurable
        return d && { ...d, configurable: true };
      },
      set: (_t, key, value) => Reflect.set(load(), key, value),
    },
  );
}

/**
 * The bundled build (scripts/bundle.js) defers the same requires at bundle time: each becomes this, over a
 * require of the real module that is left to Node at run time (so none of it is in the bundle).
 */
export function deferredRequire(load: () => object): object {
  if (process.env.SAMVERKAN_LOAD_ALL) return load();
  let real: object | undefined;
  return deferred(() => (real ??= load()));
}

export function deferUnusedModules(): void {
  const original = Module._load;
  if (original.deferring) return;
  const hook: Load & { deferring?: true } = function (this: unknown, request, parent, isMain) {
    const from = parent?.filename;
    if (from && DEFERRED.some((d) => d.request === request && from.endsWith(d.from))) {
      let real: object | undefined;
      return deferred(() => (real ??= original.call(this, request, parent, isMain) as object));
    }
    return original.call(this, request, parent, isMain);
  };
  hook.deferring = true;
  Module._load = hook;
}

if (!process.env.SAMVERKAN_LOAD_ALL) deferUnusedModules();
