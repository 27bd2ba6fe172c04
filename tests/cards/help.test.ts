import { renderHelpCard } from "../../cards/help";
import { escapeText, renderTemplate } from "../../cards/render";
import { messages } from "../../src/i18n";
import { validateCard } from "../support/cards";
import { HelpCardSchema } from "../../cards/help";

describe("help card", () => {
  it.each(["sv", "en"] as const)("renders a valid card in %s", (lang) => {
    const t = messages(lang).core;
    const card = renderHelpCard({ title: t.helpTitle, lines: t.helpLines, actions: t.helpActions }, lang);
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain("${");
    expect((card.body as any[])[1].items).toHaveLength(t.helpLines.length);
    // Buttons need none of the card's inputs and say which language the card is in.
    const actions = card.actions as any[];
    expect(actions).toHaveLength(t.helpActions.length);
    for (const a of actions) expect(a).toMatchObject({ type: "Action.Submit", associatedInputs: "none", data: { command: expect.any(String), lang } });
    // No "<placeholder>": Teams reads it as an HTML tag and shows nothing ("nytt möte , möten").
    expect(t.helpLines.join("\n")).not.toMatch(/<[a-zåäö]+>/i);
  });

  it("refuses data that does not fit its schema", () => {
    expect(() => renderHelpCard({ title: "", lines: [] })).toThrow();
  });

  it("the validator notices unknown element types", () => {
    expect(validateCard({ type: "AdaptiveCard", version: "1.5", body: [{ type: "NoSuchThing" }] }).join()).toMatch(/NoSuchThing|dropped/);
  });

  it("escapes user text so it cannot become a template expression or markup", () => {
    const evil = "${title} <script>alert(1)</script> **bold** [x](javascript:alert(1))";
    const card = renderTemplate(
      { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "${lines[0]}" }] },
      HelpCardSchema,
      { title: "T", lines: [escapeText(evil)] },
    );
    const text = (card.body as any[])[0].text as string;
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("**bold**");
    expect(text).not.toMatch(/\$\{title\}/);
  });
});
