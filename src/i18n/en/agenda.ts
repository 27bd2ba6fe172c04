import type { agenda as sv } from "../sv/agenda";

export const agenda: typeof sv = {
  bindOnlyInChannel: "Type **link this channel to <group>** in the channel that should be the group's home channel.",
  bindUsage: "Type **link this channel to** followed by the group's name.",
  bound: (group) => `This channel is now the home channel of **${group}**. Triage and the kallelse (meeting notice) are posted here.`,
  boundMoved: (group) => `This channel is now the home channel of **${group}** (instead of its previous channel).`,
  notAllowedBind: "Only an admin or the group's chair or secretary can link a channel to the group.",
  agendaWhichGroup: "Which group? Type **agenda** followed by the group's name, or link this channel to a group.",
  noMeeting: (group) => `${group} has no meeting planned.`,
  agendaTitle: (group, date, time) => `**Agenda for ${group}, ${date} at ${time}**`,
  place: (p) => `Place: ${p}`,
  deadlines: (items, kallelse) => `Items due: ${items}. Kallelse (notice): ${kallelse}.`,
  noItems: "No items are on the agenda yet.",
  late: "late",
  pending: (n) => `${n} item${n === 1 ? "" : "s"} awaiting triage.`,
  kind: { information: "information", diskussion: "discussion", beslut: "decision" },
  kallelseTitle: (group) => `**Meeting notice (kallelse): ${group}**`,
  when: (date, time) => `When: ${date} at ${time}`,
  agendaHeading: "Agenda",
  failed: "That did not work just now. Please try again in a moment.",
};
