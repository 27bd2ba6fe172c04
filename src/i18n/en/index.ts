import type { Messages } from "../sv";
import { core } from "./core";

/** Every English user-facing string; typed against the Swedish set so none is missing. */
export const en: Messages = { core };
