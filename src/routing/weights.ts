/**
 * Fixed weights of the scoring, each with its reason. (Thresholds chosen on data live in thresholds.json.)
 */
import type { ScoreWeights } from "./score";

export const WEIGHTS: ScoreWeights = {
  kind: {
    // what a group is charged with ("Uppdrag", "Gruppen ska …") speaks for it most
    duty: 1,
    // its purpose, less concretely
    purpose: 0.8,
    // decision rules and escalation clauses say how it works, not what it owns
    rule: 0.65,
    // other cited clauses: costs, reporting, support, meetings
    other: 0.65,
    // a boundary clause sends a topic to another body on purpose: it beats a plain topical match
    boundary: 1.1,
    // a clause of another mandate that names a body only describes it in passing
    mention: 0.55,
    // the name (and area) of a group: "röntgen" is the area of Samordningsråd bild- och funktionsmedicin
    name: 0.9,
  },
  // the rest of the question met in other clauses of the same mandate counts a little
  support: 0.3,
  // a concrete group is governed by its kind's mandate too, a little less than the kind itself
  inherit: 0.97,
  // a word no clause uses weighs half as much as the rarest word a clause uses
  unknown: 0.5,
  // a long word no clause uses is a compound, a specific thing the mandates do not speak of
  // (from 10 letters; twice the weight of a short unknown word, which is the rarest idf a term can have)
  longWord: 10,
  longUnknown: 2,
  // a word every mandate uses (kommun, region, plan, beslut) is no evidence for one of them
  generic: 0.7,
};

/** A group the question names gets this much on top of its topical score. */
export const SUBJECT_BONUS = 0.15;
/** Longest question read (characters); the rest is ignored. */
export const MAX_QUESTION_CHARS = 2000;
/** A question near a group (this share of the none threshold) gets the escalation path its mandate names. */
export const NEAR_SHARE = 0.6;
/**
 * A question about the asker's own thing (own-matter.ts) needs this many times the none threshold's evidence. Chosen on
 * the tune halves: with the own-case, not-care and outside lists emptied (so that it is measured on the phrasings the
 * lists were not written for), the none lines the steps above answer "none" rise from 233 to 248 of 287 as the factor
 * goes from 1 to 2 and no further above it; no right owner answer is lost at any factor (1 … 100). 2 is the smallest
 * factor at the plateau.
 */
export const OWN_MATTER = 2;
