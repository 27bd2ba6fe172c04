import type { Refusal } from "../../agenda/result";
import type { ItemStatus, RoleKind } from "../../agenda/schema";
import { svDateTime, svLocal } from "../dates";
import type { ErrorTable, Escape } from "../errors";
import { problemsOf } from "../fields";

/** Swedish strings for ärenden, möten, dagordning, roller och kanalkoppling. */


const statusWord: Record<ItemStatus, string> = { submitted: "anmält", accepted: "accepterat", deferred: "uppskjutet", redirected: "vidareskickat", rejected: "avslaget", withdrawn: "återtaget" };
const roleNames: Record<RoleKind, string> = { chair: "ordförande", viceChair: "vice ordförande", secretary: "sekreterare", member: "ledamot", coopted: "adjungerad", adjuster: "justerare" };
const submitProblems: Record<string, string> = {
  title: "Rubriken ska vara 3–200 tecken.",
  description: "Beskrivningen får inte vara tom och inte för lång.",
  links: "Länkarna: högst 10, en webbadress (https://…) per rad.",
  kind: "Välj typ av ärende.",
  preferredMeetingId: "Välj ett av gruppens planerade möten.",
  groupId: "Välj en grupp.",
  onlineUrl: "Teams-länken ska vara en webbadress som börjar med https://.",
  place: "Platsen får vara högst 300 tecken.",
};
const fieldList = (r: Refusal) => problemsOf((r.issues ?? []).map((i) => i.path), submitProblems, "Kontrollera uppgifterna.");
const who = (r: Refusal, e: Escape) => e(r.by?.name || r.by?.userId || "?");

const triageRight = "Bara gruppens ordförande, vice ordförande eller sekreterare (eller en administratör) kan bereda ärenden.";
// Plain quotes, not bold: a click is answered with a message that shows no Markdown.
const howToAppoint = "En administratör utser dem genom att skriva ”sätt ordförande”, gruppens namn och @person (likaså vice ordförande och sekreterare).";

/** Refusal code → text (one table for the bot and the CLI; the refusal's details pick the wording). */
const errors: ErrorTable<Refusal> = {
  NOT_ALLOWED: (r: Refusal, e: Escape) => {
    switch (r.right) {
      case "triage": {
        const holders = (r.holders ?? []).map((h) => `${roleNames[h.role]} ${e(h.name)}`);
        return holders.length > 0 ? `${triageRight} Fråga ${holders.join(" eller ")}.` : `${triageRight} Gruppen har ingen av dem ännu. ${howToAppoint}`;
      }
      case "view":
        return "Bara den som anmälde ärendet och gruppens ordförande, vice ordförande eller sekreterare kan se det.";
      case "meetings":
        return "Bara en administratör eller gruppens ordförande eller sekreterare kan ändra gruppens möten.";
      case "bind":
        return "Bara en administratör, gruppens ordförande eller sekreterare kan koppla en kanal till gruppen.";
      case "withdraw":
        return "Bara den som anmälde ärendet kan återta det.";
      case "edit":
        return "Bara den som anmälde ärendet kan ändra det.";
      case "assignLeadRole":
        return "Bara en administratör kan utse ordförande, vice ordförande och sekreterare.";
      case "assignMemberRole":
        return "Bara en administratör eller gruppens ordförande eller sekreterare kan utse ledamöter, adjungerade och justerare.";
      default:
        return "Det får du inte göra här.";
    }
  },
  NOT_FOUND: (r: Refusal) => (r.subject === "meeting" ? "Mötet finns inte för den gruppen." : "Ärendet finns inte i den gruppen."),
  UNKNOWN_GROUP: "Gruppen finns inte.",
  UNKNOWN_MEETING: (r: Refusal) =>
    r.subject === "meeting" ? "Mötet finns inte för den gruppen." : r.subject === "preferredMeeting" ? "Det valda mötet är inte ett planerat möte för gruppen." : "Det finns inget planerat möte att lägga ärendet på.",
  INVALID_INPUT: (r: Refusal) => {
    const paths = (r.issues ?? []).map((i) => i.path);
    if (paths.includes("reason")) return "Skriv en motivering för att avslå ärendet.";
    if (paths.includes("at")) return "Mötet måste ligga i framtiden, på ett datum som finns. Skriv datum och tid som ÅÅÅÅ-MM-DD och TT:MM, t.ex. 2027-02-02 13:00.";
    if (paths.includes("toGroupId")) return "Välj en annan grupp att skicka ärendet till.";
    return paths.length > 0 ? fieldList(r) : "Kortets uppgifter känns inte igen.";
  },
  INVALID_STATE: (r: Refusal) => (r.subject === "meeting" ? "Mötet är redan inställt." : `Det går inte med ärendet som det är nu (${r.status ? statusWord[r.status] : "ändrat"}).`),
  STALE_REVISION: (r: Refusal, e: Escape) =>
    r.subject === "meeting" ? `Mötet har ändrats av ${who(r, e)} sedan kortet visades. Här är den aktuella versionen.` : "Ärendet har ändrats sedan kortet visades. Öppna det igen för att se den aktuella versionen.",
  ALREADY_HANDLED: (r: Refusal, e: Escape) => (r.subject === "meeting" ? "Mötet är redan inställt." : `Ärendet är redan hanterat av ${who(r, e)} (${r.status ? statusWord[r.status] : ""}).`),
  CONFLICT: "Det gick inte just nu. Försök igen om en stund.",
};

export const agenda = {
  /** A meeting's local date (and time), "2026-12-15 10:00", as the cards write dates out. */
  localDate: svLocal,
  bindOnlyInChannel: "Skriv **koppla kanalen till** _grupp_ i den kanal som ska vara gruppens hemkanal.",
  bindUsage: "Skriv **koppla kanalen till** följt av gruppens namn.",
  bound: (group: string) => `Kanalen är nu hemkanal för **${group}**. Triage och kallelse skickas hit.`,
  boundMoved: (group: string) => `Kanalen är nu hemkanal för **${group}** (i stället för gruppens tidigare kanal).`,
  agendaWhichGroup: "Vilken grupp? Skriv **dagordning** följt av gruppens namn, eller koppla kanalen till en grupp.",
  noMeeting: (group: string) => `${group} har inget planerat möte. Ordföranden eller sekreteraren planerar ett med **nytt möte ${group}** _ÅÅÅÅ-MM-DD TT:MM_.`,
  agendaTitle: (group: string, date: string, time: string) => `**Dagordning för ${group}, ${svLocal(date)} kl. ${time}**`,
  place: (p: string) => `Plats: ${p}`,
  deadlines: (items: string, kallelse: string) => `Sista dag för ärenden: ${svLocal(items)}. Kallelse: ${svLocal(kallelse)}.`,
  noItems: "Inga ärenden är ännu upptagna på dagordningen.",
  late: "sent anmält",
  pending: (n: number) => `${n} ärende${n === 1 ? "" : "n"} väntar på beredning (ordföranden eller sekreteraren skriver **bered** _grupp_ för att bereda dem).`,
  /** "bered [grupp]": the items awaiting triage as cards, in any chat. */
  triageQueue: {
    whichGroup: "Vilken grupp? Skriv **bered** följt av gruppens namn.",
    none: (group: string) => `Inga ärenden väntar på beredning i ${group}.`,
    heading: (group: string, shown: number, total: number) =>
      shown < total ? `${total} ärenden väntar på beredning i ${group}. Här är de ${shown} äldsta; skriv **bered** igen för fler när de är beredda.` : `${total} ärende${total === 1 ? "" : "n"} väntar på beredning i ${group}:`,
  },
  /** In running text ("1. Rubrik (beslut, sent anmält)"). */
  kind: { information: "information", diskussion: "diskussion", beslut: "beslut" },
  /** Standing alone: a choice on the form, the value of the card's "Typ". */
  kindLabel: { information: "Information", diskussion: "Diskussion", beslut: "Beslut" },
  kallelseTitle: (group: string) => `**Kallelse: ${group}**`,
  when: (date: string, time: string) => `Tid: ${svLocal(date)} kl. ${time}`,
  agendaHeading: "Dagordning",
  triage: {
    heading: (group: string) => `Ärende till ${group}`,
    facts: { kind: "Typ", submitter: "Anmält av", meeting: "Möte", submitted: "Anmält" },
    /** When the item was submitted, as a Swedish reader writes a date. */
    submittedAt: svDateTime,
    /** The submitter when the item names nobody (never a raw id on the card). */
    unknownSubmitter: "namn saknas",
    noMeeting: "inget planerat möte",
    labels: {
      accept: "Acceptera",
      defer: "Skjut upp",
      reject: "Avslå",
      reason: "Motivering",
      reasonMissing: "Skriv varför ärendet avslås.",
      reopen: "Öppna igen",
      withdraw: "Återta",
      edit: "Ändra",
      acceptTo: "Till mötet",
      deferTo: "Till möte",
      nextMeeting: "Nästa möte",
      redirect: "Skicka vidare",
      redirectTo: "Till grupp",
      redirectMissing: "Välj vilken grupp ärendet ska skickas till.",
    },
    status: {
      submitted: "Väntar på beredning",
      accepted: (by: string) => `Accepterat av ${by}`,
      deferred: (by: string) => `Uppskjutet av ${by}`,
      redirected: (by: string) => `Skickat vidare av ${by}`,
      rejected: (by: string, reason: string) => `Avslaget av ${by}: ${reason}`,
      withdrawn: "Återtaget av anmälaren",
    },
    /** The receipt after triage: what happens next. */
    next: {
      accepted: (meeting: string) => `Ärendet står på dagordningen för mötet ${svLocal(meeting)}.`,
      deferred: (meeting: string) => (meeting ? `Ärendet tas upp till beredning igen inför mötet ${svLocal(meeting)}.` : "Ärendet tas upp till beredning igen när nästa möte är planerat."),
      redirected: (group: string) => `Ärendet är skickat till ${group}.`,
    },
    /** Submitted after the nearest meeting's deadline, so on to the next meeting: on time there. */
    movedOn: (meeting: string) => `Sista dag för ärenden till det närmaste mötet hade passerat när ärendet anmäldes, så det går till mötet ${svLocal(meeting)}.`,
    statusWord,
    notice: (title: string, status: string) => `Ditt ärende "${title}" är nu ${status}.`,
    rejectedNotice: (title: string, reason: string) => `Ditt ärende "${title}" är avslaget. Motivering: ${reason}`,
    reopenedNotice: (title: string) => `Ditt ärende "${title}" är öppnat igen och väntar på beredning.`,
  },
  submit: {
    heading: (group: string) => `Anmäl ärende till ${group}`,
    pickHeading: "Anmäl ärende",
    deadline: (date: string, meeting: string) => `Ärenden till mötet ${svLocal(meeting)} anmäls senast ${svLocal(date)}.`,
    deadlinePassed: (date: string, meeting: string) => `Sista dag för ärenden till mötet ${svLocal(meeting)} var ${svLocal(date)}: ett ärende nu går till nästa möte, eller tas upp som sent anmält på mötet ${svLocal(meeting)} om du väljer det nedan.`,
    labels: {
      group: "Grupp",
      title: "Rubrik",
      description: "Beskrivning",
      kind: "Typ av ärende",
      meeting: "Önskat möte",
      links: "Länkar (en per rad)",
      raiseAtMeeting: "Om det är för sent: ta upp ärendet på mötet ändå",
      send: "Skicka",
      sendAnyway: "Skicka ändå",
      sendTo: "Skicka till den föreslagna gruppen",
      sendToOne: "Skicka till en grupp av det slaget",
      back: "Tillbaka till svaret",
      whichGroup: "Vilken grupp?",
      save: "Spara ändringarna",
      groupMissing: "Välj en grupp.",
      titleMissing: "Skriv en rubrik.",
      descriptionMissing: "Beskriv ärendet.",
    },
    suggest: (group: string, other: string) => `Ärendet verkar höra till **${other}** snarare än ${group} (enligt gruppernas uppdrag). Skicka det dit, eller skicka ändå till ${group}.`,
    suggestKind: (group: string, kind: string) => `Ärendet verkar höra till någon av **${kind}** snarare än ${group} (enligt uppdraget för dem). Välj vilken, eller skicka ändå till ${group}.`,
    kindWithoutGroups: (group: string, kind: string) => `Ärendet verkar höra till **${kind}** (enligt uppdraget för dem), men katalogen har ingen sådan grupp. Skicka det till ${group} ändå, eller anmäl det till en annan grupp.`,
    editHeading: (group: string) => `Ändra ärende till ${group}`,
    /** Each refused field in words (a field key is never shown); a path like "links.2" counts as "links". */
    invalid: (fields: readonly string[]) => problemsOf(fields, submitProblems, "Kontrollera uppgifterna i formuläret."),
  },
  kallelse: {
    heading: "Kallelse",
    date: "Datum",
    time: "Tid",
    place: "Plats",
    online: "Digitalt",
    onlineValue: "Teams-möte (länk nedan)",
    join: "Anslut till mötet",
    cancelled: (reason: string) => `Mötet är inställt.${reason ? ` ${reason}` : ""}`,
    raiseAtMeeting: "väcks på mötet",
    footer: "Frågor kan även väckas under mötet.",
  },
  meetings: {
    usage: "Skriv **nytt möte** _grupp ÅÅÅÅ-MM-DD TT:MM_ och gärna plats eller Teams-länk, t.ex. **nytt möte samverkansgruppen i Västmanland 2027-02-02 13:00 Västerås**. **möten** _grupp_ visar gruppens möten; där kan de flyttas och ställas in.",
    heading: (group: string) => `Möten för ${group}`,
    none: "Inga planerade möten.",
    meetingLine: (date: string, time: string, where: string) => `${svLocal(date)} kl. ${time}${where ? `, ${where}` : ""}`,
    dates: (items: string, kallelse: string) => `Ärenden senast ${svLocal(items)}, kallelse ${svLocal(kallelse)}`,
    frequency: (clause: string) => `Uppdraget: ${clause}`,
    noFrequency: "Uppdraget anger ingen mötesfrekvens.",
    tooFew: (planned: number, expected: number) => `Bara ${planned} ${planned === 1 ? "möte planerat" : "möten planerade"} de kommande tolv månaderna; uppdraget kräver minst ${expected}.`,
    enough: (planned: number, expected: number) => `${planned} möten planerade de kommande tolv månaderna (uppdraget: minst ${expected}).`,
    created: (date: string, time: string) => `Mötet ${svLocal(date)} kl. ${time} är skapat.`,
    rescheduled: (date: string, time: string) => `Mötet är flyttat till ${svLocal(date)} kl. ${time}.`,
    kallelseUpdated: "Den skickade kallelsen är uppdaterad.",
    kallelsePassed: (date: string, posted: boolean) => `Kallelsedagen, ${svLocal(date)}, har redan passerat${posted ? ": kallelsen läggs ut i gruppens kanal inom en kvart" : ""}.`,
    deadlinePassed: (date: string) => `Sista dag för ärenden, ${svLocal(date)}, har redan passerat, så ärenden som anmäls nu markeras som sena.`,
    cancelledMeeting: (date: string, time: string) => `Mötet ${svLocal(date)} kl. ${time} är inställt.`,
    labels: { date: "Datum (ÅÅÅÅ-MM-DD)", time: "Tid (TT:MM)", place: "Plats", onlineUrl: "Teams-länk", create: "Nytt möte", save: "Skapa", reschedule: "Flytta", cancel: "Ställ in", reason: "Anledning", dateMissing: "Välj mötets datum.", timeMissing: "Välj mötets tid." },
  },
  roles: {
    usage: "Skriv **sätt** _roll grupp_ **@person**, t.ex. **sätt sekreterare samverkansgruppen i Västmanland @Sara**. Roller: ordförande, vice ordförande, sekreterare, ledamot, adjungerad, justerare.",
    needMention: "Nämn personen med @ (en person), så att rollen knyts till rätt konto.",
    set: (role: string, person: string, group: string) => `${person} är nu ${role} i ${group}.`,
    replaced: (previous: string) => `(Ersätter ${previous}.)`,
    names: roleNames,
  },
  errors,
  failed: "Det gick inte just nu. Försök igen om en stund.",
};
