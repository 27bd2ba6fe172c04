import type { DigestRefusal } from "../../digest/digest-service";
import { svLocal } from "../dates";
import type { ErrorTable } from "../errors";

/** The weekly digest (veckobrev): commands, sections and governance calendar. */
const WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];
const FIELD: Record<string, string> = {
  commissioner: "uppdragsgivare",
  purpose: "syfte",
  duties: "uppdrag",
  composition: "sammansättning",
  chair: "ordförande",
  meetingFrequency: "mötesfrekvens",
  reporting: "rapportering",
  "validity.decidedDate": "beslutsdatum",
  "document.date": "datum (fältet Datum är tomt)",
};

const NO_GROUPS = "Kanalen är inte hemkanal för någon grupp än. Skriv först **koppla kanalen till** _grupp_.";
const USAGE = "Skriv **veckobrev på** (måndag 08:00), **veckobrev på tisdag 07:30**, **veckobrev av** eller **veckobrev nu**.";

const errors: ErrorTable<DigestRefusal> = {
  NOT_ALLOWED: "Bara gruppens ordförande eller sekreterare (eller en administratör) kan slå på eller av veckobrevet.",
  NO_GROUPS,
  INVALID_INPUT: USAGE,
  NOT_SUBSCRIBED: "Veckobrevet var inte påslaget här.",
  CONFLICT: "Det gick inte att ändra veckobrevet just nu. Försök igen.",
};

export const digest = {
  /** "2027-W06" as a reader says it: "vecka 6, 2027". */
  title: (week: string) => `Veckobrev ${week.replace(/^(\d{4})-W0?(\d{1,2})$/, "vecka $2, $1")}`,
  subtitle: (date: string) => `Sammanställt ${svLocal(date)}`,
  previewNote: "Förhandsvisning – så här ser veckans brev ut nu.",
  nothing: "Inget att ta upp den här veckan.",
  sections: {
    meetings: "Möten de närmaste två veckorna",
    deadlines: "Sista dag att anmäla ärenden den här veckan",
    triage: "Ärenden som väntar på beredning",
    minutes: "Protokoll som väntar på justering",
    followUps: "Beslut och åtgärder att följa upp",
    governance: "Styrningskalender",
  },
  meeting: (date: string, time: string, place?: string) => `${svLocal(date)} kl. ${time}${place ? `, ${place}` : ""}`,
  deadline: (deadline: string, meetingDate: string) => `${svLocal(deadline)} (mötet ${svLocal(meetingDate)})`,
  triageItem: (title: string, submitted: string, late: boolean) => `${title} – anmält ${svLocal(submitted)}${late ? " (sent)" : ""}`,
  minutesItem: (m: { meetingDate: string; dueDate?: string; overdue: boolean; approvedCount: number; approverCount: number; pending: readonly string[]; notReached: readonly string[] }) =>
    [
      `${m.overdue ? "FÖRSENAT: " : ""}Protokoll från ${svLocal(m.meetingDate)}`,
      m.dueDate ? `justeras senast ${svLocal(m.dueDate)}` : undefined,
      `${m.approvedCount} av ${m.approverCount} har justerat`,
      m.pending.length > 0 ? `väntar på ${m.pending.join(", ")}` : undefined,
      m.notReached.length > 0 ? `nåddes inte: ${m.notReached.join(", ")}` : undefined,
    ]
      .filter(Boolean)
      .join("; "),
  followUp: (f: { kind: "decision" | "action"; text: string; responsible?: string; due?: string; overdue: boolean; meetingDate: string }) =>
    `${f.overdue ? "FÖRSENAT: " : ""}${f.kind === "decision" ? "Beslut" : "Åtgärd"}: ${f.text}${f.responsible ? ` (ansvarig ${f.responsible})` : ""}${f.due ? `, senast ${svLocal(f.due)}` : ""} – mötet ${svLocal(f.meetingDate)}`,
  governance: {
    ANNUAL_REPORT: (n: { due: string; what: string; to?: string }) => `Årlig rapport (${n.what}) ska lämnas senast ${svLocal(n.due)}${n.to ? ` till ${n.to}` : ""}.`,
    ANNUAL_REPORT_UNDATED: (n: { what: string; to?: string }) => `Årligt åtagande: ${n.what}${n.to ? ` till ${n.to}` : ""} (uppdraget anger inget datum).`,
    MANDATE_EXPIRED: (n: { until: string }) => `Uppdraget gällde till ${svLocal(n.until)} och har gått ut.`,
    MANDATE_ENDING: (n: { until: string }) => `Uppdraget gäller till ${svLocal(n.until)} – inom sex månader.`,
    REVISION_PASSED: (n: { reviseBy: string; text: string }) => `Uppdraget skulle revideras ”${n.text}” (senast ${svLocal(n.reviseBy)}); det datumet har passerat.`,
    PLACEHOLDERS: (n: { texts: readonly string[] }) => `Uppdragsbeskrivningen har platshållare kvar: ${n.texts.map((t) => `”${t}”`).join(", ")}.`,
    MISSING_FIELDS: (n: { fields: readonly string[] }) => `Uppdragsbeskrivningen saknar: ${n.fields.map((f) => FIELD[f] ?? f).join(", ")}.`,
    REGIONS_MISSING: (n: { regions: readonly string[] }) => `Samtliga regioner ska delta, men ingen representant finns för: ${n.regions.join(", ")}.`,
    REGIONS_UNKNOWN: (n: { represented: readonly string[] }) =>
      `Samtliga regioner ska delta; katalogen anger inte organisationens regioner${n.represented.length > 0 ? ` (representerade nu: ${n.represented.join(", ")})` : " och ingen ledamot har en region angiven"}.`,
  },
  more: (n: number) => `… och ${n} till`,
  // commands
  /** The command came in a personal or group chat: where it works, and how to ask for the digest now. */
  onlyInChannel: (now: boolean): string =>
    now
      ? "Veckobrevet hör till en grupps kanal: skriv **@Samverkan veckobrev nu** i kanalen för att se det nu, eller **veckobrev på** där för att få det varje vecka. En kanal blir gruppens med **koppla kanalen till** _grupp_."
      : "Veckobrevet slås på i den kanal som ska få det: skriv **@Samverkan veckobrev på** där (och **veckobrev nu** för att se det direkt).",
  noGroups: NO_GROUPS,
  usage: USAGE,
  on: (weekday: number, time: string) => `Veckobrevet är på: varje ${WEEKDAYS[weekday - 1]} kl. ${time} (nästa arbetsdag om dagen är en helgdag), på svenska.`,
  off: "Veckobrevet är avstängt i den här kanalen.",
  errors,
};
