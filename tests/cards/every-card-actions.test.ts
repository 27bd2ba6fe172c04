import * as fs from "node:fs";
import * as path from "node:path";
import { actionsOf, inputsOf } from "../support/press";

/**
 * Every card the bot can send, walked as a Teams client sees it (issue 14, point 1). An Action.Execute or
 * Action.Submit gathers every input on its card path (the card and each ShowCard card around it) unless
 * it says `associatedInputs: "none"`; a hidden required input then blocks a button that never needed it.
 * So for every template in cards/ (read statically: `$when` branches included, nothing left out):
 * - an action with no input on its path says "none" (it needs none of the card's inputs);
 * - an action that gathers inputs reads every one of them (its verb's data schema has the field), so an
 *   input that belongs to one action lives in that action's ShowCard, never beside other buttons.
 * The verbs' input fields mirror the data schemas in bot/routes (a new input must be added there and here).
 */

type Json = Record<string, any>;

const CARDS_DIR = path.join(__dirname, "..", "..", "cards");
const TEMPLATES = fs.readdirSync(CARDS_DIR).filter((f) => f.endsWith(".json")).sort();

/** The inputs each verb reads from its data (templated ids such as `date${n}` by their stem). */
const INPUTS_READ: Record<string, readonly string[]> = {
  // groupId: the form without a group has a group picker (its Send reads it); the edit form has none.
  "agenda.submit": ["groupId", "title", "description", "kind", "preferredMeetingId", "links", "raiseAtMeeting"],
  // Sending the form to the suggested group carries what was typed (`carry`).
  // suggestedGroupId: "which group of that kind?" in its own ShowCard.
  "agenda.form": ["groupId", "suggestedGroupId", "title", "description", "kind", "preferredMeetingId", "links", "raiseAtMeeting"],
  "agenda.edit": ["groupId", "title", "description", "kind", "preferredMeetingId", "links", "raiseAtMeeting"],
  "agenda.triage": ["acceptMeetingId", "meetingId", "toGroupId", "reason"],
  "agenda.meeting": ["date", "time", "place", "onlineUrl", "reason"],
  "minutes.requestChanges": ["comment", "item"],
  "minutes.saveItem": ["title", "discussion", "decision", "responsible", "due", "actions"],
  "routing.feedback": ["correctGroupId", "comment"],
};

const stem = (id: string) => id.replace(/\$\{[^}]*\}$/, "");
const name = (a: Json) => `${a.type} "${a.title}"${a.verb ? ` (${a.verb})` : ""}`;

function walk(card: Json) {
  return actionsOf(card)
    .filter((f) => f.action.type === "Action.Execute" || f.action.type === "Action.Submit")
    .map((f) => ({ action: f.action, gathered: f.action.associatedInputs === "none" ? [] : f.path.flatMap(inputsOf).map((i) => String(i.id)), onPath: f.path.flatMap(inputsOf).length }));
}

describe("every card the bot can send: each button can be pressed in the client", () => {
  it("finds every template in cards/", () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(11);
  });

  it.each(TEMPLATES)("%s: actions that need no inputs say associatedInputs none; inputs live with the action that reads them", (file) => {
    const card = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, file), "utf8")) as Json;
    const problems: string[] = [];
    for (const { action, gathered, onPath } of walk(card)) {
      if (onPath === 0 && action.associatedInputs !== "none") problems.push(`${name(action)} needs no input but does not say associatedInputs "none"`);
      if (gathered.length === 0) continue;
      const verb = action.type === "Action.Execute" ? String(action.verb) : "Action.Submit";
      const reads = INPUTS_READ[verb];
      if (!reads) {
        problems.push(`${name(action)} gathers ${gathered.join(", ")} but its verb reads no input: set associatedInputs "none" or move the inputs into a ShowCard`);
        continue;
      }
      const foreign = gathered.filter((id) => !reads.includes(stem(id)));
      if (foreign.length > 0) problems.push(`${name(action)} gathers ${foreign.join(", ")}, which it does not read (they belong in another action's ShowCard)`);
    }
    expect(problems).toEqual([]);
  });

  it("the check catches the dead button of issue 14 (a required hidden choice beside the candidate buttons)", () => {
    const broken = {
      type: "AdaptiveCard",
      body: [{ type: "Input.ChoiceSet", id: "correctGroupId", isRequired: true, isVisible: false }],
      actions: [
        { type: "Action.Execute", title: "Anmäl ärende", verb: "agenda.form", data: {} },
        { type: "Action.Execute", title: "Skicka", verb: "routing.feedback", data: {} },
      ],
    };
    const found = walk(broken).filter((w) => w.gathered.some((id) => !(INPUTS_READ[String(w.action.verb)] ?? []).includes(stem(id))));
    expect(found.map((w) => w.action.title)).toEqual(["Anmäl ärende"]);
    const none = walk({ type: "AdaptiveCard", body: [], actions: [{ type: "Action.Execute", title: "Godkänn", verb: "minutes.approve" }] });
    expect(none[0]!.onPath).toBe(0);
    expect(none[0]!.action.associatedInputs).toBeUndefined();
  });
});
