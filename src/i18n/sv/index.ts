import { core } from "./core";
import { answer } from "./answer";
import { groups } from "./groups";
import { agenda } from "./agenda";
import { quality } from "./quality";
import { minutes } from "./minutes";
import { digest } from "./digest";
import { mandates } from "./mandates";

/** Every Swedish user-facing string, one module per feature. */
export const sv = { core, groups, answer, agenda, quality, digest, minutes, mandates };
export type Messages = typeof sv;
