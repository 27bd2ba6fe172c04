import type { Container } from "@azure/cosmos";
import { mutateDoc, queryAll, readDoc, UNCHANGED } from "../storage/documents";
import type { LeaseDoc, LeaseStore } from "./ports";

/** The scheduler's leases in the `leases` container (partition key /id): the adapter behind `LeaseStore`. */
export function cosmosLeases(container: Container): LeaseStore {
  return {
    read: (id) => readDoc<LeaseDoc>(container, id, id),
    async change(id, next) {
      const out = await mutateDoc<LeaseDoc>(container, id, id, (cur) => next(cur) ?? UNCHANGED);
      return out.kind === "written";
    },
    list: () => queryAll<LeaseDoc>(container, "SELECT * FROM c WHERE c.type = 'lease'"),
  };
}
