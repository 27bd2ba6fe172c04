import type { Logger } from "pino";
import type { Config } from "./config/config";
import type { Clock } from "./domain/clock";
import type { Store } from "./storage/store";
import { CosmosConversationRepository } from "./conversations/cosmos-conversation-repository";
import { CosmosCatalogRepository } from "./catalog/cosmos-catalog-repository";
import { CurrentCatalog } from "./catalog/current-catalog";
import { CosmosFeedbackRepository } from "./feedback/cosmos-feedback-repository";

/**
 * Everything a feature needs, built once per process (bot or CLI). Features add their repositories and
 * use cases here so that both entry points get them.
 */
export interface Services {
  readonly config: Config;
  readonly clock: Clock;
  readonly store: Store;
  readonly logger: Logger;
  readonly conversations: CosmosConversationRepository;
  readonly catalog: CosmosCatalogRepository;
  /** The catalog in memory, reloaded when its version document changes. */
  readonly currentCatalog: CurrentCatalog;
  readonly feedback: CosmosFeedbackRepository;
}

export function buildServices(base: { config: Config; clock: Clock; store: Store; logger: Logger }): Services {
  const catalog = new CosmosCatalogRepository(base.store.container("catalog"), base.clock);
  return {
    ...base,
    conversations: new CosmosConversationRepository(base.store.container("conversations"), base.clock),
    catalog,
    currentCatalog: new CurrentCatalog(catalog),
    feedback: new CosmosFeedbackRepository(base.store.container("conversations"), base.clock),
  };
}
