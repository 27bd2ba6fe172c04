import * as path from "node:path";
import { z } from "zod";
import { projectRoot } from "../paths";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const idList = z
  .string()
  .optional()
  .transform((v) =>
    Object.freeze(
      (v ?? "")
        .split(/[,;\s]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  );

/**
 * The embedded store's folder when DATA_DIR is not set: `.data` in the project, wherever the process was
 * started from, so `npm start`, `npm run playground` and `npx samverkan` from any folder of the project
 * share one store. A DATA_DIR that is set is taken relative to the current folder, as a path typed there.
 */
export function defaultDataDir(): string {
  try {
    return path.join(projectRoot(), ".data");
  } catch {
    return path.resolve(".data"); // not inside the project (an installed copy without samples)
  }
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalString,
    BOT_ID: optionalString,
    BOT_PASSWORD: optionalString,
    BOT_TENANT_ID: optionalString,
    BOT_TYPE: z
      .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"])
      .optional()
      .or(z.literal("").transform(() => undefined)),
    COSMOS_ENDPOINT: optionalString.pipe(z.string().url().optional()),
    COSMOS_KEY: optionalString,
    AZURE_CLIENT_ID: optionalString,
    COSMOS_DATABASE: z.string().trim().min(1).default("samverkan"),
    DATA_DIR: optionalString,
    ADMIN_IDS: idList,
    ALLOWED_TENANTS: idList,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    TIME_ZONE: z
      .string()
      .trim()
      .default("Europe/Stockholm")
      .refine(isValidTimeZone, { message: "not a known IANA time zone" }),
    SAMVERKAN_NOW: optionalString.pipe(
      z
        .string()
        .refine((v) => !Number.isNaN(Date.parse(v)), { message: "not an ISO date-time" })
        .optional(),
    ),
    MAX_TEXT_LENGTH: z.coerce.number().int().min(100).max(100000).default(4000),
  })
  .superRefine((c, ctx) => {
    if (c.BOT_ID && c.SAMVERKAN_NOW) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["SAMVERKAN_NOW"],
        message: "a fixed clock is refused when BOT_ID is set (production)",
      });
    }
    if (c.BOT_ID) {
      const type = c.BOT_TYPE ?? "MultiTenant";
      if (type !== "UserAssignedMSI" && !c.BOT_PASSWORD) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["BOT_PASSWORD"], message: `required when BOT_TYPE is ${type}` });
      }
      if (type !== "MultiTenant" && !c.BOT_TENANT_ID) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["BOT_TENANT_ID"], message: `required when BOT_TYPE is ${type}` });
      }
    }
    if (c.COSMOS_KEY && !c.COSMOS_ENDPOINT) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["COSMOS_KEY"], message: "set COSMOS_ENDPOINT too, or neither" });
    }
  })
  .transform((c) => ({
    port: c.PORT,
    host: c.HOST ?? (c.BOT_ID ? "0.0.0.0" : "127.0.0.1"),
    bot: c.BOT_ID
      ? {
          id: c.BOT_ID,
          password: c.BOT_PASSWORD,
          tenantId: c.BOT_TENANT_ID,
          type: c.BOT_TYPE ?? ("MultiTenant" as const),
        }
      : undefined,
    cosmos: {
      endpoint: c.COSMOS_ENDPOINT,
      key: c.COSMOS_KEY,
      clientId: c.AZURE_CLIENT_ID,
      database: c.COSMOS_DATABASE,
    },
    dataDir: c.DATA_DIR ? path.resolve(c.DATA_DIR) : defaultDataDir(),
    adminIds: c.ADMIN_IDS,
    allowedTenants: c.ALLOWED_TENANTS,
    logLevel: c.LOG_LEVEL,
    timeZone: c.TIME_ZONE,
    fixedNow: c.SAMVERKAN_NOW ? new Date(c.SAMVERKAN_NOW) : undefined,
    maxTextLength: c.MAX_TEXT_LENGTH,
  }));

export type Config = Readonly<z.output<typeof ConfigSchema>>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

/** Parses the whole environment once; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`));
  }
  return deepFreeze(result.data);
}
