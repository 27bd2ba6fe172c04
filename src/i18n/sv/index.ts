import { core } from "./core";
import { answer } from "./answer";
import { groups } from "./groups";

/** Every Swedish user-facing string, one module per feature. */
export const sv = { core, groups, answer };
export type Messages = typeof sv;
