import { DeadButtonError, pressData } from "./press";

// The helper is what makes a dead button fail a test, so it is tested on the rules the client applies.
const card = {
  type: "AdaptiveCard",
  version: "1.5",
  body: [{ type: "Input.ChoiceSet", id: "group", isRequired: true, label: "Grupp", choices: [{ title: "A", value: "a" }] }],
  actions: [
    { type: "Action.Execute", title: "Skicka", verb: "x.send", data: { lang: "sv" } },
    { type: "Action.Execute", title: "Öppna", verb: "x.open", data: { id: "1" }, associatedInputs: "none" },
    {
      type: "Action.ShowCard",
      title: "Fel grupp?",
      card: {
        type: "AdaptiveCard",
        body: [{ type: "Input.Text", id: "comment", label: "Kommentar" }],
        actions: [{ type: "Action.Execute", title: "Spara", verb: "x.save", data: {} }],
      },
    },
    { type: "Action.OpenUrl", title: "Läs", url: "https://example.org" },
  ],
};

describe("pressing card buttons as the client does", () => {
  it("refuses to send while a gathered required input is empty", () => {
    expect(() => pressData(card, "Skicka")).toThrow(DeadButtonError);
    expect(pressData(card, "Skicka", { inputs: { group: "a" } }).data).toEqual({ lang: "sv", group: "a" });
  });
  it("sends only the action's data with associatedInputs none", () => {
    expect(pressData(card, "Öppna").data).toEqual({ id: "1" });
  });
  it("gathers a ShowCard's inputs and its parents' inputs", () => {
    expect(() => pressData(card, "Spara", { within: "Fel grupp?", inputs: { comment: "x" } })).toThrow(/group/);
    expect(pressData(card, "Spara", { within: "Fel grupp?", inputs: { comment: "x", group: "a" } }).data).toEqual({ comment: "x", group: "a" });
  });
  it("knows buttons that send nothing and buttons that do not exist", () => {
    expect(() => pressData(card, "Läs")).toThrow(/sends nothing/);
    expect(() => pressData(card, "Saknas")).toThrow(/no button/);
  });
});
