import type { Language } from "../domain/language";
import { en } from "./en";
import { sv, type Messages } from "./sv";

export type { Messages };
export const messages = (lang: Language): Messages => (lang === "en" ? en : sv);
