import { TeamsInfo, type TurnContext } from "botbuilder";
import type { Services } from "../../../src/services";
import { roleOfWord } from "../../../src/agenda/role-words";
import { personKey } from "../../../src/agenda/schema";
import { escapeText } from "../../../cards/render";
import type { BotApp } from "../../app";
import { lookupGroup } from "../../group-lookup";
import { actorOf, conversationKind, languageOf, tenantOf, textOf } from "../../turn";
import { refusal } from "./edge";

/** "sätt <roll> <grupp> @person" / "set <role> <group> @person" (the role word decides that it is ours). */
export const SET_ROLE_COMMAND =
  /^\s*(?:sätt|set)\s+(vice\s*ordförande|vice\s*ordforande|vice[\s-]*chair|ordförande|ordforande|sekreterare|samordnare|ledamot|adjungerad|justerare|chair|secretary|coordinator|member|co-?opted|adjuster)(?=\s|$)\s*(.*)$/is;

interface Mentioned {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
}

/** The people @mentioned in the activity (not the bot): from the mention entities, never from the text. */
function mentionsOf(context: TurnContext): Mentioned[] {
  const botId = context.activity.recipient?.id;
  const out = new Map<string, Mentioned>();
  for (const e of context.activity.entities ?? []) {
    if (e.type !== "mention") continue;
    const m = (e as { mentioned?: { id?: unknown; name?: unknown; aadObjectId?: unknown } }).mentioned;
    if (!m || typeof m.id !== "string" || !m.id.trim() || m.id === botId) continue;
    out.set(m.id, { id: m.id, name: typeof m.name === "string" ? m.name : "", ...(typeof m.aadObjectId === "string" && m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}) });
  }
  return [...out.values()];
}

/** The Entra object id of a mentioned person: the entity's, else the conversation's member record. */
async function aadOf(context: TurnContext, m: Mentioned): Promise<string | undefined> {
  if (m.aadObjectId) return m.aadObjectId;
  if (conversationKind(context) === "personal") return undefined;
  try {
    return (await TeamsInfo.getMember(context, m.id)).aadObjectId || undefined;
  } catch {
    return undefined; // not a member, or the look-up failed: the Teams id alone identifies the person
  }
}

/** The text split: the group words before the mention, what follows it (a member's region). */
function parts(rest: string): { groupWords: string; after: string; hasMention: boolean } {
  const at = rest.search(/<at>/i);
  return {
    groupWords: (at >= 0 ? rest.slice(0, at) : rest).trim(),
    after: at >= 0 ? rest.slice(at).replace(/<at>[\s\S]*?<\/at>/gi, " ").trim() : "",
    hasMention: at >= 0,
  };
}

/**
 * Roles by @mention: the person comes from the mention entity (Teams id, Entra id when known), never
 * from free text; the use case decides who may assign which role (admins: chair, vice chair, secretary).
 */
export function register(app: BotApp, services: Services): void {
  app.message(SET_ROLE_COMMAND, async (context, _state) => {
    const { t, lang } = await languageOf(context, services);
    const tr = t.agenda.roles;
    const m = SET_ROLE_COMMAND.exec(textOf(context));
    const role = roleOfWord(m?.[1] ?? "");
    const { groupWords, after, hasMention } = parts((m?.[2] ?? "").trim());
    if (!role || !groupWords) return void (await context.sendActivity(tr.usage));
    const mentioned = mentionsOf(context);
    if (mentioned.length !== 1 || !hasMention) return void (await context.sendActivity(tr.needMention));
    const g = lookupGroup(await services.currentCatalog.get(), groupWords, t);
    if (!g.ok) return void (await context.sendActivity(g.reply));
    const who = mentioned[0]!;
    const aadObjectId = await aadOf(context, who);
    const r = await services.agenda.assignRole(actorOf(context, services), g.id, role, {
      tenantId: tenantOf(context),
      teamsId: who.id,
      ...(aadObjectId ? { aadObjectId } : {}),
      name: who.name,
      ...(role === "member" && after ? { region: after.slice(0, 200) } : {}),
    });
    if (!r.ok) return void (await context.sendActivity(refusal(lang, r)));
    const line = tr.set(tr.names[role], escapeText(who.name || who.id), escapeText(g.name));
    await context.sendActivity(r.previous ? `${line} ${tr.replaced(escapeText(r.previous.name || personKey(r.previous)))}` : line);
  });
}
