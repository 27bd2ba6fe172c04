import type { RoleKind } from "./schema";

/**
 * The words for roles in commands, Swedish and English (Teams: "sätt sekreterare …", the CLI:
 * "roles set <group> sekreterare …"): lower case, spaces and hyphens removed before the look-up.
 */
const ROLE_WORDS: Record<string, RoleKind> = {
  ordförande: "chair",
  ordforande: "chair",
  chair: "chair",
  viceordförande: "viceChair",
  viceordforande: "viceChair",
  vicechair: "viceChair",
  vice: "viceChair",
  sekreterare: "secretary",
  samordnare: "secretary",
  secretary: "secretary",
  coordinator: "secretary",
  ledamot: "member",
  member: "member",
  adjungerad: "coopted",
  coopted: "coopted",
  justerare: "adjuster",
  adjuster: "adjuster",
};

export function roleOfWord(word: string): RoleKind | undefined {
  return ROLE_WORDS[word.trim().toLowerCase().replace(/[\s-]/g, "")];
}
