import type { Actor } from "../agenda/schema";
import { containsPersonnummer } from "../domain/personnummer";
import type { Approvers } from "./approvers";
import type { MinutesContext, Via } from "./context";
import { parseAction, parseMinutes } from "./parse";
import { KEEP } from "./ports";
import {
  LIMITS,
  MinutesContentSchema,
  MinutesItemSchema,
  minutesIdOf,
  refuse,
  versionOf,
  type Approver,
  type Identity,
  type Minutes,
  type MinutesContent,
  type MinutesRefusal,
  type MinutesResult,
} from "./schema";

export type Saved = MinutesResult<{ minutes: Minutes; created: boolean; changed: boolean; asked: boolean }>;

export interface ItemInput {
  readonly no?: number;
  readonly title: string;
  readonly discussion?: string;
  readonly decision?: string;
  readonly responsible?: string;
  readonly due?: string;
  readonly actions?: string;
}

interface Draft {
  readonly groupId: string;
  readonly id: string;
  readonly meeting: { id: string; date: string };
  readonly content: MinutesContent;
  readonly dueDate?: string;
  readonly reason?: string;
  readonly by: Identity;
  readonly at: string;
  /** Approvers resolved again for a new version while approval is asked. */
  readonly approvers?: Approver[];
}

const issuesOf = (issues: readonly { path: (string | number)[]; message: string }[]) => ({
  issues: issues.map((x) => ({ path: x.path.join("."), message: x.message })),
  message: issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; "),
});

/**
 * The secretary writes the minutes: the whole text at once (`load`: paste or CLI file) or item by item
 * (`saveItem`: the card form). Draft: replaced. Requested: a new version clears the approvals and asks
 * again. Approved: locked; a change needs a reason (a new revision) and is then asked for again. No text
 * holding a personal identity number is stored.
 */
export class Drafting {
  constructor(
    private readonly ctx: MinutesContext,
    private readonly approvers: Approvers,
    /** A new version while approval was asked: the new round's cards go out (off the caller's path). */
    private readonly asked: (m: Minutes, previousRound: number) => void,
  ) {}

  async load(actor: Actor, meetingId: string, text: string, opts: { reason?: string; via?: Via } = {}): Promise<Saved> {
    const meeting = await this.ctx.store.meeting(meetingId.trim());
    if (!meeting) return refuse("UNKNOWN_MEETING");
    if (!(await this.ctx.maySecretary(actor, meeting.groupId))) return refuse("NOT_ALLOWED");
    if (containsPersonnummer(text) || containsPersonnummer(opts.reason ?? "")) return refuse("PERSONAL_DATA");
    const parsed = parseMinutes(text);
    // Codes, not sentences: the texts are per language (src/i18n/<lang>/minutes.ts lineIssue / itemProblems).
    if (!parsed.ok) return refuse("INVALID_INPUT", { lines: parsed.issues });
    if (Buffer.byteLength(JSON.stringify(parsed.content)) > LIMITS.contentBytes) return refuse("INVALID_INPUT", { issues: [{ path: "content", message: "too long" }] });
    const reason = opts.reason?.trim();
    if (reason !== undefined && reason.length > LIMITS.reason.max) return refuse("INVALID_INPUT", { issues: [{ path: "reason", message: "too long" }] });
    const by = await this.ctx.identify(actor, opts.via ?? "cli", meeting.groupId);
    return this.write({ groupId: meeting.groupId, id: minutesIdOf(meeting.id), meeting, content: parsed.content, ...(parsed.dueDate ? { dueDate: parsed.dueDate } : {}), ...(reason !== undefined ? { reason } : {}), by, at: this.ctx.now() });
  }

  /**
   * One item from the card form: adds it (no number: at the end) or replaces item `no`. Actions are lines
   * "text; ansvarig: X; senast: YYYY-MM-DD". Approved minutes are locked (a revision needs the CLI).
   */
  async saveItem(actor: Actor, meetingId: string, input: ItemInput, via: Via = "teams"): Promise<Saved> {
    const meeting = await this.ctx.store.meeting(meetingId.trim());
    if (!meeting) return refuse("UNKNOWN_MEETING");
    if (!(await this.ctx.maySecretary(actor, meeting.groupId))) return refuse("NOT_ALLOWED");
    if (Object.values(input).some((v) => typeof v === "string" && containsPersonnummer(v))) return refuse("PERSONAL_DATA");
    const id = minutesIdOf(meeting.id);
    const current = (await this.ctx.store.read(meeting.groupId, id))?.doc;
    if (current?.status === "approved") return refuse("LOCKED", { version: current.version, versionNo: current.versionNo });
    const item = itemOf(input, current?.content.items ?? []);
    if ("ok" in item) return item;
    const items = current?.content.items ?? [];
    const nextItems = items.some((x) => x.no === item.no) ? items.map((x) => (x.no === item.no ? item : x)) : [...items, item].sort((a, b) => a.no - b.no);
    const content = MinutesContentSchema.safeParse({ attendees: current?.content.attendees ?? [], adjusters: current?.content.adjusters ?? [], items: nextItems });
    if (!content.success) return refuse("INVALID_INPUT", issuesOf(content.error.issues));
    const by = await this.ctx.identify(actor, via, meeting.groupId);
    return this.write({ groupId: meeting.groupId, id, meeting, content: content.data, by, at: this.ctx.now() });
  }

  private async write(d: Draft): Promise<Saved> {
    const version = versionOf(d.content);
    // A new version while approval is asked: the approvers are resolved again from the new content.
    const existing = (await this.ctx.store.read(d.groupId, d.id))?.doc;
    const reresolved = existing && existing.status !== "draft" && existing.version !== version ? await this.approvers.resolve(d.groupId, d.content) : undefined;
    const draft = reresolved?.ok ? { ...d, approvers: reresolved.approvers } : d;
    let refusal: MinutesRefusal | undefined;
    const out = await this.ctx.store.mutate(d.groupId, d.id, (cur) => {
      const next = nextDocument(cur, draft, version);
      refusal = next !== KEEP && "ok" in next ? next : undefined;
      return next === KEEP || "ok" in next ? KEEP : next;
    });
    if (refusal) return refusal;
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return { ok: true, minutes: out.doc!, created: false, changed: false, asked: false };
    const m = out.doc;
    const prev = out.previous;
    const newVersion = !!prev && prev.version !== m.version;
    const action = !prev ? "load" : prev.status === "approved" && newVersion ? "revise" : "edit";
    await this.ctx.audit(m, action, d.by, {
      items: m.content.items.length,
      ...(newVersion ? { previousVersion: prev.version } : {}),
      ...(action === "revise" ? { reason: d.reason } : {}),
      ...(newVersion && prev.status !== "draft" ? { approvalsCleared: (await this.ctx.hydrate(prev)).approvals.length } : {}),
    });
    const asked = newVersion && prev.status !== "draft";
    if (asked) {
      await this.ctx.audit(m, "request", d.by, { round: m.round, approvers: m.approvers.map((a) => a.name || a.key), dueDate: m.dueDate, auto: true });
      this.asked(m, prev.round);
    }
    return { ok: true, minutes: m, created: !prev, changed: true, asked };
  }
}

/** The item the form describes, checked; the number is the next free one when the form gives none. */
function itemOf(input: ItemInput, items: readonly { no: number }[]) {
  const actions = [];
  for (const [i, line] of (input.actions ?? "").split("\n").map((l) => l.replace(/^\s*[-*]\s*/, "").trim()).entries()) {
    if (!line) continue;
    const a = parseAction(line);
    if ("problem" in a) return refuse("INVALID_INPUT", { issues: [{ path: `actions.${i}`, message: a.problem }] });
    actions.push(a);
  }
  const opt = (v?: string) => (v && v.trim() ? v.trim() : undefined);
  const item = MinutesItemSchema.safeParse({
    no: input.no ?? Math.max(0, ...items.map((x) => x.no)) + 1,
    title: input.title,
    discussion: (input.discussion ?? "").replace(/\r\n?/g, "\n").trim(),
    ...(opt(input.decision) ? { decision: opt(input.decision) } : {}),
    ...(opt(input.responsible) ? { responsible: opt(input.responsible) } : {}),
    ...(opt(input.due) ? { due: opt(input.due) } : {}),
    actions,
  });
  return item.success ? item.data : refuse("INVALID_INPUT", issuesOf(item.error.issues));
}

/** The document after a write of `d` (a pure decision over the current document, retried on a lost race). */
function nextDocument(cur: Minutes | undefined, d: Draft, version: string): Minutes | MinutesRefusal | typeof KEEP {
  if (!cur) {
    return {
      id: d.id,
      type: "minutes",
      groupId: d.groupId,
      meetingId: d.meeting.id,
      meetingDate: d.meeting.date,
      status: "draft",
      content: d.content,
      version,
      versionNo: 1,
      revision: 1,
      round: 0,
      approvers: [],
      approvals: [],
      changeRequests: [],
      ...(d.dueDate ? { dueDate: d.dueDate } : {}),
      revisions: [],
      createdAt: d.at,
      createdBy: d.by,
      updatedAt: d.at,
      updatedBy: d.by,
    };
  }
  if (cur.version === version && (!d.dueDate || d.dueDate === cur.dueDate)) return KEEP;
  if (cur.status === "approved" && cur.version !== version && (!d.reason || d.reason.length < LIMITS.reason.min)) return refuse("LOCKED", { version: cur.version, versionNo: cur.versionNo });
  const next: Minutes = { ...cur, content: d.content, version, revision: cur.revision + 1, updatedAt: d.at, updatedBy: d.by, ...(d.dueDate ? { dueDate: d.dueDate } : {}) };
  if (cur.version === version) return next;
  next.versionNo = cur.versionNo + 1;
  next.approvals = [];
  if (cur.status === "approved") {
    next.revisions = [...cur.revisions, { versionNo: next.versionNo, version, reason: d.reason!, by: d.by, at: d.at }];
    delete next.approvedAt;
    delete next.distribution;
  }
  if (cur.status !== "draft") {
    // Asked again: a new round (the records of the old round no longer count).
    next.status = "requested";
    next.round = cur.round + 1;
    next.requestedAt = d.at;
    next.requestedBy = d.by;
    delete next.postedRound;
    if (d.approvers) next.approvers = d.approvers;
  }
  return next;
}
