import type { Command } from "commander";
import type { CliContext } from "../../context";
import { registerItems, registerAudit } from "./items";
import { registerAgenda, registerKallelser, registerMeetings } from "./meetings";
import { registerRoles } from "./roles";

/**
 * samverkan roles set|remove|list, meetings add|move|cancel|list, agenda, items list|submit|triage,
 * kallelser, audit. The CLI acts as an admin (the operator on the host), named in the audit log as
 * cli:<os user>; `items submit --as` and `items triage --as` act as the person named.
 */
export function register(program: Command, ctx: CliContext): void {
  registerRoles(program, ctx);
  registerMeetings(program, ctx);
  registerAgenda(program, ctx);
  registerItems(program, ctx);
  registerKallelser(program, ctx);
  registerAudit(program, ctx);
}

export { parseRole, personIds } from "./common";
