/** The parser's types (parser.ts re-exports them): a document as sections of cited clauses. */

export type SectionKey =
  | "title"
  | "commissioner"
  | "assignee"
  | "area"
  | "purpose"
  | "duties"
  | "responsibility"
  | "composition"
  | "participantsAndLead"
  | "chair"
  | "coOpted"
  | "organisation"
  | "meetings"
  | "costs"
  | "reporting"
  | "plan"
  | "evaluation"
  | "caseflow"
  | "communication"
  | "boundaries"
  | "decisionOrder"
  | "decisions"
  | "revision"
  | "adoption"
  | "place"
  | "intro"
  | "subgroups"
  | "sendTo"
  | "decisionDate"
  /** A heading-like line the parser does not know: its text is kept (cited) but not interpreted. */
  | "unknown";

export interface Segment {
  readonly line: number;
  readonly text: string;
}

export interface ParsedClause {
  readonly text: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly bullet: boolean;
}

export interface ParsedSection {
  readonly key: SectionKey;
  /** The heading as written (clean). */
  readonly heading: string;
  readonly line: number;
  /** Text on the heading line after "Label:" (inline form). */
  readonly inline?: Segment;
  readonly clauses: ParsedClause[];
  readonly empty: boolean;
}

export interface ParseNote {
  readonly code: "PERSONAL_DATA_REMOVED" | "EMPTY_BULLET" | "EMPTY_SECTION" | "UNPLACED_TEXT" | "UNKNOWN_HEADING" | "GLUED_TEXT";
  /** English, for the CLI and logs; user-facing text is rendered from code + params (src/i18n/<lang>/quality.ts). */
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly lineStart: number;
  readonly lineEnd: number;
}

export interface ParsedDocument {
  readonly documentId: string;
  readonly fileName: string;
  readonly contentHash: string;
  readonly lineCount: number;
  /** Segments before the first heading (title, Datum, Diarienummer, organisation lines). */
  readonly preamble: Segment[];
  readonly sections: ParsedSection[];
  readonly notes: ParseNote[];
  /** The cleaned, scrubbed text by 1-based line (footers and personal data removed). */
  readonly lines: readonly string[];
}

export type ParseErrorCode = "EMPTY" | "TOO_LARGE" | "BINARY" | "NOT_A_MANDATE";
export type ParseResult =
  | { readonly ok: true; readonly doc: ParsedDocument }
  | { readonly ok: false; readonly code: ParseErrorCode; readonly message: string };

/** A bullet marker at the start of a line: symbols, dashes, "1." / "1)" and "a)". */
export const BULLET = /^(•|·|▪|◦|\uF0B7|\uF0A7|-|–|\*|\d{1,2}[.)](?=\s)|[a-h]\)(?=\s))\s*/u;
