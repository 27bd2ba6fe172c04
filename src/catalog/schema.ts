import { z } from "zod";

/**
 * The mandate catalog: groups, group kinds and referenced bodies, each fact cited to its source.
 * Stored in the Cosmos `catalog` container (partition key /organizationId).
 * Nothing is guessed: a field the documents do not state is absent (or null), never invented.
 */

export const OriginSchema = z.enum(["parsed", "override", "inherited"]);
export type Origin = z.infer<typeof OriginSchema>;

/** Where a fact came from: document, section heading, 1-based inclusive line range, origin. */
export const CitationSchema = z.object({
  documentId: z.string(),
  section: z.string(),
  lineStart: z.number().int().nonnegative(),
  lineEnd: z.number().int().nonnegative(),
  origin: OriginSchema,
});
export type Citation = z.infer<typeof CitationSchema>;

/** A cited piece of text (one clause). */
export const ClauseSchema = z.object({
  text: z.string(),
  citation: CitationSchema,
});
export type Clause = z.infer<typeof ClauseSchema>;

export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** A short name for buttons and lists (Teams cuts long button titles). */
  shortName: z.string().max(24).optional(),
  /** The regions (huvudmän) of a collaboration, for mandates where every region takes part. */
  regions: z.array(z.string()).optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

/** The organisations the samples belong to; aliases are matched forgivingly (see normalize). */
export const ORGANIZATIONS: readonly Organization[] = [
  { id: "vgr", name: "Västra Götalandsregionen", shortName: "VGR", aliases: ["VGR", "Västra Götalandsregionen", "Västra Götalands region", "Koncernkontoret"] },
  {
    id: "sjukvardsregion-mellansverige",
    name: "Sjukvårdsregion Mellansverige",
    shortName: "Mellansverige",
    aliases: ["Sjukvårdsregion Mellansverige", "Samverkansnämnden", "Samverkansnämnden Uppsala-Örebro", "sjukvårdsregionen"],
    // The seven regions of the Uppsala–Örebro healthcare region (Samverkansnämnden's members).
    regions: ["Region Dalarna", "Region Gävleborg", "Region Sörmland", "Region Uppsala", "Region Värmland", "Region Västmanland", "Region Örebro län"],
  },
  {
    id: "vastmanland",
    name: "Region Västmanland och kommunerna i Västmanland",
    shortName: "Västmanland",
    aliases: ["Landstinget Västmanland", "Region Västmanland", "kommunerna i Västmanland", "Västmanlands Kommuner och Landsting", "VKL", "Västmanland"],
  },
];
export const UNKNOWN_ORGANIZATION_ID = "unknown";

/** group = one concrete group; kind = a mandate for a kind of group; referenced = a body only named by documents. */
export const EntryTypeSchema = z.enum(["group", "kind", "referenced"]);
export type EntryType = z.infer<typeof EntryTypeSchema>;

/** A reference to another catalog entry (by id), with the words the document used and the citation. */
export const ReferenceSchema = z.object({
  targetId: z.string(),
  text: z.string(),
  citation: CitationSchema,
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const DutySchema = ClauseSchema;
export type Duty = z.infer<typeof DutySchema>;

/** A clause that sends a topic elsewhere; targetId is set when the document names the body. */
export const BoundarySchema = ClauseSchema.extend({ targetId: z.string().optional() });
export type Boundary = z.infer<typeof BoundarySchema>;

export const AppointmentRuleSchema = z.object({
  /** Who appoints (catalog entry id when the appointer is a catalog body). */
  appointedById: z.string().optional(),
  appointedByText: z.string().optional(),
  /** Term in years when stated ("utses på två år"). */
  termYears: z.number().optional(),
  clause: ClauseSchema,
});
export type AppointmentRule = z.infer<typeof AppointmentRuleSchema>;

export const CompositionSchema = z.object({
  clauses: z.array(ClauseSchema),
  /** e.g. "one-per-region" when "en representant per region" / "samtliga regioner ska vara representerade". */
  representation: z.string().optional(),
  /** Who appoints members, as written ("respektive förvaltningschef"). */
  appointedByText: z.string().optional(),
  appointedById: z.string().optional(),
  deputies: z.boolean().optional(),
});
export type Composition = z.infer<typeof CompositionSchema>;

export const MeetingFrequencySchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  per: z.enum(["year", "term", "month"]),
  /** Meetings per year when derivable (term = half year). */
  minPerYear: z.number().optional(),
  maxPerYear: z.number().optional(),
  clause: ClauseSchema,
});
export type MeetingFrequency = z.infer<typeof MeetingFrequencySchema>;

export const ReportingDutySchema = z.object({
  what: z.string(),
  toId: z.string().optional(),
  toText: z.string().optional(),
  /** MM-DD when a yearly deadline is stated ("senast 28 februari" → "02-28"). */
  dueMonthDay: z.string().optional(),
  /** "annual" | "continuous" | "per-meeting" when stated. */
  cadence: z.enum(["annual", "continuous", "per-meeting"]).optional(),
  clause: ClauseSchema,
});
export type ReportingDuty = z.infer<typeof ReportingDutySchema>;

export const ValiditySchema = z.object({
  decidedDate: z.string().optional(),
  decidedBy: z.string().optional(),
  /** Only when the document states a term. */
  validUntil: z.string().optional(),
  /** The document names a term but leaves it as placeholder / words ("xxx (fem år)"). */
  validUntilText: z.string().optional(),
  reviseBy: z.string().optional(),
  reviseByText: z.string().optional(),
  clauses: z.array(ClauseSchema),
});
export type Validity = z.infer<typeof ValiditySchema>;

export const DocumentMetaSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  title: z.string().optional(),
  diarienummer: z.string().optional(),
  date: z.string().optional(),
  /** As named in the document and date: "Hälso- och sjukvårdsdirektör Jonas Claesson, 2026-06-17". Never contacts. */
  decidedBy: z.string().optional(),
  contentHash: z.string(),
  lineCount: z.number().int(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const GroupRecordSchema = z.object({
  id: z.string(),
  type: z.literal("group"),
  entryType: EntryTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  /** For entryType group: the kind it instantiates (kind entry id), when any. */
  kindId: z.string().optional(),
  /** Ansvarsområde for instances of a kind (e.g. "bild- och funktionsmedicin"). */
  area: z.string().optional(),
  organizationId: z.string(),
  knownOnlyFromReferences: z.boolean(),
  commissioner: ReferenceSchema.optional(),
  parent: ReferenceSchema.optional(),
  purpose: z.array(ClauseSchema),
  duties: z.array(DutySchema),
  boundaries: z.array(BoundarySchema),
  composition: CompositionSchema.optional(),
  chair: AppointmentRuleSchema.optional(),
  viceChair: AppointmentRuleSchema.optional(),
  coOpted: z.array(ClauseSchema),
  meetingFrequency: MeetingFrequencySchema.optional(),
  reporting: z.array(ReportingDutySchema),
  decisionRules: z.array(ClauseSchema),
  escalation: z.array(ClauseSchema),
  validity: ValiditySchema.optional(),
  /** Other cited clauses (costs, communication, ärendegång, support, subgroups, …) with their section. */
  other: z.array(ClauseSchema),
  /** Clauses from other documents that describe this entry (for referenced bodies). */
  mentions: z.array(ClauseSchema),
  document: DocumentMetaSchema.optional(),
  /** Overrides applied to this record, by field. */
  overriddenFields: z.array(z.string()),
});
export type GroupRecord = z.infer<typeof GroupRecordSchema>;

export const QualityIssueSchema = z.object({
  code: z.enum([
    "PLACEHOLDER",
    "MISSING_FIELD",
    "VALIDITY_EXPIRED",
    "VALIDITY_ENDING_SOON",
    "REVISION_PASSED",
    "EMPTY_SECTION",
    "UNPLACED_TEXT",
    "PERSONAL_DATA_REMOVED",
    "UNKNOWN_ORGANIZATION",
    "EMPTY_BULLET",
    "UNKNOWN_HEADING",
    "GLUED_TEXT",
    /** Reading a PDF or Word file changed or could not read something (headers left out, scanned pages, tables). */
    "EXTRACTION",
  ]),
  /** English, for the CLI and logs; users see text rendered from code + params (src/i18n/<lang>/quality.ts). */
  message: z.string(),
  /** Structured values the message is made of (heading, line, until, …), for rendering in any language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  field: z.string().optional(),
  lineStart: z.number().int().optional(),
  lineEnd: z.number().int().optional(),
});
export type QualityIssue = z.infer<typeof QualityIssueSchema>;

export const QualityReportSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  entryId: z.string(),
  issues: z.array(QualityIssueSchema),
});
export type QualityReport = z.infer<typeof QualityReportSchema>;

/** The whole catalog in memory (what the router indexes). */
export const CatalogSchema = z.object({
  version: z.number().int(),
  organizations: z.array(OrganizationSchema),
  entries: z.array(GroupRecordSchema),
  quality: z.array(QualityReportSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;
