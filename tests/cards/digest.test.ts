import { digestCardData, digestText, renderDigestCard } from "../../cards/digest";
import { MAX_CARD_BYTES } from "../../cards/render";
import type { Digest, DigestGroup } from "../../src/digest/schema";
import { messages } from "../../src/i18n";
import { validateCard } from "../support/cards";

const group = (i: number, n: number): DigestGroup => ({
  groupId: `g-${i}`,
  name: `Grupp ${i} ${"lång rubrik ".repeat(5)}`,
  meetings: Array.from({ length: n }, (_, k) => ({ meetingId: `m${k}`, date: "2027-02-10", time: "13:00", place: "Västerås" })),
  deadlines: [],
  triage: Array.from({ length: n }, (_, k) => ({ itemId: `i${k}`, title: `Ärende ${k} ${"med en ganska lång titel ".repeat(6)}`, submittedDate: "2027-02-01", late: k % 2 === 0 })),
  minutes: [],
  followUps: [],
  governance: [{ code: "MANDATE_EXPIRED", until: "2026-12-31" }],
});

const digestOf = (groups: DigestGroup[]): Digest => ({ week: "2027-W06", date: "2027-02-08", at: "2027-02-08T07:00:00.000Z", groups, empty: false });

describe("digest card", () => {
  it.each(["sv", "en"] as const)("long lists end with 'and N more' (%s)", (lang) => {
    const t = messages(lang);
    const card = renderDigestCard(digestOf([group(1, 30)]), t);
    expect(validateCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain(t.digest.more(22));
    expect(json).toContain(t.digest.sections.triage);
    expect(json).not.toContain(t.digest.sections.deadlines);
  });

  it("stays under 28 KB for a channel with many groups and long lists, saying how many groups are left out", () => {
    const t = messages("sv");
    const big = digestOf(Array.from({ length: 60 }, (_, i) => group(i, 40)));
    const card = renderDigestCard(big, t);
    const size = Buffer.byteLength(JSON.stringify(card), "utf8");
    expect(size).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(validateCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toMatch(/… och \d+ till/);
    // the full text (CLI) keeps everything
    expect(digestText(big, t).split("\n").length).toBeGreaterThan(60 * 80);
  });

  it("escapes user text (item titles, group names) so it cannot become template expressions or markup", () => {
    const g = { ...group(1, 1), name: "${title} **x**", triage: [{ itemId: "i", title: "<b>${groups}</b> [a](b)", submittedDate: "2027-02-01", late: false }] };
    const data = digestCardData(digestOf([g]), messages("en"));
    expect(data.groups![0]!.name).not.toContain("${");
    const card = renderDigestCard(digestOf([g]), messages("en"));
    const json = JSON.stringify(card);
    expect(json).not.toContain("<b>");
    expect(json).toContain("&lt;b&gt;");
    expect(validateCard(card)).toEqual([]);
  });

  it("a week with nothing says so in one line", () => {
    const quiet: DigestGroup = { groupId: "q", name: "Q", meetings: [], deadlines: [], triage: [], minutes: [], followUps: [], governance: [] };
    const card = renderDigestCard({ ...digestOf([quiet]), empty: true }, messages("sv"));
    expect(validateCard(card)).toEqual([]);
    const texts = (card.body as { text?: string }[]).map((b) => b.text).filter(Boolean);
    expect(texts).toEqual(["Veckobrev vecka 6, 2027", "Sammanställt 8 februari 2027", "Inget att ta upp den här veckan."]);
  });

  it("passed deadlines first and in bold in the default colour (yellow was unreadable on a light theme); never attention or warning, no buttons", () => {
    const g: DigestGroup = {
      ...group(1, 1),
      minutes: [
        { groupId: "g-1", minutesId: "m0", meetingId: "mt0", meetingDate: "2027-01-10", dueDate: "2027-01-20", overdue: true, approvedCount: 0, approverCount: 1, pending: ["Anna"], notReached: [] },
        { groupId: "g-1", minutesId: "m1", meetingId: "mt1", meetingDate: "2027-02-01", dueDate: "2027-02-12", overdue: false, approvedCount: 0, approverCount: 1, pending: ["Bo"], notReached: [] },
      ],
      governance: [{ code: "MANDATE_EXPIRED", until: "2026-12-31" }, { code: "PLACEHOLDERS", texts: ["xxx"] }],
    };
    for (const lang of ["sv", "en"] as const) {
      const card = renderDigestCard(digestOf([g]), messages(lang));
      expect(validateCard(card)).toEqual([]);
      const blocks: { text?: string; color?: string; weight?: string }[] = [];
      const walk = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === "object") {
          const o = x as Record<string, unknown>;
          if (o.type === "TextBlock") blocks.push(o as { text?: string; color?: string; weight?: string });
          Object.values(o).forEach(walk);
        }
      };
      walk(card);
      const warning = blocks.filter((b) => b.weight === "Bolder").map((b) => b.text).join("\n");
      expect(warning).toContain(lang === "sv" ? "10 januari 2027" : "10 January 2027"); // overdue minutes
      expect(warning).not.toContain(lang === "sv" ? "1 februari 2027" : "1 February 2027"); // minutes not yet due: default colour
      expect(warning).toContain(lang === "sv" ? "31 december 2026" : "31 December 2026"); // expired mandate
      expect(warning).not.toContain("xxx");
      expect(blocks.some((b) => b.color === "Attention" || b.color === "Warning")).toBe(false);
      expect(JSON.stringify(card)).not.toMatch(/"actions"|Action\./);
    }
  });
});
