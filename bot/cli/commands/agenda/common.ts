import * as os from "node:os";
import type { Actor, Refusal, RoleKind } from "../../../../src/agenda/schema";
import { roleOfWord } from "../../../../src/agenda/role-words";
import { CliError, refusalError } from "../../context";

/** What the agenda's commands share: how people, roles and refusals are read and written on a terminal. */

export function parseRole(word: string): RoleKind {
  const r = roleOfWord(word);
  if (!r) throw new CliError(`unknown role "${word}"; use one of chair, viceChair, secretary, member, coopted, adjuster`, 2);
  return r;
}

/** Teams ids look like 29:…, 8:orgid:…; anything else is taken as an Entra object id. */
export function personIds(id: string): { aadObjectId?: string; teamsId?: string } {
  const v = id.trim();
  if (!v) throw new CliError("the person id is empty", 2);
  return /^\d+:/.test(v) ? { teamsId: v } : { aadObjectId: v };
}

export function cliActor(): Actor {
  let user = "operator";
  try {
    user = os.userInfo().username || user;
  } catch {
    // no user database (containers): keep the default
  }
  return { userId: `cli:${user}`, name: `${user} (CLI)`, isAdmin: true };
}

/** A refusal on stderr: its code, the text from the agenda's error table, and the details. */
export function fail(r: Refusal): never {
  throw refusalError("agenda", r, [r.message, r.by ? `by ${r.by.name || r.by.userId}` : undefined, r.revision !== undefined ? `current revision ${r.revision}` : undefined]);
}

export const who = (p: { name?: string; aadObjectId?: string; teamsId?: string }) => `${p.name || "(no name)"} <${p.aadObjectId ?? p.teamsId}>`;

