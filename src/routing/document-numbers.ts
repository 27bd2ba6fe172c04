/**
 * "Vem fastställde uppdragshandlingen RS 2019-03137?": a registrator or archivist names a mandate by its diarienummer,
 * which the catalog keeps for the document each group's record is read from. The number names that document and so
 * the group it is written for, as the group's name would: the question is read with the name written after the number
 * (a number the catalog does not know — another document the mandates cite — is left as it is).
 */
import type { GroupRecord } from "../catalog/schema";

/** Diarienummer as the mandates write them (catalog/text.ts): "RS 2019-03137", "RS 2024 – 00370", "SSN 2023-00470-4". */
const NUMBER = /\b[A-Za-zÅÄÖåäö]{1,5}\s?\d{4}\s?[-–]\s?\d{3,5}(?:-\d{1,4})?\b/g;

/** The letters and the two numbers of a diarienummer, without spacing, dash or a part number after them. */
function keyOf(number: string): string | undefined {
  const m = /^([A-Za-zÅÄÖåäö]{1,5})\s?(\d{4})\s?[-–]\s?(\d{3,5})/.exec(number);
  return m ? `${m[1]!.toUpperCase()} ${m[2]}-${m[3]}` : undefined;
}

export class DocumentNumbers {
  private readonly names = new Map<string, string>();

  constructor(entries: Iterable<Pick<GroupRecord, "name" | "document">>) {
    for (const e of entries) {
      const key = e.document?.diarienummer ? keyOf(e.document.diarienummer) : undefined;
      if (key && !this.names.has(key)) this.names.set(key, e.name);
    }
  }

  /** The question with each known diarienummer followed by its group's name. */
  named(question: string): string {
    if (!this.names.size) return question;
    return question.replace(NUMBER, (m) => {
      const key = keyOf(m);
      const name = key ? this.names.get(key) : undefined;
      return name ? `${m} (${name})` : m;
    });
  }
}
