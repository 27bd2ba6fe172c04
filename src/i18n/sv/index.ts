import { core } from "./core";
import { answer } from "./answer";
import { groups } from "./groups";
import { agenda } from "./agenda";

/** Every Swedish user-facing string, one module per feature. */
export const sv = { core, groups, answer, agenda };
export type Messages = typeof sv;
