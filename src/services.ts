import type { Logger } from "pino";
import type { Config } from "./config/config";
import type { Clock } from "./domain/clock";
import type { Store } from "./storage/store";
import { CosmosConversationRepository } from "./conversations/cosmos-conversation-repository";
import { CosmosCatalogRepository } from "./catalog/cosmos-catalog-repository";
import { CurrentCatalog } from "./catalog/current-catalog";
import { CosmosFeedbackRepository } from "./feedback/cosmos-feedback-repository";
import { AgendaService, catalogGroupExists } from "./agenda/agenda-service";
import { CosmosAgendaRepository } from "./agenda/cosmos-agenda-repository";
import { buildDelivery, type Delivery } from "./delivery";
import { DigestService } from "./digest/digest-service";
import { MinutesService } from "./minutes/minutes-service";
import { MinutesRepository } from "./minutes/repository";
import { minutesDigestSource } from "./minutes/digest-source";

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
  /** Roles, meetings, deadlines, agenda items, triage and the audit log (work container). */
  readonly agenda: AgendaService;
  /** Proactive posts (outbox), the scheduler and its jobs; the bot starts the worker. */
  readonly delivery: Delivery;
  /** Weekly digest: subscriptions per channel and the composed content (the bot/CLI register its job in bot/jobs.ts). */
  readonly digest: DigestService;
  /** Minutes and their approval (justering); bot/jobs.ts attaches the card renderer and the reminder job. */
  readonly minutes: MinutesService;
}

export function buildServices(base: { config: Config; clock: Clock; store: Store; logger: Logger }): Services {
  const catalog = new CosmosCatalogRepository(base.store.container("catalog"), base.clock);
  const currentCatalog = new CurrentCatalog(catalog);
  const conversations = new CosmosConversationRepository(base.store.container("conversations"), base.clock);
  // Features register their scheduled jobs on delivery.scheduler here, so the bot and the CLI share them.
  const delivery = buildDelivery({ ...base, conversations });
  const agenda = new AgendaService(new CosmosAgendaRepository(base.store.container("work")), base.clock, {
    timeZone: base.config.timeZone,
    groupExists: catalogGroupExists(currentCatalog),
  });
  // A removed bot (or a channel post refused with 403) deactivates the home channels bound there.
  delivery.onConversationRemoved((_tenantId, conversationId) => agenda.deactivateChannel(conversationId));
  const minutes = new MinutesService(new MinutesRepository(base.store.container("work")), base.clock, {
    timeZone: base.config.timeZone,
    agenda,
    outbox: delivery.outbox,
    catalog: currentCatalog,
    teamsIdOf: async (tenantId, userId) => (await conversations.personal(tenantId, userId))?.reference.user?.id,
  });
  // Minutes and follow-ups come from issue #7 through the MinutesDigestSource port.
  const digest = new DigestService(
    { agenda, catalog: currentCatalog, conversations: base.store.container("conversations"), clock: base.clock, minutes: minutesDigestSource(minutes) },
    { timeZone: base.config.timeZone },
  );
  // The same path pauses the channel's digest subscription.
  delivery.onConversationRemoved((tenantId, conversationId) => digest.pause(tenantId, conversationId));
  return {
    ...base,
    conversations,
    delivery,
    catalog,
    currentCatalog,
    feedback: new CosmosFeedbackRepository(base.store.container("conversations"), base.clock),
    agenda,
    digest,
    minutes,
  };
}
