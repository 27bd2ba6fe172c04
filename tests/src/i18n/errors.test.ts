import { messages } from "../../../src/i18n";
import { errorText, type ErrorScope } from "../../../src/i18n/errors";

/** Every feature that has an `errors` table (found at run time, so a new table is covered without an edit). */
const scopes = (Object.keys(messages("sv")) as (keyof ReturnType<typeof messages>)[]).filter(
  (k) => typeof (messages("sv")[k] as { errors?: unknown }).errors === "object",
) as ErrorScope[];

const tableOf = (lang: "sv" | "en", scope: ErrorScope) => (messages(lang)[scope] as unknown as { errors: Record<string, unknown> }).errors;

describe("the one error-code → text table", () => {
  it("has tables, and Swedish and English give the same codes a text each", () => {
    expect(scopes).toContain("digest");
    for (const scope of scopes) {
      const codes = Object.keys(tableOf("sv", scope)).sort();
      expect(Object.keys(tableOf("en", scope)).sort()).toEqual(codes);
      for (const code of codes) {
        for (const lang of ["sv", "en"] as const) {
          const text = errorText(lang, scope, { code } as never);
          expect(text.trim().length).toBeGreaterThan(5);
          expect(text).not.toBe(code);
        }
        // The two languages say different things (an English text left in the Swedish table is a bug).
        if (typeof tableOf("sv", scope)[code] === "string") expect(tableOf("sv", scope)[code]).not.toBe(tableOf("en", scope)[code]);
      }
    }
  });

  it("texts for the digest's codes, in the user's language", () => {
    expect(errorText("sv", "digest", { code: "NOT_ALLOWED" })).toMatch(/ordförande eller sekreterare/);
    expect(errorText("en", "digest", { code: "NOT_ALLOWED" })).toMatch(/chair or secretary/);
    expect(errorText("sv", "digest", { code: "NO_GROUPS" })).toBe(messages("sv").digest.noGroups);
  });

  it("an unknown code from untyped data gives the code, not a crash", () => {
    expect(errorText("sv", "digest", { code: "SOMETHING_NEW" } as never)).toBe("SOMETHING_NEW");
  });
});
