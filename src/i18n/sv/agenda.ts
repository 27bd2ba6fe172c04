/** Swedish strings for ärenden, möten, dagordning och kanalkoppling. */
export const agenda = {
  bindOnlyInChannel: "Skriv **koppla kanalen till <grupp>** i den kanal som ska vara gruppens hemkanal.",
  bindUsage: "Skriv **koppla kanalen till** följt av gruppens namn.",
  bound: (group: string) => `Kanalen är nu hemkanal för **${group}**. Triage och kallelse skickas hit.`,
  boundMoved: (group: string) => `Kanalen är nu hemkanal för **${group}** (i stället för gruppens tidigare kanal).`,
  notAllowedBind: "Bara en administratör, gruppens ordförande eller sekreterare kan koppla en kanal till gruppen.",
  agendaWhichGroup: "Vilken grupp? Skriv **dagordning** följt av gruppens namn, eller koppla kanalen till en grupp.",
  noMeeting: (group: string) => `${group} har inget planerat möte.`,
  agendaTitle: (group: string, date: string, time: string) => `**Dagordning för ${group}, ${date} kl. ${time}**`,
  place: (p: string) => `Plats: ${p}`,
  deadlines: (items: string, kallelse: string) => `Sista dag för ärenden: ${items}. Kallelse: ${kallelse}.`,
  noItems: "Inga ärenden är ännu upptagna på dagordningen.",
  late: "sent anmält",
  pending: (n: number) => `${n} ärende${n === 1 ? "" : "n"} väntar på beredning.`,
  kind: { information: "information", diskussion: "diskussion", beslut: "beslut" },
  failed: "Det gick inte just nu. Försök igen om en stund.",
};
