import { core } from "./core";

/** Every Swedish user-facing string, one module per feature. */
export const sv = { core };
export type Messages = typeof sv;
