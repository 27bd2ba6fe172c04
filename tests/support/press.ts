import type { FakeConnector } from "./fake-connector";
import { activity, post, type ActivityOptions } from "./harness";

/**
 * Presses a card button the way a Teams client does (Adaptive Cards 1.5 with Universal Actions):
 * - `Action.Execute` / `Action.Submit` gather the inputs of the card that holds the action and of every
 *   card above it (a ShowCard's card sees its parent's inputs), unless `associatedInputs` is "none";
 * - a gathered input with `isRequired` and no value stops the press: the client shows the error and sends
 *   nothing, so a test that presses a dead button fails here;
 * - `Action.ShowCard` only opens its card (press a button inside it next, with `within`).
 * Values come from `inputs` (by input id), else the input's own `value`, as a person leaves it.
 */

type Json = Record<string, any>;

interface Found {
  readonly action: Json;
  /** The cards from the outermost to the one holding the action. */
  readonly path: readonly Json[];
}

const ACTION_KEYS = ["actions", "selectAction"];

/** Every action of a card (body, action sets, nested containers, ShowCard cards), with its card path. */
export function actionsOf(card: Json, path: readonly Json[] = [card]): Found[] {
  const out: Found[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const o = node as Json;
    if (typeof o.type === "string" && o.type.startsWith("Action.")) {
      out.push({ action: o, path });
      if (o.type === "Action.ShowCard" && o.card) out.push(...actionsOf(o.card, [...path, o.card]));
      return;
    }
    if (o.type === "AdaptiveCard" && o !== card) return; // a nested card is reached through its ShowCard
    for (const [k, v] of Object.entries(o)) if (k !== "type" && (typeof v === "object" || ACTION_KEYS.includes(k))) visit(v);
  };
  visit(card.body);
  visit(card.actions);
  return out;
}

/** The inputs a card shows itself (not those inside its ShowCard cards). */
export function inputsOf(card: Json): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const o = node as Json;
    if (o.type === "AdaptiveCard" && o !== card) return;
    if (o.type === "Action.ShowCard") return;
    if (typeof o.type === "string" && o.type.startsWith("Input.") && typeof o.id === "string") out.push(o);
    for (const [k, v] of Object.entries(o)) if (k !== "type" && typeof v === "object") visit(v);
  };
  visit(card.body);
  return out;
}

export interface PressOptions {
  /** Values typed or chosen by the person, by input id. */
  readonly inputs?: Record<string, string>;
  /** Only buttons inside the ShowCard with this title (e.g. "Fel grupp?"). */
  readonly within?: string;
  /** Who presses, locale, conversation… (as for `activity`). */
  readonly as?: ActivityOptions;
}

export class DeadButtonError extends Error {}

/** What the client would send for a press, or throws DeadButtonError when it would refuse. */
export function pressData(card: Json, title: string, o: PressOptions = {}): { action: Json; data: Json } {
  let candidates = actionsOf(card);
  if (o.within) {
    const show = candidates.find((f) => f.action.type === "Action.ShowCard" && f.action.title === o.within);
    if (!show) throw new DeadButtonError(`no ShowCard titled "${o.within}"; buttons: ${titles(card)}`);
    candidates = candidates.filter((f) => f.path.includes(show.action.card));
  }
  const found = candidates.filter((f) => f.action.title === title);
  if (found.length === 0) throw new DeadButtonError(`no button titled "${title}"; buttons: ${titles(card)}`);
  if (found.length > 1) throw new DeadButtonError(`${found.length} buttons titled "${title}": say which with "within"`);
  const { action, path } = found[0]!;
  if (action.type !== "Action.Execute" && action.type !== "Action.Submit") {
    throw new DeadButtonError(`"${title}" is an ${action.type}: it sends nothing to the bot`);
  }
  const gathered: Json = {};
  if (action.associatedInputs !== "none") {
    for (const input of path.flatMap(inputsOf)) {
      const raw = o.inputs?.[input.id] ?? input.value;
      const value = raw === undefined || raw === null ? "" : String(raw);
      if (input.isRequired && value.trim() === "") {
        throw new DeadButtonError(`"${title}" gathers the required input "${input.id}" (${input.label ?? "no label"}), which is empty: the client refuses to send`);
      }
      gathered[input.id] = value;
    }
  }
  for (const id of Object.keys(o.inputs ?? {})) {
    if (!(id in gathered) && action.associatedInputs !== "none") {
      throw new DeadButtonError(`input "${id}" is not on the card path of "${title}"`);
    }
  }
  return { action, data: { ...(action.data ?? {}), ...gathered } };
}

const titles = (card: Json) => actionsOf(card).map((f) => `"${f.action.title}"`).join(", ");

/** Presses the button and returns the HTTP answer (the invoke response for Action.Execute). */
export async function press(
  server: { url: string },
  connector: FakeConnector,
  card: Json,
  title: string,
  o: PressOptions = {},
): Promise<{ status: number; body: any; activityId: string }> {
  const { action, data } = pressData(card, title, o);
  const a =
    action.type === "Action.Execute"
      ? activity(connector, { ...o.as, type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: action.verb, data }, trigger: "manual" } })
      : activity(connector, { ...o.as, type: "message", value: data });
  const res = await post(server, a);
  return { ...res, activityId: String(a.id) };
}

/** The card an invoke answered with (Universal Actions: the response body's `type` is the card content type). */
export const invokeCard = (res: { body: any }) => (res.body?.type === "application/vnd.microsoft.card.adaptive" ? res.body.value : undefined);
