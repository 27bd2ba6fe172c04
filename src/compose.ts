import type { Logger } from "pino";
import type { Config } from "./config/config";
import type { Clock } from "./domain/clock";
import type { Store } from "./storage/store";
import type { Services } from "./services";
import type { RenderersFactory } from "./renderers";
import { CosmosConversationRepository } from "./conversations/cosmos-conversation-repository";
import { CosmosCatalogRepository } from "./catalog/cosmos-catalog-repository";
import { CurrentCatalog } from "./catalog/current-catalog";
import { entryName } from "./catalog/lookup";
import { CosmosFeedbackRepository } from "./feedback/cosmos-feedback-repository";
import { AgendaService, catalogGroupExists } from "./agenda/agenda-service";
import { CosmosAgendaRepository } from "./agenda/cosmos-agenda-repository";
import { agendaPreferences } from "./agenda/preferences";
import { buildRouter } from "./routing/router";
import { buildCacheIn, configureBuildCache } from "./routing/build-cache";
import { kallelseJob } from "./agenda/kallelse";
import { buildDelivery } from "./delivery";
import { DigestService } from "./digest/digest-service";
import { CosmosSubscriptionStore } from "./digest/cosmos-subscriptions";
import { digestJob } from "./digest/job";
import { MinutesService } from "./minutes/minutes-service";
import { CosmosMinutesStore } from "./minutes/cosmos-minutes-store";
import { CosmosDeliveryQueries } from "./minutes/cosmos-delivery-queries";
import { minutesDigestSource } from "./minutes/digest-source";
import { minutesJob } from "./minutes/jobs";
import { CosmosMandateDrafts } from "./catalog/cosmos-mandate-drafts";
import { sampleOverrides } from "./catalog/ingest";
import { MandateUploads } from "./catalog/upload";

export interface Base {
  readonly config: Config;
  readonly clock: Clock;
  readonly store: Store;
  readonly logger: Logger;
}

/**
 * The one composition root: stores, use cases, delivery, scheduled jobs and renderers, built once per
 * process. The server and the CLI both call it, so `samverkan scheduler run --at …` does exactly what the
 * bot would do at that instant. Renderers come from outside (cards/ is not part of the core).
 */
export function compose(base: Base, renderersOf: RenderersFactory): Services {
  const { config, clock, store, logger } = base;
  // the router's parsed lexicon and dictionary filter are kept beside the data: a restart reads them back
  configureBuildCache(buildCacheIn(config.dataDir, (m) => logger.warn(m)));
  const catalog = new CosmosCatalogRepository(store.container("catalog"), clock);
  const currentCatalog = new CurrentCatalog(catalog);
  const conversations = new CosmosConversationRepository(store.container("conversations"), clock);
  const delivery = buildDelivery({ config, clock, store, conversations, logger });
  const renderers = renderersOf({
    timeZone: config.timeZone,
    groupName: async (groupId) => entryName(await currentCatalog.get(), groupId),
  });

  const agenda = new AgendaService(new CosmosAgendaRepository(store.container("work")), clock, {
    timeZone: config.timeZone,
    groupExists: catalogGroupExists(currentCatalog),
    directory: currentCatalog,
    // the bot's router (same derive key): one index per catalog version in the process, not a second one for agenda items
    router: async (question) => (await currentCatalog.derive(buildRouter)).route({ question }),
    maxDescription: config.maxTextLength,
    preferences: agendaPreferences(conversations),
    posting: { outbox: delivery.outbox, renderers: renderers.agenda, kallelse: renderers.kallelse },
  });
  const minutes = new MinutesService({
    store: new CosmosMinutesStore(store.container("work")),
    clock,
    timeZone: config.timeZone,
    agenda,
    outbox: delivery.outbox,
    delivery: new CosmosDeliveryQueries(store.container("outbox")),
    catalog: currentCatalog,
    teamsIdOf: async (tenantId, userId) => (await conversations.personal(tenantId, userId))?.reference.user?.id,
    renderer: renderers.minutes,
  });
  const digest = new DigestService(
    { agenda, catalog: currentCatalog, subscriptions: new CosmosSubscriptionStore(store.container("conversations")), clock, minutes: minutesDigestSource(minutes) },
    { timeZone: config.timeZone },
  );

  // A removed bot (or a channel post refused with 403) deactivates the home channels bound there and
  // pauses the channel's digest subscription.
  delivery.onConversationRemoved((_tenantId, conversationId) => agenda.deactivateChannel(conversationId));
  delivery.onConversationRemoved((tenantId, conversationId) => digest.pause(tenantId, conversationId));

  delivery.scheduler.register(kallelseJob(agenda, renderers.kallelse, delivery.outbox));
  delivery.scheduler.register(minutesJob(minutes));
  delivery.scheduler.register(digestJob(digest, delivery.outbox, renderers.digest));

  return {
    ...base,
    conversations,
    catalog,
    currentCatalog,
    feedback: new CosmosFeedbackRepository(store.container("conversations"), clock),
    agenda,
    delivery,
    digest,
    minutes,
    renderers,
    mandates: new MandateUploads({ catalog, drafts: new CosmosMandateDrafts(store.container("catalog")), roles: agenda, clock, timeZone: config.timeZone, overrides: () => sampleOverrides() }),
  };
}
