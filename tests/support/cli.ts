import { runCli } from "../../bot/cli/main";

/**
 * Runs `samverkan` in-process against a running bot's data directory (the CLI attaches to the bot's
 * store); a non-zero exit throws with the command and its stderr. Returns stdout.
 */
export function cliAgainst(env: () => Record<string, string>): (args: string[]) => Promise<string> {
  return async (args) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, env());
    if (code !== 0) throw new Error(`${args.join(" ")}: ${err.join("\n")}`);
    return out.join("\n");
  };
}
