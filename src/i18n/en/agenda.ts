import type { Refusal } from "../../agenda/result";
import type { ItemStatus, RoleKind } from "../../agenda/schema";
import type { agenda as sv } from "../sv/agenda";
import type { Escape } from "../errors";
import { enDateTime, enLocal } from "../dates";
import { problemsOf } from "../fields";


const statusWord: Record<ItemStatus, string> = { submitted: "submitted", accepted: "accepted", deferred: "deferred", redirected: "redirected", rejected: "rejected", withdrawn: "withdrawn" };
const roleNames: Record<RoleKind, string> = { chair: "chair", viceChair: "vice chair", secretary: "secretary", member: "member", coopted: "co-opted member", adjuster: "adjuster" };
const submitProblems: Record<string, string> = {
  title: "The title must be 3–200 characters.",
  description: "The description must not be empty or too long.",
  links: "Links: at most 10, one web address (https://…) per line.",
  kind: "Choose the kind of item.",
  preferredMeetingId: "Choose one of the group's planned meetings.",
  groupId: "Choose a group.",
  onlineUrl: "The Teams link must be a web address starting with https://.",
  place: "The place may be at most 300 characters.",
};
const fieldList = (r: Refusal) => problemsOf((r.issues ?? []).map((i) => i.path), submitProblems, "Please check the details.");
const who = (r: Refusal, e: Escape) => e(r.by?.name || r.by?.userId || "?");

const triageRight = "Only the group's chair, vice chair or secretary (or an administrator) can triage items.";
const howToAppoint = "An administrator appoints them by typing “set chair”, the group's name and @person (likewise vice chair and secretary).";

const errors: typeof sv.errors = {
  NOT_ALLOWED: (r, e) => {
    switch (r.right) {
      case "triage": {
        const holders = (r.holders ?? []).map((h) => `the ${roleNames[h.role]}, ${e(h.name)}`);
        return holders.length > 0 ? `${triageRight} Ask ${holders.join(" or ")}.` : `${triageRight} The group has none of them yet. ${howToAppoint}`;
      }
      case "view":
        return "Only the group's chair, vice chair or secretary (or the person who submitted it) can see this item.";
      case "meetings":
        return "Only an admin or the group's chair or secretary can change the group's meetings.";
      case "bind":
        return "Only an admin or the group's chair or secretary can link a channel to the group.";
      case "withdraw":
        return "Only the person who submitted the item can withdraw it.";
      case "edit":
        return "Only the person who submitted the item can edit it.";
      case "assignLeadRole":
        return "Only an admin can appoint the chair, vice chair and secretary.";
      case "assignMemberRole":
        return "Only an admin or the group's chair or secretary can appoint members, co-opted members and adjusters.";
      default:
        return "You may not do that here.";
    }
  },
  NOT_FOUND: (r) => (r.subject === "meeting" ? "That meeting does not exist for that group." : "That item does not exist in that group."),
  UNKNOWN_GROUP: "That group does not exist.",
  UNKNOWN_MEETING: (r) =>
    r.subject === "meeting" ? "That meeting does not exist for that group." : r.subject === "preferredMeeting" ? "The chosen meeting is not a planned meeting of the group." : "There is no planned meeting to put the item on.",
  INVALID_INPUT: (r) => {
    const paths = (r.issues ?? []).map((i) => i.path);
    if (paths.includes("reason")) return "Please give a reason to reject the item.";
    if (paths.includes("at")) return "The meeting must be in the future, on a date that exists. Write the date and time as YYYY-MM-DD and HH:MM, e.g. 2027-02-02 13:00.";
    if (paths.includes("toGroupId")) return "Choose another group to send the item to.";
    return paths.length > 0 ? fieldList(r) : "The card's data is not recognised.";
  },
  INVALID_STATE: (r) => (r.subject === "meeting" ? "The meeting is already cancelled." : `That is not possible with the item as it is now (${r.status ? statusWord[r.status] : "changed"}).`),
  STALE_REVISION: (r, e) =>
    r.subject === "meeting" ? `${who(r, e)} changed the meeting since this card was shown. Here is the current version.` : "The item changed since this card was shown. Open it again to see the current version.",
  ALREADY_HANDLED: (r, e) => (r.subject === "meeting" ? "The meeting is already cancelled." : `This item was already handled by ${who(r, e)} (${r.status ? statusWord[r.status] : ""}).`),
  CONFLICT: "That did not work just now. Please try again in a moment.",
};

export const agenda: typeof sv = {
  localDate: enLocal,
  bindOnlyInChannel: "Type **link this channel to** _group_ in the channel that should be the group's home channel.",
  bindUsage: "Type **link this channel to** followed by the group's name.",
  bound: (group) => `This channel is now the home channel of **${group}**. Triage and the kallelse (meeting notice) are posted here.`,
  boundMoved: (group) => `This channel is now the home channel of **${group}** (instead of its previous channel).`,
  agendaWhichGroup: "Which group? Type **agenda** followed by the group's name, or link this channel to a group.",
  noMeeting: (group) => `${group} has no meeting planned. The chair or secretary plans one with **new meeting ${group}** _YYYY-MM-DD HH:MM_.`,
  agendaTitle: (group, date, time) => `**Agenda for ${group}, ${enLocal(date)} at ${time}**`,
  place: (p) => `Place: ${p}`,
  deadlines: (items, kallelse) => `Items due: ${enLocal(items)}. Kallelse (notice): ${enLocal(kallelse)}.`,
  noItems: "No items are on the agenda yet.",
  late: "late",
  pending: (n) => `${n} item${n === 1 ? "" : "s"} awaiting triage (the chair or secretary types **triage** _group_ to triage ${n === 1 ? "it" : "them"}).`,
  triageQueue: {
    whichGroup: "Which group? Type **triage** followed by the group's name.",
    none: (group) => `No items await triage in ${group}.`,
    heading: (group, shown, total) =>
      shown < total ? `${total} items await triage in ${group}. Here are the ${shown} oldest; type **triage** again for more once these are done.` : `${total} item${total === 1 ? "" : "s"} awaiting triage in ${group}:`,
  },
  kind: { information: "information", diskussion: "discussion", beslut: "decision" },
  kindLabel: { information: "Information", diskussion: "Discussion", beslut: "Decision" },
  kallelseTitle: (group) => `**Meeting notice (kallelse): ${group}**`,
  when: (date, time) => `When: ${enLocal(date)} at ${time}`,
  agendaHeading: "Agenda",
  triage: {
    heading: (group) => `Item for ${group}`,
    facts: { kind: "Kind", submitter: "Submitted by", meeting: "Meeting", submitted: "Submitted" },
    submittedAt: enDateTime,
    unknownSubmitter: "name missing",
    noMeeting: "no meeting planned",
    labels: {
      accept: "Accept",
      defer: "Defer",
      reject: "Reject",
      reason: "Reason",
      reasonMissing: "Write why the item is rejected.",
      reopen: "Reopen",
      withdraw: "Withdraw",
      edit: "Edit",
      acceptTo: "Onto the meeting",
      deferTo: "To meeting",
      nextMeeting: "Next meeting",
      redirect: "Redirect",
      redirectTo: "To group",
      redirectMissing: "Choose the group to send the item to.",
    },
    status: {
      submitted: "Awaiting triage",
      accepted: (by) => `Accepted by ${by}`,
      deferred: (by) => `Deferred by ${by}`,
      redirected: (by) => `Redirected by ${by}`,
      rejected: (by, reason) => `Rejected by ${by}: ${reason}`,
      withdrawn: "Withdrawn by the submitter",
    },
    next: {
      accepted: (meeting) => `The item is on the agenda of the meeting on ${enLocal(meeting)}.`,
      deferred: (meeting) => (meeting ? `The item comes up for triage again before the meeting on ${enLocal(meeting)}.` : "The item comes up for triage again once the next meeting is planned."),
      redirected: (group) => `The item was sent to ${group}.`,
    },
    movedOn: (meeting) => `The deadline for the nearest meeting had passed when the item was submitted, so it goes to the meeting on ${enLocal(meeting)}.`,
    statusWord,
    notice: (title, status) => `Your item "${title}" is now ${status}.`,
    rejectedNotice: (title, reason) => `Your item "${title}" was rejected. Reason: ${reason}`,
    reopenedNotice: (title) => `Your item "${title}" was reopened and awaits triage again.`,
  },
  submit: {
    heading: (group) => `Submit an item to ${group}`,
    pickHeading: "Submit an item",
    deadline: (date, meeting) => `Items for the meeting on ${enLocal(meeting)} are due ${enLocal(date)}.`,
    deadlinePassed: (date, meeting) => `Items for the meeting on ${enLocal(meeting)} were due ${enLocal(date)}: an item now goes to the next meeting, or is raised late at the meeting on ${enLocal(meeting)} if you choose so below.`,
    labels: {
      group: "Group",
      title: "Title",
      description: "Description",
      kind: "Kind of item",
      meeting: "Preferred meeting",
      links: "Links (one per line)",
      raiseAtMeeting: "If it is late: raise it at the meeting anyway",
      send: "Send",
      sendAnyway: "Send anyway",
      sendTo: "Send to the suggested group",
      sendToOne: "Send to a group of that kind",
      back: "Back to the answer",
      whichGroup: "Which group?",
      save: "Save changes",
      groupMissing: "Choose a group.",
      titleMissing: "Write a title.",
      descriptionMissing: "Describe the item.",
    },
    suggest: (group, other) => `This item seems to belong to **${other}** rather than ${group} (by the groups' mandates). Send it there, or send it to ${group} anyway.`,
    suggestKind: (group, kind) => `This item seems to belong to one of the **${kind}** rather than ${group} (by their mandate). Choose which, or send it to ${group} anyway.`,
    kindWithoutGroups: (group, kind) => `This item seems to belong to **${kind}** (by their mandate), but the catalog has no such group. Send it to ${group} anyway, or submit it to another group.`,
    editHeading: (group) => `Edit item for ${group}`,
    invalid: (fields) => problemsOf(fields, submitProblems, "Please check the form."),
  },
  kallelse: {
    heading: "Meeting notice (kallelse)",
    date: "Date",
    time: "Time",
    place: "Place",
    online: "Online",
    onlineValue: "Teams meeting (link below)",
    join: "Join the meeting",
    cancelled: (reason) => `The meeting is cancelled.${reason ? ` ${reason}` : ""}`,
    raiseAtMeeting: "raised at the meeting",
    footer: "Questions may also be raised during the meeting.",
  },
  meetings: {
    usage: "Type **new meeting** _group YYYY-MM-DD HH:MM_, optionally with a place or Teams link, e.g. **new meeting samverkansgruppen i Västmanland 2027-02-02 13:00 Västerås**. **meetings** _group_ shows the group's meetings; you can reschedule and cancel them there.",
    heading: (group) => `Meetings of ${group}`,
    none: "No meetings planned.",
    meetingLine: (date, time, where) => `${enLocal(date)} at ${time}${where ? `, ${where}` : ""}`,
    dates: (items, kallelse) => `Items due ${enLocal(items)}, kallelse ${enLocal(kallelse)}`,
    frequency: (clause) => `The mandate: ${clause}`,
    noFrequency: "The mandate gives no meeting frequency.",
    tooFew: (planned, expected) => `Only ${planned} meeting${planned === 1 ? "" : "s"} planned in the coming twelve months; the mandate asks for at least ${expected}.`,
    enough: (planned, expected) => `${planned} meetings planned in the coming twelve months (mandate: at least ${expected}).`,
    created: (date, time) => `The meeting on ${enLocal(date)} at ${time} is created.`,
    rescheduled: (date, time) => `The meeting is moved to ${enLocal(date)} at ${time}.`,
    kallelseUpdated: "The kallelse already posted is updated.",
    kallelsePassed: (date, posted) => `The kallelse date, ${enLocal(date)}, has already passed${posted ? ": the kallelse will be posted in the group's channel within 15 minutes" : ""}.`,
    deadlinePassed: (date) => `The item deadline, ${enLocal(date)}, has already passed, so items submitted now are marked late.`,
    cancelledMeeting: (date, time) => `The meeting on ${enLocal(date)} at ${time} is cancelled.`,
    labels: { date: "Date (YYYY-MM-DD)", time: "Time (HH:MM)", place: "Place", onlineUrl: "Teams link", create: "New meeting", save: "Create", reschedule: "Reschedule", cancel: "Cancel meeting", reason: "Reason", dateMissing: "Choose the meeting's date.", timeMissing: "Choose the meeting's time." },
  },
  roles: {
    usage: "Type **set** _role group_ **@person**, e.g. **set secretary samverkansgruppen i Västmanland @Sara**. Roles: chair, vice chair, secretary, member, co-opted, adjuster.",
    needMention: "Name the person with an @mention (one person), so that the role goes to the right account.",
    set: (role, person, group) => `${person} is now ${role} of ${group}.`,
    replaced: (previous) => `(Replaces ${previous}.)`,
    names: roleNames,
  },
  errors,
  failed: "That did not work just now. Please try again in a moment.",
};
