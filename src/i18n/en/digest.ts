import type { digest as sv } from "../sv/digest";
import { enLocal } from "../dates";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const FIELD: Record<string, string> = {
  commissioner: "commissioner",
  purpose: "purpose",
  duties: "duties",
  composition: "composition",
  chair: "chair",
  meetingFrequency: "meeting frequency",
  reporting: "reporting",
  "validity.decidedDate": "decision date",
  "document.date": "date (the Datum field is empty)",
};

const NO_GROUPS = "This channel is not the home channel of any group yet. First type **link this channel to** _group_.";
const USAGE = "Type **digest on** (Monday 08:00), **digest on tuesday 07:30**, **digest off** or **digest now**.";

export const digest: typeof sv = {
  title: (week) => `Weekly digest ${week.replace(/^(\d{4})-W0?(\d{1,2})$/, "week $2, $1")}`,
  subtitle: (date) => `Composed ${enLocal(date)}`,
  previewNote: "Preview – this is what this week's digest looks like now.",
  nothing: "Nothing to report this week.",
  sections: {
    meetings: "Meetings in the next two weeks",
    deadlines: "Item submission deadlines this week",
    triage: "Items awaiting triage",
    minutes: "Minutes awaiting approval",
    followUps: "Decisions and actions to follow up",
    governance: "Governance calendar",
  },
  meeting: (date, time, place) => `${enLocal(date)} at ${time}${place ? `, ${place}` : ""}`,
  deadline: (deadline, meetingDate) => `${enLocal(deadline)} (meeting ${enLocal(meetingDate)})`,
  triageItem: (title, submitted, late) => `${title} – submitted ${enLocal(submitted)}${late ? " (late)" : ""}`,
  minutesItem: (m) =>
    [
      `${m.overdue ? "OVERDUE: " : ""}Minutes of ${enLocal(m.meetingDate)}`,
      m.dueDate ? `to be approved by ${enLocal(m.dueDate)}` : undefined,
      `${m.approvedCount} of ${m.approverCount} approved`,
      m.pending.length > 0 ? `waiting for ${m.pending.join(", ")}` : undefined,
      m.notReached.length > 0 ? `not reached: ${m.notReached.join(", ")}` : undefined,
    ]
      .filter(Boolean)
      .join("; "),
  followUp: (f) =>
    `${f.overdue ? "OVERDUE: " : ""}${f.kind === "decision" ? "Decision" : "Action"}: ${f.text}${f.responsible ? ` (responsible: ${f.responsible})` : ""}${f.due ? `, due ${enLocal(f.due)}` : ""} – meeting ${enLocal(f.meetingDate)}`,
  governance: {
    ANNUAL_REPORT: (n) => `Annual report (${n.what}) due by ${enLocal(n.due)}${n.to ? ` to ${n.to}` : ""}.`,
    ANNUAL_REPORT_UNDATED: (n) => `Annual duty: ${n.what}${n.to ? ` to ${n.to}` : ""} (the mandate gives no date).`,
    MANDATE_EXPIRED: (n) => `The mandate was valid until ${enLocal(n.until)} and has expired.`,
    MANDATE_ENDING: (n) => `The mandate is valid until ${enLocal(n.until)} – within six months.`,
    REVISION_PASSED: (n) => `The mandate was to be revised "${n.text}" (by ${enLocal(n.reviseBy)}); that date has passed.`,
    PLACEHOLDERS: (n) => `The mandate still has placeholders: ${n.texts.map((t) => `"${t}"`).join(", ")}.`,
    MISSING_FIELDS: (n) => `The mandate does not state: ${n.fields.map((f) => FIELD[f] ?? f).join(", ")}.`,
    REGIONS_MISSING: (n) => `Every region is to take part, but none represents: ${n.regions.join(", ")}.`,
    REGIONS_UNKNOWN: (n) =>
      `Every region is to take part; the catalog does not list the organisation's regions${n.represented.length > 0 ? ` (represented now: ${n.represented.join(", ")})` : " and no member has a region set"}.`,
  },
  more: (n) => `… and ${n} more`,
  onlyInChannel: (now: boolean) =>
    now
      ? "The digest belongs to a group's channel: type **@Samverkan digest now** in the channel to see it now, or **digest on** there to get it every week. A channel becomes the group's with **link this channel to** _group_."
      : "The digest is turned on in the channel that should get it: type **@Samverkan digest on** there (and **digest now** to see it at once).",
  noGroups: NO_GROUPS,
  usage: USAGE,
  on: (weekday, time) => `The digest is on: every ${WEEKDAYS[weekday - 1]} at ${time} (the next working day when that day is a holiday), in English.`,
  off: "The digest is off in this channel.",
  errors: {
    NOT_ALLOWED: "Only the group's chair or secretary (or an admin) can turn the digest on or off.",
    NO_GROUPS,
    INVALID_INPUT: USAGE,
    NOT_SUBSCRIBED: "The digest was not on here.",
    CONFLICT: "The digest could not be changed just now. Please try again.",
  },
};
