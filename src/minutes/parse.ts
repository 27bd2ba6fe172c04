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

export type ParseResult = { ok: true; content: MinutesContent; dueDate?: string } | { ok: false; issues: { line: number; message: string }[] };

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

export function parseMinutes(text: string): ParseResult {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const issues: { line: number; message: string }[] = [];
  const header: { attendees: string[]; adjusters: string[]; dueDate?: string } = { attendees: [], adjusters: [] };
  const items: Draft[] = [];
  let current: Draft | undefined;
  let inDecision = false;

  const keyOf = (line: string) => {
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    const key = KEYS[m[1]!.trim().toLowerCase()];
    return key ? { key, value: m[2]!.trim() } : undefined;
  };

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trimEnd();
    if (!line.trim()) {
      inDecision = false;
      if (current) current.discussion.push("");
      return;
    }
    if (TITLE_HEADING.test(line) && !/^\s*##/.test(line)) {
      inDecision = false;
      if (current) issues.push({ line: n, message: "a level-1 heading (#) is the title; items start with ## or §" });
      return;
    }
    const heading = ITEM_HEADING.exec(line);
    if (heading && /^\s*(#{2,4}|§)/.test(line)) {
      inDecision = false;
      const title = heading[2]!.replace(/\*\*/g, "").trim();
      if (!title) issues.push({ line: n, message: "an item heading needs a title" });
      current = { title, discussion: [], actions: [], line: n, ...(heading[1] ? { no: Number(heading[1]) } : {}) };
      items.push(current);
      return;
    }
    const kv = keyOf(line);
    if (kv) {
      inDecision = false;
      const { key, value } = kv;
      if (key === "attendees" || key === "adjusters" || key === "dueDate") {
        if (current) {
          // A header key inside an item is text of the discussion.
          current.discussion.push(line);
          return;
        }
        if (key === "dueDate") {
          if (!validDate(value)) issues.push({ line: n, message: "Justeras senast / Approve by: not a date (YYYY-MM-DD)" });
          else header.dueDate = value;
        } else header[key].push(...names(value));
        return;
      }
      if (!current) {
        issues.push({ line: n, message: `"${line.trim().slice(0, 40)}" comes before the first item (## title)` });
        return;
      }
      if (key === "decision") {
        current.decision = [...(current.decision ?? []), value].filter(Boolean);
        inDecision = true;
      } else if (key === "responsible") current.responsible = value || undefined;
      else if (key === "due") {
        if (!validDate(value)) issues.push({ line: n, message: "Senast / Due: not a date (YYYY-MM-DD)" });
        else current.due = value;
      } else if (key === "action") {
        const a = parseAction(value);
        if ("message" in a) issues.push({ line: n, message: a.message });
        else current.actions.push(a);
      }
      return;
    }
    if (!current) {
      issues.push({ line: n, message: `text before the first item (## title): "${line.trim().slice(0, 40)}"` });
      return;
    }
    if (inDecision) current.decision!.push(line.trim());
    else current.discussion.push(line);
  });

  if (items.length === 0 && issues.length === 0) issues.push({ line: 1, message: "no items: start each item with ## (or § 1)" });
  if (issues.length > 0) return { ok: false, issues };

  const parsed = MinutesContentSchema.safeParse({
    attendees: header.attendees,
    adjusters: header.adjusters,
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
        return { line: itemIndex !== undefined ? items[itemIndex]!.line : 1, message: `${x.path.join(".")}: ${x.message}` };
      }),
    };
  }
  const nos = parsed.data.items.map((i) => i.no);
  const dup = nos.find((x, i) => nos.indexOf(x) !== i);
  if (dup !== undefined) return { ok: false, issues: [{ line: items[nos.lastIndexOf(dup)]!.line, message: `item number ${dup} is used twice` }] };
  return { ok: true, content: parsed.data, ...(header.dueDate ? { dueDate: header.dueDate } : {}) };
}

/** "text; ansvarig: X; senast: 2027-01-15" (English: responsible, due). */
export function parseAction(value: string): MinutesAction | { message: string } {
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
      if (!validDate(m[2]!.trim())) return { message: "Åtgärd / Action: the date is not YYYY-MM-DD" };
      out.due = m[2]!.trim();
    }
  }
  out.text = text.filter(Boolean).join("; ");
  if (!out.text) return { message: "Åtgärd / Action: the action needs a text" };
  return { text: out.text, ...(out.responsible ? { responsible: out.responsible } : {}), ...(out.due ? { due: out.due } : {}) };
}
