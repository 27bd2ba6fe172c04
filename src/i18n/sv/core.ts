import type { Language } from "../../domain/language";

export const core = {
  /** The language these strings are in (cards carry it in their action data). */
  lang: "sv" as Language,
  welcome: (where: "personal" | "groupChat" | "channel") =>
    `Hej! Jag är Samverkan. Jag hjälper ${where === "personal" ? "dig" : "er"} att hitta vilken grupp som äger en fråga, anmäla ärenden, justera minnesanteckningar och hålla koll på veckans åtaganden. Skriv **hjälp** för att se vad jag kan.`,
  helpTitle: "Det här kan jag",
  // Placeholders in italics, never in <…>: Teams reads "<grupp>" as an HTML tag and shows nothing.
  helpLines: [
    "**Vem äger …?** — ställ en fråga, så svarar jag vilken grupp vars uppdrag täcker den, med citat ur uppdraget.",
    "**grupper** — lista grupperna per organisation. **visa** _grupp_ — en grupps profil.",
    "**anmäl ärende** _grupp_ — anmäl ett ärende till en grupps möte. **dagordning** _grupp_ — nästa mötes dagordning. **bered** _grupp_ — ärenden som väntar på beredning (ordförande, sekreterare).",
    "**koppla kanalen till** _grupp_ — gör kanalen till gruppens hemkanal.",
    "**nytt möte** _grupp datum tid_ — planera ett möte. **möten** _grupp_ — gruppens kommande möten.",
    "**sätt** _roll grupp_ **@person** — ordförande, vice ordförande, sekreterare, ledamot, adjungerad eller justerare.",
    "**protokoll** _grupp_ — minnesanteckningar: skriv, begär justering och se status.",
    "**veckobrev på / av / nu** — veckobrev i kanalen.",
    "**vem är jag** — ditt Teams-id, Entra-id, klient och roller.",
    "**språk engelska / språk svenska** — välj språk för mina svar.",
  ],
  /** Buttons on the help card: each sends its text as if typed (imBack). */
  helpActions: [
    { title: "Visa grupper", text: "grupper" },
    { title: "Prova en fråga", text: "Vem samordnar bilddiagnostik och röntgen i VGR?" },
  ],
  greeting: "Hej! Jag är Samverkan. Fråga mig vilken grupp som äger en fråga, till exempel \"Vem äger frågan om kompetensförsörjning?\", eller skriv **hjälp** för att se allt jag kan.",
  thanks: "Varsågod! Säg till om det är något mer.",
  cardOutOfDate: "Det här kortet är inaktuellt. Skriv kommandot igen så får du ett nytt kort.",
  unknown: "Jag förstod inte riktigt. Ställ en fråga som \"Vem äger frågan om kompetensförsörjning?\" eller skriv **hjälp**.",
  didYouMean: (command: string) => `Menade du **${command}**? Skriv det så, eller ställ en fråga som "Vem äger frågan om kompetensförsörjning?". **hjälp** visar allt jag kan.`,
  empty: "Skriv en fråga eller **hjälp** för att se vad jag kan.",
  tooLong: (max: number) => `Meddelandet är för långt för mig (högst ${max} tecken). Korta ner det och försök igen.`,
  personalData:
    "Meddelandet verkar innehålla ett personnummer. Jag har inte sparat det. Dela aldrig personuppgifter eller patientuppgifter här — skriv om frågan utan dem.",
  error: "Något gick fel hos mig. Försök igen om en stund; felet är loggat.",
  whoamiTitle: "Vem är du?",
  whoami: (f: { name: string; teamsId: string; aadObjectId: string; tenantId: string; admin: boolean; roles: string[] }) =>
    [
      `**Namn:** ${f.name}`,
      `**Teams-id:** ${f.teamsId}`,
      `**Entra objekt-id:** ${f.aadObjectId}`,
      `**Klient (tenant):** ${f.tenantId}`,
      `**Administratör:** ${f.admin ? "ja" : "nej"}`,
      `**Roller:** ${f.roles.length > 0 ? f.roles.join(", ") : "inga"}`,
    ].join("\n\n"),
  languageSet: "Okej, jag svarar på svenska från och med nu.",
  languageUnknown: "Jag kan svara på svenska eller engelska: skriv **språk svenska** eller **språk engelska**.",
  notAllowedTenant: "Den här organisationen har inte tillgång till Samverkan.",
  localAdminWarning: "ADMIN_IDS är tom: i lokalt läge är alla användare administratörer.",
};
