export const groups = {
  listTitle: "Grupper per organisation",
  listEmpty: "Katalogen är tom: inga uppdragsbeskrivningar är inlästa.",
  kindLabel: { group: "grupp", kind: "typ av grupp", referenced: "känd från hänvisningar" },
  notFound: (q: string) => `Jag hittar ingen grupp som heter "${q}". Skriv **grupper** för att se alla.`,
  kindNotGroup: (kind: string, groups: string[]) =>
    `**${kind}** är en typ av grupp (en mall för uppdrag), inte en enskild grupp. ` +
    (groups.length ? `Menar du ${groups.map((g) => `**${g}**`).join(" eller ")}?` : "Katalogen har ingen sådan grupp ännu: skriv **grupper** för att se dem som finns."),
  ambiguous: (names: string[]) => `Flera grupper passar: ${names.join(", ")}. Skriv ett mer exakt namn.`,
  showUsage: "Skriv **visa** följt av gruppens namn, till exempel **visa ledningsgruppen**.",
  facts: {
    organization: "Organisation",
    kind: "Typ",
    commissioner: "Uppdragsgivare",
    parent: "Underställd",
    chair: "Ordförande",
    chairRule: "Så utses ordföranden",
    secretary: "Sekreterare",
    members: "Ledamöter",
    coOpted: "Adjungerade",
    meetings: "Möten",
    reporting: "Rapportering",
    validity: "Giltighet",
  },
  meetingsPer: (min: number | undefined, max: number | undefined, per: "year" | "term" | "month") => {
    const unit = per === "year" ? "per år" : per === "term" ? "per termin" : "per månad";
    if (min !== undefined && max !== undefined && min !== max) return `${min}–${max} gånger ${unit}`;
    return `${min ?? max} gånger ${unit}`;
  },
  decided: (date?: string, by?: string) => ["fastställd", date, by ? `av ${by}` : undefined].filter(Boolean).join(" "),
  validUntil: (d: string) => `gäller till ${d}`,
  reviseBy: (d: string) => `revideras ${d}`,
  unknown: "okänt",
  noHolder: "ingen registrerad i Samverkan",
  referencedTitle: "Nämns i uppdragen",
  referencedNote: "organ och funktioner som uppdragen hänvisar till, utan egen uppdragsbeskrivning här",
  flagsTitle: "Brister i uppdraget",
  source: (title: string, extra: string) => `Källa: ${title}${extra ? ` (${extra})` : ""}`,
  sourceReferences: "Känd endast från hänvisningar i andra uppdrag.",
  areaLabel: (a: string) => `ansvarsområde ${a}`,
};
