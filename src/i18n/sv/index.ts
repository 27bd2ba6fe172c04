import { core } from "./core";
import { answer } from "./answer";
import { groups } from "./groups";
import { agenda } from "./agenda";
import { quality } from "./quality";
import { minutes } from "./minutes";
import { digest } from "./digest";

/** Every Swedish user-facing string, one module per feature. */
export const sv = { core, groups, answer, agenda, quality, digest, minutes };
export type Messages = typeof sv;
