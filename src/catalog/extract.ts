import { findBodies, KNOWN_BODIES, type BodyPattern } from "./bodies";
import type { ParsedClause, ParsedDocument, ParsedSection, ParseNote, SectionKey } from "./parser";
import { hasPlaceholder } from "./parser";
import {
  ORGANIZATIONS,
  UNKNOWN_ORGANIZATION_ID,
  type AppointmentRule,
  type Boundary,
  type Citation,
  type Clause,
  type Composition,
  type GroupRecord,
  type MeetingFrequency,
  type Reference,
  type ReportingDuty,
  type Validity,
} from "./schema";
import { fold, monthNumber, numberWord, slug } from "./text";

/**
 * Interprets a parsed document: the document's own catalog entry with every fact cited, and the bodies
 * its clauses name. Nothing is guessed: a fact without a clause to cite stays absent.
 */

export interface ExtractedDocument {
  readonly record: GroupRecord;
  /** Bodies named in the document: the entry id and the clause naming it. */
  readonly mentions: { body: BodyPattern; clause: Clause }[];
  /** Referenced entries that no lexicon knows (e.g. a commissioner named only in words). */
  readonly adHocBodies: BodyPattern[];
  readonly notes: ParseNote[];
  /** Segments of the preamble the parser could not place. */
  readonly placeholders: { text: string; line: number; field: string }[];
  readonly missingDate: boolean;
}

export interface ExtractOptions {
  readonly organizationId?: string;
  readonly name?: string;
  readonly entryType?: "group" | "kind";
  readonly extraBodies?: readonly BodyPattern[];
}

const ORG_SIGNALS: Record<string, RegExp> = {
  vgr: /\b(vgr|västra götaland\w*|koncernkontoret|koncernledning\w*)\b/gi,
  "sjukvardsregion-mellansverige": /\b(sjukvårdsregion mellansverige|samverkansnämnd\w*)\b/gi,
  vastmanland: /\b(västmanland\w*|vkl)\b/gi,
};

export function detectOrganization(text: string): string {
  let best = UNKNOWN_ORGANIZATION_ID;
  let bestCount = 0;
  for (const [id, re] of Object.entries(ORG_SIGNALS)) {
    const n = text.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = id;
      bestCount = n;
    }
  }
  return best;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const sentenceCase = (s: string) => (s === s.toUpperCase() ? cap(s.toLowerCase()) : cap(s));

/** The group's name from the title lines: "Uppdragsbeskrivning för X" / "Uppdragshandling för X, reviderad …". */
export function nameFromPreamble(doc: ParsedDocument): string | undefined {
  const segs = doc.preamble.filter(
    (s) => !/^(datum|diarienummer|fastställd|dnr)\b/i.test(s.text) && !ORGANIZATIONS.some((o) => o.aliases.some((a) => fold(a) === fold(s.text))),
  );
  const groups: string[] = [];
  for (const s of segs) {
    const prev = groups[groups.length - 1];
    const prevCaps = prev !== undefined && prev === prev.toUpperCase();
    if (prev !== undefined && (/\bför$/i.test(prev) || (prevCaps && s.text === s.text.toUpperCase()))) groups[groups.length - 1] = `${prev} ${s.text}`;
    else groups.push(s.text);
  }
  const names = groups
    .map((g) => g.replace(/^uppdrag\w*(beskrivning|handling)\s*/i, "").replace(/^för\s+/i, "").replace(/,\s*reviderad.*$/i, "").trim())
    .filter((g) => g.length >= 3);
  const last = names[names.length - 1];
  return last ? sentenceCase(last) : undefined;
}

function cite(doc: ParsedDocument, section: ParsedSection | string, c: { lineStart: number; lineEnd: number }): Citation {
  return { documentId: doc.documentId, section: typeof section === "string" ? section : section.heading, lineStart: c.lineStart, lineEnd: c.lineEnd, origin: "parsed" };
}

function clauseOf(doc: ParsedDocument, s: ParsedSection, c: ParsedClause): Clause {
  // a short inline value ("Undergrupper: Beslutas av ordförande") keeps its label to be readable alone
  const labelled = s.inline && c.lineStart === s.line && !["area", "commissioner", "assignee", "decisionDate"].includes(s.key) && c.text.split(" ").length < 6;
  return { text: labelled ? `${s.heading}: ${c.text}` : c.text, citation: cite(doc, s, c) };
}

const PERIOD_SEASON: Record<string, string> = { våren: "06-30", vår: "06-30", hösten: "12-31", höst: "12-31", sommaren: "08-31", vintern: "02-28" };

export function extractDocument(doc: ParsedDocument, opts: ExtractOptions = {}): ExtractedDocument {
  const allText = [...doc.preamble.map((s) => s.text), ...doc.sections.flatMap((s) => [s.heading, ...s.clauses.map((c) => c.text)])].join("\n");
  const organizationId = opts.organizationId ?? detectOrganization(allText);
  const notes: ParseNote[] = [...doc.notes];
  const placeholders: { text: string; line: number; field: string }[] = [];
  const extra = opts.extraBodies ?? [];
  const sec = (...keys: SectionKey[]) => doc.sections.filter((s) => keys.includes(s.key));
  const clausesIn = (...keys: SectionKey[]) => sec(...keys).flatMap((s) => s.clauses.map((c) => ({ s, c })));

  // identity
  const areaClause = clausesIn("area")[0];
  let area: string | undefined = areaClause?.c.text;
  if (areaClause && hasPlaceholder(area)) {
    placeholders.push({ text: `Ansvarsområde: ${area}`, line: areaClause.c.lineStart, field: "area" });
    area = undefined;
  }
  const parsedName = nameFromPreamble(doc);
  const name = opts.name ?? parsedName ?? doc.documentId;
  const isKind = opts.entryType ? opts.entryType === "kind" : (areaClause !== undefined && area === undefined) || /(grupper|råden|grupperna)$/i.test(name);
  const folded = fold(name);
  const selfBody = [...KNOWN_BODIES, ...extra].find((b) => b.organizationId === organizationId && (b.phrases.includes(folded) || fold(b.name) === folded));
  const id = selfBody?.id ?? `${organizationId}:${slug(name)}`;

  const bodiesIn = (text: string) => findBodies(text, organizationId, extra).filter((m) => m.body.id !== id);
  const adHocBodies: BodyPattern[] = [];
  const refTo = (c: Clause, after?: RegExp): Reference | undefined => {
    let text = c.text;
    if (after) {
      const m = after.exec(text);
      if (!m) return undefined;
      text = text.slice(m.index + m[0].length);
    }
    const found = bodiesIn(text)[0];
    if (found) return { targetId: found.body.id, text: c.text, citation: c.citation };
    return undefined;
  };

  // commissioner
  let commissioner: Reference | undefined;
  const commissionerClauses = clausesIn("commissioner").map(({ s, c }) => clauseOf(doc, s, c));
  for (const c of commissionerClauses) {
    commissioner = refTo(c, /uppdragsgivare|underställd\w*/i) ?? refTo(c);
    if (commissioner) break;
  }
  if (!commissioner && commissionerClauses[0] && !hasPlaceholder(commissionerClauses[0].text)) {
    // named in words only: the role after a person's name ("Karin …, hälso- och sjukvårdsutvecklingsdirektör")
    const c = commissionerClauses[0];
    const words = c.text.includes(",") ? c.text.split(",").pop()!.trim() : c.text;
    const body: BodyPattern = { id: `${organizationId}:${slug(words)}`, name: cap(words), organizationId, phrases: [fold(words)], kind: "body" };
    adHocBodies.push(body);
    commissioner = { targetId: body.id, text: c.text, citation: c.citation };
  }

  // parent: "underställd(a) X" anywhere
  let parent: Reference | undefined;
  for (const s of doc.sections)
    for (const c of s.clauses) {
      if (parent || !/underställd/i.test(c.text)) continue;
      parent = refTo(clauseOf(doc, s, c), /underställd\w*/i);
    }

  const purpose = clausesIn("purpose").map(({ s, c }) => clauseOf(doc, s, c));

  // duties (one per clause); a composition sentence misplaced by PDF extraction is moved and noted
  const duties: Clause[] = [];
  const misplacedComposition: Clause[] = [];
  for (const { s, c } of clausesIn("duties", "responsibility")) {
    if (/^(utses|utsedd|utsetts) av\b/i.test(c.text)) {
      misplacedComposition.push(clauseOf(doc, s, c));
      const target = sec("participantsAndLead", "composition").find((x) => x.empty);
      notes.push({
        code: "UNPLACED_TEXT",
        message: `lines ${c.lineStart}–${c.lineEnd} ("${c.text.slice(0, 50)}…") stand under "${s.heading}" but describe members${target ? `; they probably belong under the empty heading "${target.heading}" (line ${target.line})` : ""}`,
        lineStart: c.lineStart,
        lineEnd: c.lineEnd,
        params: {
          what: "members",
          lineStart: c.lineStart,
          lineEnd: c.lineEnd,
          text: c.text.slice(0, 50),
          heading: s.heading,
          ...(target ? { targetHeading: target.heading, targetLine: target.line } : {}),
        },
      });
      continue;
    }
    duties.push(clauseOf(doc, s, c));
  }

  // boundaries
  const BOUNDARY = /(endast ges av|inte av |hanteras via|ska omhänderta|företräder inte|inte kan hanteras)/i;
  const boundaries: Boundary[] = [];
  for (const { s, c } of clausesIn("boundaries")) {
    const cl = clauseOf(doc, s, c);
    const t = bodiesIn(c.text)[0];
    boundaries.push(t ? { ...cl, targetId: t.body.id } : cl);
  }
  for (const s of doc.sections) {
    if (s.key === "boundaries") continue;
    for (const c of s.clauses) {
      if (!BOUNDARY.test(c.text)) continue;
      const sentence = c.text.split(/(?<=\.)\s+/).find((x) => BOUNDARY.test(x)) ?? c.text;
      const t = bodiesIn(sentence)[0];
      const cl = clauseOf(doc, s, c);
      boundaries.push(t ? { ...cl, targetId: t.body.id } : cl);
    }
  }

  // composition, chair, co-opted
  const compClauses = [...clausesIn("composition", "participantsAndLead").map(({ s, c }) => clauseOf(doc, s, c)), ...misplacedComposition];
  const CHAIR = /ordförande/i;
  const chairClauses = [
    ...clausesIn("chair").map(({ s, c }) => clauseOf(doc, s, c)),
    ...compClauses.filter((c) => CHAIR.test(c.text) && /utse|utses|utser/i.test(c.text)),
    ...compClauses.filter((c) => /\bleds av\b/i.test(c.text)),
  ];
  const coOpted = [
    ...clausesIn("coOpted").filter(({ c }) => /adjunger/i.test(c.text)).map(({ s, c }) => clauseOf(doc, s, c)),
    ...compClauses.filter((c) => /adjunger/i.test(c.text)),
  ];
  const memberClauses = compClauses.filter((c) => !chairClauses.includes(c) || /\bleds av\b/i.test(c.text));
  let composition: Composition | undefined;
  if (memberClauses.length > 0) {
    const all = memberClauses.map((c) => c.text).join(" ");
    const rep = /(en|1) (representant|person) per region|samtliga regioner ska vara representerade/i.test(all) ? "one-per-region" : undefined;
    const appointed = /(?:utsedd|utses|utsetts|utes|tas fram och beslutas) av ([^.,;]+?)(?=\s+(?:i|och|efter|enligt)\s|[.,;]|$)/i.exec(all);
    const appointedByText = appointed?.[1]?.trim();
    const appointedBy = appointedByText ? findBodies(appointedByText, organizationId, extra)[0] : undefined;
    composition = {
      clauses: memberClauses,
      ...(rep ? { representation: rep } : {}),
      ...(appointedByText ? { appointedByText } : {}),
      ...(appointedBy ? { appointedById: appointedBy.body.id } : {}),
      ...(/ersättare/i.test(all) ? { deputies: true } : {}),
    };
  }
  const appointment = (c: Clause, vice: boolean): AppointmentRule => {
    const subj = /^(.+?)\s+utser\s+(?:ordförande|vice)/i.exec(c.text);
    const by = /\bleds av\b/i.test(c.text) && !/ordförande/i.test(c.text) ? null : /utses av ([^.,;]+?)(?=\s+(?:efter|enligt)\s|\s+i chefsforum|\s+och gruppen|[.,;]|$)/i.exec(c.text);
    const appointedByText = (subj?.[1] ?? by?.[1])?.trim();
    const body = appointedByText ? findBodies(appointedByText, organizationId, extra)[0] : undefined;
    const allChair = chairClauses.map((x) => x.text).join(" ");
    const TERM = /ordförande utses på (\p{L}+|\d+) år/iu;
    const term = TERM.exec(allChair);
    // the term stated in another clause of the same section: cite both
    const termClause = chairClauses.find((x) => TERM.test(x.text));
    if (term && termClause && termClause !== c && termClause.citation.section === c.citation.section)
      c = {
        text: `${c.text} ${termClause.text}`,
        citation: { ...c.citation, lineStart: Math.min(c.citation.lineStart, termClause.citation.lineStart), lineEnd: Math.max(c.citation.lineEnd, termClause.citation.lineEnd) },
      };
    const termYears = term && (!vice || /liksom vice ordförande/i.test(allChair)) ? numberWord(term[1]!) : undefined;
    return {
      ...(body ? { appointedById: body.body.id } : {}),
      ...(appointedByText ? { appointedByText } : {}),
      ...(termYears ? { termYears } : {}),
      clause: c,
    };
  };
  const chairMain = chairClauses.find((c) => /utse|utses|utser/i.test(c.text)) ?? chairClauses[0];
  const chair = chairMain ? appointment(chairMain, false) : undefined;
  const viceMain = chairClauses.find((c) => /vice ordförande/i.test(c.text) && /utser|utses/i.test(c.text));
  const viceChair = viceMain ? appointment(viceMain, true) : undefined;

  // meetings
  let meetingFrequency: MeetingFrequency | undefined;
  for (const { s, c } of clausesIn("meetings")) {
    const m =
      /(\d+)\s*(?:–|-|till(?:\s+maximalt)?)\s*(\d+)\s*(?:ggr|gånger)\s*(?:\/\s*|per\s+)(år|termin|månad)/i.exec(c.text) ??
      /(\d+)()\s*(?:ggr|gånger)\s*(?:\/\s*|per\s+)(år|termin|månad)/i.exec(c.text);
    if (!m) continue;
    const min = Number(m[1]);
    const max = m[2] ? Number(m[2]) : min;
    const per = m[3]!.toLowerCase() === "år" ? "year" : m[3]!.toLowerCase() === "termin" ? "term" : "month";
    const f = per === "year" ? 1 : per === "term" ? 2 : 12;
    meetingFrequency = { min, max, per, minPerYear: min * f, maxPerYear: max * f, clause: clauseOf(doc, s, c) };
    break;
  }

  // reporting
  const reporting: ReportingDuty[] = [];
  const reportingSources = [
    ...clausesIn("reporting", "plan"),
    ...clausesIn("communication").filter(({ c }) => /anteckningar/i.test(c.text)),
  ];
  for (const { s, c } of reportingSources) {
    const cl = clauseOf(doc, s, c);
    const due = /senast (\d{1,2}) (\p{L}+)/iu.exec(c.text);
    const month = due ? monthNumber(due[2]!) : undefined;
    const dueMonthDay = due && month ? `${String(month).padStart(2, "0")}-${due[1]!.padStart(2, "0")}` : undefined;
    const sentences = c.text.split(/(?<=[.!?])\s+/);
    const sentence = sentences.find((x) => /rapporter|delges|verksamhetsberättelse|verksamhetsplan|anteckningar|presenteras/i.test(x)) ?? sentences[0]!;
    const toPart = /\b(delges|till|fastställs av)\s+(.*)$/i.exec(sentence)?.[2] ?? "";
    const targets = bodiesIn(toPart).filter((t, i, all) => all.findIndex((x) => x.body.id === t.body.id) === i);
    const kinds: { what: string; cadence?: ReportingDuty["cadence"] }[] = [];
    if (/fortlöpande/i.test(c.text)) kinds.push({ what: "fortlöpande rapportering", cadence: "continuous" });
    if (/verksamhetsberättelse/i.test(c.text)) kinds.push({ what: /skriftlig/i.test(c.text) ? "skriftlig årlig verksamhetsberättelse" : "årlig verksamhetsberättelse", cadence: "annual" });
    else if (/verksamhetsplan/i.test(c.text)) kinds.push({ what: "årlig verksamhetsplan", ...(/årligen|årlig/i.test(c.text) ? { cadence: "annual" as const } : {}) });
    else if (/anteckningar/i.test(c.text)) kinds.push({ what: "minnesanteckningar från mötena", cadence: "per-meeting" });
    else if (/årligt möte/i.test(c.text)) kinds.push({ what: "årlig presentation av föregående års verksamhet och kommande års planering", cadence: "annual" });
    else if (kinds.length === 0) kinds.push({ what: sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence.replace(/\.$/, "") });
    for (const k of kinds) {
      const ts = targets.length > 0 ? targets : [undefined];
      for (const t of ts)
        reporting.push({
          what: k.what,
          ...(t ? { toId: t.body.id, toText: t.matched } : {}),
          ...(dueMonthDay && k.cadence === "annual" ? { dueMonthDay } : {}),
          ...(k.cadence ? { cadence: k.cadence } : {}),
          clause: cl,
        });
    }
  }

  // decisions and escalation
  const ESCALATION = /(eskaler\w*|lyfts till|lyfta behov)/i;
  const decisionSources = [
    ...clausesIn("decisions", "decisionOrder"),
    ...clausesIn("commissioner", "responsibility", "subgroups").filter(({ c }) => /beslut|mandat|formella uppdrag/i.test(c.text)),
  ];
  const decisionRules = decisionSources.filter(({ c }) => !ESCALATION.test(c.text) || /beslut fattas/i.test(c.text)).map(({ s, c }) => clauseOf(doc, s, c));
  const escalation = doc.sections.flatMap((s) => s.clauses.filter((c) => ESCALATION.test(c.text)).map((c) => clauseOf(doc, s, c)));

  // validity and document metadata
  const validityClauses: Clause[] = [];
  let decidedDate: string | undefined;
  let decidedBy: string | undefined;
  let date: string | undefined;
  let diarienummer: string | undefined;
  let missingDate = false;
  for (const p of doc.preamble) {
    const f = /^fastställd av (.+?)\s+(\d{4}-\d{2}-\d{2})\s*$/i.exec(p.text);
    if (f) {
      decidedBy = f[1];
      decidedDate = f[2];
      validityClauses.push({ text: p.text, citation: cite(doc, "Fastställd", { lineStart: p.line, lineEnd: p.line }) });
    }
    const d = /^datum\b\s*(.*)$/i.exec(p.text);
    if (d) {
      const v = /(\d{4}-\d{2}-\d{2})/.exec(d[1] ?? "");
      if (v) date = v[1];
      else missingDate = true;
    }
    const dn = /^(?:diarienummer|dnr)\s*:?\s*(.+)$/i.exec(p.text);
    if (dn) diarienummer = dn[1]!.trim();
  }
  const personAfter = (line: number): string | undefined => {
    const next: string[] = [];
    for (let i = line; i < Math.min(doc.lines.length, line + 6) && next.length < 2; i++) {
      const t = doc.lines[i]!.trim();
      if (t) next.push(t);
    }
    const [n, t] = next;
    if (n && t && /^[A-ZÅÄÖ][\p{L}-]+( [A-ZÅÄÖ][\p{L}-]+){1,3}$/u.test(n) && /direktör|chef|ordförande|nämnd|styrelse/i.test(t)) return `${n}, ${t.toLowerCase()}`;
    return undefined;
  };
  for (const s of sec("decisionDate")) {
    const v = /(\d{4}-\d{2}-\d{2})/.exec(s.inline?.text ?? "");
    if (v) decidedDate = v[1];
    decidedBy = personAfter(s.line) ?? decidedBy;
    if (s.inline) validityClauses.push({ text: `Datum för beslut: ${v?.[1] ?? s.inline.text}`, citation: cite(doc, s, { lineStart: s.line, lineEnd: s.line }) });
  }
  for (const s of sec("adoption")) {
    decidedBy = personAfter(s.line) ?? decidedBy;
    if (s.clauses[0]) validityClauses.push(clauseOf(doc, s, s.clauses[0]));
  }
  let validUntil: string | undefined;
  let validUntilText: string | undefined;
  for (const s of doc.sections)
    for (const c of s.clauses) {
      const m = /gäller (?:som längst )?(?:till och med|t\.o\.m\.?|till)\s+(.+?)\.?$/i.exec(c.text);
      if (!m) continue;
      validityClauses.push(clauseOf(doc, s, c));
      const iso = /^(\d{4}-\d{2}-\d{2})/.exec(m[1]!);
      if (iso) validUntil = iso[1];
      else {
        validUntilText = m[1];
        if (hasPlaceholder(m[1])) placeholders.push({ text: c.text, line: c.lineStart, field: "validity.validUntil" });
      }
    }
  let reviseBy: string | undefined;
  let reviseByText: string | undefined;
  for (const s of sec("revision")) {
    const c = s.clauses[0];
    if (!c) continue;
    validityClauses.push(clauseOf(doc, s, c));
    reviseByText = c.text;
    const m = /(?:(\p{L}+)\s+)?(\d{4})/u.exec(c.text);
    if (m) reviseBy = `${m[2]}-${PERIOD_SEASON[(m[1] ?? "").toLowerCase()] ?? "12-31"}`;
  }
  const validity: Validity | undefined =
    validityClauses.length > 0 || decidedDate
      ? {
          ...(decidedDate ? { decidedDate } : {}),
          ...(decidedBy ? { decidedBy } : {}),
          ...(validUntil ? { validUntil } : {}),
          ...(validUntilText ? { validUntilText } : {}),
          ...(reviseBy ? { reviseBy } : {}),
          ...(reviseByText ? { reviseByText } : {}),
          clauses: validityClauses,
        }
      : undefined;

  // placeholders anywhere else
  for (const s of doc.sections)
    for (const c of s.clauses)
      if (hasPlaceholder(c.text) && !placeholders.some((p) => p.line === c.lineStart)) placeholders.push({ text: c.text, line: c.lineStart, field: s.heading });

  // unplaced preamble text
  const title = doc.preamble.find((p) => /^uppdrag\w*(beskrivning|handling)/i.test(p.text))?.text;
  for (const [i, p] of doc.preamble.entries()) {
    const known =
      /\bför$/i.test(doc.preamble[i - 1]?.text ?? "") ||
      /^(uppdrag\w*(beskrivning|handling)|datum|diarienummer|dnr|fastställd)/i.test(p.text) ||
      ORGANIZATIONS.some((o) => o.aliases.some((a) => fold(a) === fold(p.text))) ||
      fold(nameFromPreamble(doc) ?? "").includes(fold(p.text)) ||
      fold(title ?? "").length > 0 && p.text === p.text.toUpperCase();
    if (!known)
      notes.push({ code: "UNPLACED_TEXT", message: `line ${p.line} ("${p.text.slice(0, 60)}") stands before the first heading`, lineStart: p.line, lineEnd: p.line, params: { what: "preamble", line: p.line, text: p.text.slice(0, 60) } });
  }

  // other cited clauses
  const used = new Set<string>(
    [...duties, ...purpose, ...commissionerClauses, ...compClauses, ...chairClauses, ...coOpted, ...validityClauses, ...decisionRules, ...escalation, ...boundaries, ...reporting.map((r) => r.clause)].map(
      (c) => `${c.citation.lineStart}:${c.text}`,
    ),
  );
  if (meetingFrequency) used.add(`${meetingFrequency.clause.citation.lineStart}:${meetingFrequency.clause.text}`);
  const other = doc.sections
    .filter((s) => s.key !== "area" && s.key !== "sendTo")
    .flatMap((s) => s.clauses.map((c) => clauseOf(doc, s, c)))
    .filter((c) => !used.has(`${c.citation.lineStart}:${c.text}`));

  const record: GroupRecord = {
    id,
    type: "group",
    entryType: isKind ? "kind" : "group",
    name,
    aliases: [...new Set([selfBody?.name, parsedName].filter((a): a is string => !!a && fold(a) !== fold(name)))],
    ...(area ? { area } : {}),
    organizationId,
    knownOnlyFromReferences: false,
    ...(commissioner ? { commissioner } : {}),
    ...(parent ? { parent } : {}),
    purpose,
    duties,
    boundaries,
    ...(composition ? { composition } : {}),
    ...(chair ? { chair } : {}),
    ...(viceChair ? { viceChair } : {}),
    coOpted,
    ...(meetingFrequency ? { meetingFrequency } : {}),
    reporting,
    decisionRules,
    escalation,
    ...(validity ? { validity } : {}),
    other,
    mentions: [],
    document: {
      documentId: doc.documentId,
      fileName: doc.fileName,
      ...(titleOf(doc) ? { title: titleOf(doc) } : {}),
      ...(diarienummer ? { diarienummer } : {}),
      ...(date ? { date } : {}),
      ...(decidedBy ? { decidedBy: decidedDate ? `${decidedBy}, ${decidedDate}` : decidedBy } : {}),
      contentHash: doc.contentHash,
      lineCount: doc.lineCount,
    },
    overriddenFields: [],
  };

  // every body named in a clause
  const mentions: { body: BodyPattern; clause: Clause }[] = [];
  const allClauses: Clause[] = doc.sections.flatMap((s) => s.clauses.map((c) => clauseOf(doc, s, c)));
  for (const c of allClauses)
    for (const m of bodiesIn(c.text)) if (!mentions.some((x) => x.body.id === m.body.id && x.clause.citation.lineStart === c.citation.lineStart)) mentions.push({ body: m.body, clause: c });
  for (const b of adHocBodies) if (commissioner) mentions.push({ body: b, clause: { text: commissioner.text, citation: commissioner.citation } });

  return { record, mentions, adHocBodies, notes, placeholders, missingDate };
}

function titleOf(doc: ParsedDocument): string | undefined {
  const groups: string[] = [];
  for (const p of doc.preamble) {
    const prev = groups[groups.length - 1];
    if (prev !== undefined && (/\bför$/i.test(prev) || (prev === prev.toUpperCase() && p.text === p.text.toUpperCase()))) groups[groups.length - 1] = `${prev} ${p.text}`;
    else groups.push(p.text);
  }
  const titles = groups.filter((g) => /^uppdrag\w*(beskrivning|handling)/i.test(g));
  return titles.sort((a, b) => b.length - a.length)[0];
}
