import { core } from "./core";
import { groups } from "./groups";

/** Every Swedish user-facing string, one module per feature. */
export const sv = { core, groups };
export type Messages = typeof sv;
