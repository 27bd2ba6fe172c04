import { Command, CommanderError } from "commander";
import { createCliContext, CliError, type CliIO } from "./context";
import { containsPersonnummer } from "../../src/domain/personnummer";
import * as core from "./commands/core";
import * as catalog from "./commands/catalog";
import * as scheduler from "./commands/scheduler";
import * as agenda from "./commands/agenda";
import * as route from "./commands/route";
import * as feedback from "./commands/feedback";
import * as digest from "./commands/digest";
import * as minutes from "./commands/minutes";

/** One line per feature module: each registers its own subcommands. */
const COMMAND_MODULES: { register: typeof core.register }[] = [core, catalog, scheduler, agenda, route, feedback, digest, minutes];

export function buildProgram(io: CliIO, env: NodeJS.ProcessEnv = process.env): Command {
  const ctx = createCliContext(io, env);
  const program = new Command("samverkan")
    .description("Samverkan: mandates, routing, agenda items, minutes approval and digests for governance groups")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, "")), writeErr: (s) => io.err(s.replace(/\n$/, "")) });
  for (const m of COMMAND_MODULES) m.register(program, ctx);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code (the tests call this in process). */
export async function runCli(argv: string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The one personal-data guard (src/domain/personnummer.ts): no command runs, nothing is stored or echoed.
  if (argv.some((a) => containsPersonnummer(a))) {
    io.err("samverkan: an argument seems to contain a personal identity number (personnummer). Nothing was done or stored; leave personal data out.");
    return 2;
  }
  const program = buildProgram(io, env);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`samverkan: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  const io: CliIO = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };
  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
