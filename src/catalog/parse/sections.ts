import { clausesOf } from "./clauses";
import { CONTAINER_SECTIONS, knownHeadingAt, looksLikeUnknownHeading } from "./headings";
import type { ParseNote, ParsedSection, SectionKey, Segment } from "./model";

/**
 * Segments into sections: each known heading opens one, a heading-like line the parser does not know
 * opens an uninterpreted one (flagged), and everything before the first heading is the preamble.
 */

interface Open {
  readonly key: SectionKey;
  readonly heading: string;
  readonly line: number;
  readonly inline?: Segment;
  readonly body: Segment[];
}

export function openSections(segments: readonly Segment[], notes: ParseNote[]): { preamble: Segment[]; open: Open[] } {
  const preamble: Segment[] = [];
  const open: Open[] = [];
  const bodyOf = () => open[open.length - 1]?.body ?? preamble;
  for (let idx = 0; idx < segments.length; idx++) {
    const seg = segments[idx]!;
    if (seg.text === "") {
      bodyOf().push(seg);
      continue;
    }
    const h = knownHeadingAt(segments, idx);
    if (h) {
      open.push({ key: h.key, heading: h.heading, line: seg.line, inline: h.inline, body: [] });
      idx = h.last;
    } else if (open.length > 0 && looksLikeUnknownHeading(segments, idx)) {
      // not silently part of the previous section: its own (uninterpreted) section, flagged
      const heading = seg.text.replace(/:$/, "");
      const message = `line ${seg.line} ("${heading}") looks like a heading the parser does not know; its text is kept but not interpreted`;
      notes.push({ code: "UNKNOWN_HEADING", message, lineStart: seg.line, lineEnd: seg.line, params: { heading, line: seg.line } });
      open.push({ key: "unknown", heading, line: seg.line, body: [] });
    } else bodyOf().push(seg);
  }
  return { preamble, open };
}

/** No heading at all, or one heading with nothing under it: not a mandate. */
export const noSections = (open: readonly Open[]) => open.length === 0 || (open.length === 1 && !open[0]!.inline && open[0]!.body.every((s) => s.text === ""));

/** The open sections with their clauses; a heading with nothing under it is noted (unless it only groups subheadings). */
export function closeSections(open: readonly Open[], notes: ParseNote[]): ParsedSection[] {
  return open.map((o, i) => {
    const clauses = clausesOf(o.inline ? [o.inline, ...o.body] : o.body, notes);
    const nextIsChild = i + 1 < open.length && open[i + 1]!.line !== o.line;
    const empty = clauses.length === 0;
    if (empty && !(CONTAINER_SECTIONS.has(o.key) && nextIsChild) && o.key !== "adoption" && o.key !== "decisionOrder")
      notes.push({ code: "EMPTY_SECTION", message: `heading "${o.heading}" (line ${o.line}) has no content`, lineStart: o.line, lineEnd: o.line, params: { heading: o.heading, line: o.line } });
    return { key: o.key, heading: o.heading, line: o.line, inline: o.inline, clauses, empty };
  });
}
