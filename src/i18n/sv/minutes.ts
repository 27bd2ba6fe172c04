import type { MinutesRefusal } from "../../minutes/schema";
import { svLocal } from "../dates";
import type { LineCode, LineIssue } from "../../minutes/parse";
import type { ErrorTable, Escape } from "../errors";
import { refusedFields } from "../fields";

type Refusal = MinutesRefusal;
/** A refused field of the paragraph form in words (a user never sees a field key such as "actions.0"). */
const itemProblems: Record<string, string> = {
  title: "Rubriken krävs och får vara högst 300 tecken.",
  discussion: "Diskussionen är för lång.",
  decision: "Beslutet är för långt (högst 8 000 tecken).",
  responsible: "Ansvarig får vara högst 200 tecken.",
  due: "Skriv datumet för Senast som ÅÅÅÅ-MM-DD.",
  actions: "Åtgärderna skrivs en per rad: text; ansvarig: namn; senast: ÅÅÅÅ-MM-DD (till exempel ”Skicka budgeten; ansvarig: Sara; senast: 2027-01-15”).",
  content: "Protokollet är för långt för att sparas i ett stycke. Dela upp diskussionerna eller korta dem.",
  reason: "Motiveringen får vara högst 1 000 tecken.",
};
/** A pasted line's problem (parse.ts LineCode) in words; `text` is the start of the line, escaped. */
const lineText: { readonly [C in LineCode]: (i: LineIssue, e: Escape) => string } = {
  TITLE_INSIDE: () => "en rubrik med en # är protokollets titel; en paragraf börjar med ## eller §.",
  TEXT_BEFORE_ITEM: (i, e) => `texten ”${e(i.text ?? "")}” står före första paragrafen. Börja paragrafen med ## och en rubrik.`,
  KEY_BEFORE_ITEM: (i, e) => `”${e(i.text ?? "")}” står före första paragrafen. Börja paragrafen med ## och en rubrik.`,
  NO_TITLE: () => "paragrafen saknar rubrik (skriv den efter ## eller §).",
  BAD_APPROVE_BY: () => "Justeras senast: skriv datumet som ÅÅÅÅ-MM-DD.",
  BAD_DUE: () => "Senast: skriv datumet som ÅÅÅÅ-MM-DD.",
  ACTION_BAD_DATE: () => "Åtgärd: skriv datumet som ÅÅÅÅ-MM-DD.",
  ACTION_NO_TEXT: () => "Åtgärd: skriv vad som ska göras.",
  NO_ITEMS: () => "inga paragrafer hittades. Börja varje paragraf med ## och en rubrik (eller § 1).",
  FIELD: (i) => lineFields[i.field ?? ""] ?? "kontrollera paragrafen.",
  DUPLICATE_NO: (i) => `paragraf ${i.no ?? "?"} finns två gånger.`,
};
const lineFields: Record<string, string> = {
  title: "rubriken får vara högst 300 tecken.",
  discussion: "diskussionen är för lång.",
  decision: "beslutet är för långt (högst 8 000 tecken).",
  responsible: "ansvarig får vara högst 200 tecken.",
  actions: "för många åtgärder eller för lång åtgärdstext.",
  attendees: "för många närvarande, eller ett namn längre än 200 tecken.",
  adjusters: "för många justerare, eller ett namn längre än 200 tecken.",
  items: "för många paragrafer (högst 200).",
};
const lineIssue = (i: LineIssue, e: Escape) => `rad ${i.line}: ${lineText[i.code](i, e)}`;
const label = (r: Refusal) => (r.version ? `v${r.versionNo ?? "?"} · ${r.version.slice(0, 8)}` : "?");

/** Refusal code → text, for the bot and the CLI (the refusal's details fill in the text). */
const errors = {
  NOT_ALLOWED: "Endast gruppens sekreterare eller ordförande (eller en administratör) kan skriva protokollet och begära justering.",
  NOT_AN_APPROVER: "Du är inte justerare av det här protokollet.",
  NOT_FOUND: "Protokollet finns inte.",
  UNKNOWN_GROUP: "Gruppen finns inte.",
  UNKNOWN_MEETING: "Det mötet finns inte. Skriv **möten** _grupp_ för att se gruppens möten.",
  INVALID_INPUT: (r: Refusal, e: Escape) =>
    r.lines?.length
      ? `Protokollet kunde inte läsas: ${r.lines.map((i) => lineIssue(i, e)).join(" ")}`
      : r.issues?.some((i) => i.path === "comment")
        ? "Skriv vad som behöver ändras."
        : refusedFields(r, e, itemProblems, "Kontrollera: ", "uppgifterna"),
  NOT_REQUESTED: "Justering har inte begärts för det här protokollet.",
  STALE_VERSION: (r: Refusal) => `Protokollet har ändrats sedan kortet visades. Gällande version är ${label(r)}; kortet är uppdaterat.`,
  ALREADY_APPROVED: "Protokollet är redan justerat.",
  LOCKED: "Protokollet är justerat och låst. En ändring kräver en ny revision med motivering (samverkan minutes load … --reason).",
  NO_APPROVERS: "Gruppen har ingen ordförande eller justerare med roll i Samverkan. Tilldela roller först (**sätt justerare** _grupp_ **@person**).",
  UNKNOWN_ADJUSTER: (r: Refusal, e: Escape) => `Justerarna ${(r.names ?? []).map(e).join(", ")} har ingen roll i gruppen. Tilldela rollen justerare först.`,
  UNCHANGED: "Inget ändrades.",
  CONFLICT: "Det gick inte just nu, många ändrade samtidigt. Försök igen.",
  NO_ACCESS: "Du har inte tillgång till det här protokollet. Det visas för gruppens roller, justerarna och administratörer.",
  MEETING_NOT_HELD: (r: Refusal) => `Mötet har inte hållits än${r.when ? ` (det börjar ${svLocal(r.when)})` : ""}. Justering kan begäras när mötet har hållits; utkastet är sparat.`,
  PERSONAL_DATA: "Texten innehåller ett personnummer. Personnummer sparas inte: ta bort det och försök igen.",
} satisfies ErrorTable<MinutesRefusal>;

/** Minutes approval (justering). Names and user text are escaped by the caller. */
export const minutes = {
  /** The language of these strings (cards carry it in their actions' data). */
  lang: "sv" as "sv" | "en",
  /** A local date or date-time ("2026-12-04", "2026-11-23 14:05") as the cards write dates out. */
  localDate: svLocal,
  errors: errors as ErrorTable<MinutesRefusal>,
  heading: (group: string, date: string) => `Protokoll: ${group}, möte ${svLocal(date)}`,
  status: {
    draft: "Utkast – justering har inte begärts",
    requested: (approved: number, of: number) => `Justering pågår: ${approved} av ${of} har godkänt`,
    approved: (at: string) => `Justerat ${svLocal(at)}. Protokollet är låst.`,
  },
  facts: { version: "Version", due: "Justeras senast", attendees: "Närvarande", revised: "Reviderat" },
  decision: "Beslut",
  responsible: "ansvarig",
  due: "senast",
  action: "Åtgärd",
  labels: {
    approve: "Godkänn",
    requestChanges: "Begär ändring",
    comment: "Vad behöver ändras?",
    commentMissing: "Skriv vad som behöver ändras.",
    item: "Gäller paragraf (valfritt)",
    send: "Skicka",
    showItem: "Visa diskussion",
    details: "Historik",
    history: "Visa historik",
    request: "Begär justering",
    approvers: "Justerare",
  },
  approverState: {
    approved: (at: string) => `godkänt ${svLocal(at)}`,
    pending: "väntar",
    changes: "har begärt ändring",
    notReached: "nås inte 1:1 (nämnd i kanalen)",
  },
  hint: {
    approver: "Du är justerare: granska besluten och åtgärderna, godkänn eller begär ändring.",
    approvedByYou: "Du har godkänt den här versionen. Övriga justerare är tillfrågade.",
    reader: "Du ser protokollets status. Endast justerarna kan godkänna.",
    secretary: "Utkast. Begär justering när protokollet är klart.",
    /** The secretary after the request: editing is still offered, and what it does. */
    secretaryRequested: "Justering är begärd. Ändrar du något blir det en ny version, och justerarna tillfrågas igen.",
  },
  discussionOf: (no: number, title: string) => `Diskussion § ${no} ${title}`,
  noDiscussion: "Ingen diskussion antecknad.",
  truncated: "(förkortat; hela texten: samverkan minutes show)",
  moreItems: (n: number) => `… och ${n} paragraf${n === 1 ? "" : "er"} till. Hela protokollet: samverkan minutes show.`,
  changeRequest: (who: string, comment: string, item?: number) => `Ändring begärd av ${who}${item !== undefined ? ` (§ ${item})` : ""}: ${comment}`,
  notReached: (names: string) => `Nås inte 1:1: ${names}. De är nämnda i kanalen.`,
  distribution: (list: string) => `Delges: ${list}`,
  recipientPosted: (name: string) => `${name} (postat)`,
  recipientAwaiting: (name: string) => `${name} (väntar på distribution)`,
  audit: {
    load: "laddat",
    edit: "ändrat",
    request: "begärt justering",
    approve: "godkänt",
    requestChanges: "begärt ändring",
    approved: "justerat (alla har godkänt)",
    revise: "reviderat",
    distribute: "distribuerat",
    settings: "inställningar",
  } as Record<string, string>,
  itemForm: {
    heading: (group: string, date: string) => `Protokoll ${group}, möte ${svLocal(date)}: paragraf`,
    labels: {
      title: "Rubrik",
      titleMissing: "Skriv paragrafens rubrik.",
      discussion: "Diskussion",
      decision: "Beslut",
      responsible: "Ansvarig",
      due: "Senast",
      actions: "Åtgärder, en per rad: text; ansvarig: namn; senast: ÅÅÅÅ-MM-DD",
      save: "Spara paragraf",
    },
    addItem: "Lägg till paragraf",
    edit: (no: number) => `Ändra § ${no}`,
    saved: (no: number, version: string) => `§ ${no} är sparad (${version}).`,
  },
  // Answers to card actions
  youAlreadyApproved: "Du har redan godkänt den här versionen.",
  approvedNow: "Tack! Alla har godkänt: protokollet är justerat och publiceras.",
  approvedThanks: "Tack, ditt godkännande är registrerat.",
  changesSent: "Din begäran om ändring är skickad till sekreteraren.",
  failed: "Det gick inte just nu. Försök igen.",
  notAnApproverHere: "Du är inte justerare av det här protokollet. Här är dess status.",
  /** Who did something, when the record names nobody (older entries). */
  someone: "någon",
  viaCli: "(CLI)",
  requested: (n: number, due: string) => `Justering begärd från ${n} person${n === 1 ? "" : "er"}, justeras senast ${svLocal(due)}.`,
  alreadyRequested: "Justering är redan begärd.",
  // Teams text command
  usage: "Skriv **protokoll** följt av gruppens namn, t.ex. **protokoll samverkansnämndens ledningsgrupp**. Sekreteraren kan klistra in protokollet på raderna efter: varje paragraf börjar med ## och en rubrik, följd av diskussionen och raderna Beslut:, Ansvarig: och Senast: (ÅÅÅÅ-MM-DD).",
  none: (group: string) => `${group} har inget protokoll ännu. När mötet har hållits skriver gruppens sekreterare **protokoll ${group}**: det ger formuläret för första paragrafen. Hela protokollet kan också klistras in på raderna efter kommandot.`,
  noMeeting: (group: string) => `${group} har inget möte att skriva protokoll för. Planera mötet först med **nytt möte ${group}** _ÅÅÅÅ-MM-DD TT:MM_.`,
  loaded: (version: string) => `Protokollet är sparat (${version}).`,
  invalidText: (issues: string) => `Protokollet kunde inte läsas:\n${issues}`,
  /** One line of a paste that could not be read ("rad 3: …"); line numbers count from the message's first line. */
  lineIssue,
  moreIssues: (n: number) => `… och ${n} fel till.`,
  // Proactive posts
  finalText: (group: string, date: string) => `Justerat protokoll: ${group}, möte ${svLocal(date)}`,
  distributionText: (group: string, date: string, to: string) => `Justerat protokoll från ${group} (möte ${svLocal(date)}) delges ${to} enligt mandatet.`,
  reminder: (group: string, date: string, due: string) => `Påminnelse: protokollet från ${group} (möte ${svLocal(date)}) skulle ha justerats senast ${svLocal(due)}. Godkänn eller begär ändring i kortet.`,
  changeNotice: (who: string, group: string, date: string, comment: string, item?: number) =>
    `${who} begär ändring i protokollet från ${group} (möte ${svLocal(date)})${item !== undefined ? `, § ${item}` : ""}: ${comment}`,
};
