import { MinutesContentSchema, type MinutesAction, type MinutesContent } from "./schema";

/**
 * The text format the secretary pastes or loads (`samverkan minutes load <meeting> <file>`). Markdown or
 * plain text; Swedish or English keys; keys are case-insensitive.
 *
 *   # Protokoll …                      a level-1 heading is the document's title (ignored)
 *   Närvarande: Anna A, Bertil B       Attendees:   (comma or semicolon separated)
 *   Justerare: Bertil B                Adjusters:
 *   Justeras senast: 2026-12-04        Approve by:  (YYYY-MM-DD)
 *
 *   ## 1. Title of the item            "##", "###" or "§ 3" starts an item; the number is optional
 *   Free text: the discussion (any number of lines and paragraphs).
 *   Beslut: the decision …             Decision:   (continues on the next lines until a blank line)
 *   Ansvarig: Carl C                   Responsible:
 *   Senast: 2027-01-31                 Due:        (also "Klart senast:")
 *   - Åtgärd: text; ansvarig: X; senast: 2027-01-15     - Action: text; responsible: X; due: YYYY-MM-DD
 */

/**
 * What could not be read on a line, as a code (the texts are in src/i18n/{sv,en}/minutes.ts `lineIssue`, so a
 * Swedish secretary never gets an English parser message): `text` is the start of the line when the text
 * names it, `field` the refused part of an item (title, decision, attendees …), `no` a repeated item number.
 */
export const LINE_CODES = ["TITLE_INSIDE", "TEXT_BEFORE_ITEM", "KEY_BEFORE_ITEM", "NO_TITLE", "BAD_APPROVE_BY", "BAD_DUE", "ACTION_BAD_DATE", "ACTION_NO_TEXT", "NO_ITEMS", "FIELD", "DUPLICATE_NO"] as const;
export type LineCode = (typeof LINE_CODES)[number];
export interface LineIssue {
  readonly line: number;
  readonly code: LineCode;
  readonly text?: string;
  readonly field?: string;
  readonly no?: number;
}
/** parseAction's refusal: the action has no text, or its date is not YYYY-MM-DD. */
export type ActionProblem = { readonly problem: "ACTION_BAD_DATE" | "ACTION_NO_TEXT" };

export type ParseResult = { ok: true; content: MinutesContent; dueDate?: string } | { ok: false; issues: LineIssue[] };

const KEYS: Record<string, "attendees" | "adjusters" | "dueDate" | "decision" | "responsible" | "due" | "action"> = {
  "närvarande": "attendees",
  narvarande: "attendees",
  deltagare: "attendees",
  attendees: "attendees",
  present: "attendees",
  justerare: "adjusters",
  adjusters: "adjusters",
  adjuster: "adjusters",
  "justeras senast": "dueDate",
  "approve by": "dueDate",
  beslut: "decision",
  decision: "decision",
  ansvarig: "responsible",
  responsible: "responsible",
  senast: "due",
  "klart senast": "due",
  due: "due",
  "åtgärd": "action",
  atgard: "action",
  action: "action",
};

const KEY_LINE = /^\s*(?:[-*]\s*)?(?:\*\*)?([A-Za-zÅÄÖåäö ]{2,20}?)(?:\*\*)?\s*:(?:\*\*)?\s*(.*)$/;
const ITEM_HEADING = /^\s*(?:#{2,4}\s*|§\s*)(?:(\d+)\s*[.):]?\s+)?(.*?)\s*#*\s*$/;
const TITLE_HEADING = /^\s*#\s+(.*)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const names = (s: string) =>
  s
    .split(/[;,]|\soch\s|\sand\s/)
    .map((x) => x.trim())
    .filter(Boolean);

interface Draft {
  no?: number;
  title: string;
  discussion: string[];
  decision?: string[];
  responsible?: string;
  due?: string;
  actions: MinutesAction[];
  line: number;
}


const keyOf = (line: string) => {
  const m = KEY_LINE.exec(line);
  if (!m) return undefined;
  const key = KEYS[m[1]!.trim().toLowerCase()];
  return key ? { key, value: m[2]!.trim() } : undefined;
};

/** Reads the text line by line: the header before the first item, then items with their keys and text. */
class Reader {
  readonly issues: LineIssue[] = [];
  readonly header: { attendees: string[]; adjusters: string[]; dueDate?: string } = { attendees: [], adjusters: [] };
  readonly items: Draft[] = [];
  private current: Draft | undefined;
  private inDecision = false;

  line(raw: string, n: number): void {
    const line = raw.trimEnd();
    const wasDecision = this.inDecision;
    this.inDecision = false;
    if (!line.trim()) {
      this.current?.discussion.push("");
      return;
    }
    if (TITLE_HEADING.test(line) && !/^\s*##/.test(line)) {
      if (this.current) this.issue(n, "TITLE_INSIDE");
      return;
    }
    const heading = ITEM_HEADING.exec(line);
    if (heading && /^\s*(#{2,4}|§)/.test(line)) return this.item(heading, n);
    const kv = keyOf(line);
    if (kv) return this.key(kv.key, kv.value, line, n);
    if (!this.current) return this.issue(n, "TEXT_BEFORE_ITEM", { text: line.trim().slice(0, 40) });
    this.inDecision = wasDecision;
    if (wasDecision) this.current.decision!.push(line.trim());
    else this.current.discussion.push(line);
  }

  private issue(line: number, code: LineCode, details: Omit<LineIssue, "line" | "code"> = {}): void {
    this.issues.push({ line, code, ...details });
  }

  private item(heading: RegExpExecArray, n: number): void {
    const title = heading[2]!.replace(/\*\*/g, "").trim();
    if (!title) this.issue(n, "NO_TITLE");
    this.current = { title, discussion: [], actions: [], line: n, ...(heading[1] ? { no: Number(heading[1]) } : {}) };
    this.items.push(this.current);
  }

  private key(key: (typeof KEYS)[string], value: string, line: string, n: number): void {
    const current = this.current;
    if (key === "attendees" || key === "adjusters" || key === "dueDate") {
      // A header key inside an item is text of the discussion.
      if (current) current.discussion.push(line);
      else if (key !== "dueDate") this.header[key].push(...names(value));
      else if (validDate(value)) this.header.dueDate = value;
      else this.issue(n, "BAD_APPROVE_BY");
      return;
    }
    if (!current) return this.issue(n, "KEY_BEFORE_ITEM", { text: line.trim().slice(0, 40) });
    if (key === "decision") {
      current.decision = [...(current.decision ?? []), value].filter(Boolean);
      this.inDecision = true;
    } else if (key === "responsible") current.responsible = value || undefined;
    else if (key === "due") {
      if (validDate(value)) current.due = value;
      else this.issue(n, "BAD_DUE");
    } else if (key === "action") {
      const a = parseAction(value);
      if ("problem" in a) this.issue(n, a.problem);
      else current.actions.push(a);
    }
  }
}

export function parseMinutes(text: string): ParseResult {
  const r = new Reader();
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((raw, i) => r.line(raw, i + 1));
  if (r.items.length === 0 && r.issues.length === 0) r.issues.push({ line: 1, code: "NO_ITEMS" });
  if (r.issues.length > 0) return { ok: false, issues: r.issues };
  return contentOf(r);
}

/** The content the reader found, checked against the schema (issues point at the item's line). */
function contentOf(r: Reader): ParseResult {
  const items = r.items;
  const parsed = MinutesContentSchema.safeParse({
    attendees: r.header.attendees,
    adjusters: r.header.adjusters,
    items: items.map((d, i) => ({
      no: d.no ?? i + 1,
      title: d.title,
      discussion: d.discussion.join("\n").replace(/^\n+|\n+$/g, "").replace(/\n{3,}/g, "\n\n"),
      ...(d.decision && d.decision.length > 0 ? { decision: d.decision.join("\n") } : {}),
      ...(d.responsible ? { responsible: d.responsible } : {}),
      ...(d.due ? { due: d.due } : {}),
      actions: d.actions,
    })),
  });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((x) => {
        const itemIndex = x.path[0] === "items" && typeof x.path[1] === "number" ? x.path[1] : undefined;
        // The refused part by name: "title" of items.2.title, "actions" of items.0.actions.3.text, "attendees".
        const field = String(itemIndex !== undefined ? (x.path[2] ?? "items") : (x.path[0] ?? "items"));
        return { line: itemIndex !== undefined ? items[itemIndex]!.line : 1, code: "FIELD" as const, field };
      }),
    };
  }
  const nos = parsed.data.items.map((i) => i.no);
  const dup = nos.find((x, i) => nos.indexOf(x) !== i);
  if (dup !== undefined) return { ok: false, issues: [{ line: items[nos.lastIndexOf(dup)]!.line, code: "DUPLICATE_NO", no: dup }] };
  return { ok: true, content: parsed.data, ...(r.header.dueDate ? { dueDate: r.header.dueDate } : {}) };
}

/** "text; ansvarig: X; senast: 2027-01-15" (English: responsible, due). */
export function parseAction(value: string): MinutesAction | ActionProblem {
  const parts = value.split(";").map((p) => p.trim());
  const out: { text: string; responsible?: string; due?: string } = { text: "" };
  const text: string[] = [];
  for (const p of parts) {
    const m = /^(ansvarig|responsible|senast|klart senast|due)\s*:\s*(.*)$/i.exec(p);
    if (!m) {
      text.push(p);
      continue;
    }
    const k = KEYS[m[1]!.toLowerCase()];
    if (k === "responsible") out.responsible = m[2]!.trim() || undefined;
    else {
      if (!validDate(m[2]!.trim())) return { problem: "ACTION_BAD_DATE" };
      out.due = m[2]!.trim();
    }
  }
  out.text = text.filter(Boolean).join("; ");
  if (!out.text) return { problem: "ACTION_NO_TEXT" };
  return { text: out.text, ...(out.responsible ? { responsible: out.responsible } : {}), ...(out.due ? { due: out.due } : {}) };
}
