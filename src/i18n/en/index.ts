import type { Messages } from "../sv";
import { core } from "./core";
import { answer } from "./answer";
import { groups } from "./groups";
import { agenda } from "./agenda";
import { quality } from "./quality";
import { minutes } from "./minutes";
import { digest } from "./digest";
import { mandates } from "./mandates";

/** Every English user-facing string; typed against the Swedish set so none is missing. */
export const en: Messages = { core, groups, answer, agenda, quality, digest, minutes, mandates };
