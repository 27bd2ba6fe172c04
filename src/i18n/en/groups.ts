import type { groups as sv } from "../sv/groups";

export const groups: typeof sv = {
  listTitle: "Groups by organisation",
  listEmpty: "The catalog is empty: no mandates have been loaded.",
  kindLabel: { group: "group", kind: "kind of group", referenced: "known from references" },
  notFound: (q) => `I can't find a group called "${q}". Type **groups** to see them all.`,
  kindNotGroup: (kind, groups) =>
    `**${kind}** is a kind of group (a template for mandates), not one group. ` +
    (groups.length ? `Did you mean ${groups.map((g) => `**${g}**`).join(" or ")}?` : "The catalog has no such group yet: type **groups** to see those there are."),
  ambiguous: (names) => `Several groups fit: ${names.join(", ")}. Please use a more exact name.`,
  showUsage: "Type **show** followed by the group's name, e.g. **show ledningsgruppen**.",
  facts: {
    organization: "Organisation",
    kind: "Kind",
    commissioner: "Commissioned by",
    parent: "Reports to",
    chair: "Chair",
    chairRule: "How the chair is chosen",
    secretary: "Secretary",
    members: "Members",
    coOpted: "Co-opted",
    meetings: "Meetings",
    reporting: "Reporting",
    validity: "Validity",
  },
  meetingsPer: (min, max, per) => {
    const unit = per === "year" ? "a year" : per === "term" ? "a term" : "a month";
    if (min !== undefined && max !== undefined && min !== max) return `${min}–${max} times ${unit}`;
    return `${min ?? max} times ${unit}`;
  },
  decided: (date, by) => ["decided", date, by ? `by ${by}` : undefined].filter(Boolean).join(" "),
  validUntil: (d) => `valid until ${d}`,
  reviseBy: (d) => `to be revised ${d}`,
  unknown: "unknown",
  noHolder: "none registered in Samverkan",
  referencedTitle: "Referred to in the mandates",
  referencedNote: "bodies and roles the mandates refer to, without a mandate of their own here",
  flagsTitle: "Gaps in the mandate",
  source: (title, extra) => `Source: ${title}${extra ? ` (${extra})` : ""}`,
  sourceReferences: "Known only from references in other mandates.",
  areaLabel: (a) => `area: ${a}`,
};
