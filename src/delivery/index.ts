import * as path from "node:path";
import type { Config } from "../config/config";
import type { ConversationStore } from "../conversations/ports";
import type { Clock } from "../domain/clock";
import type { Store } from "../storage/store";
import { conversationDirectory } from "./directory";
import { CosmosOutbox } from "./cosmos-outbox";
import { cosmosLeases } from "./cosmos-leases";
import type { Outbox } from "./ports";
import { Scheduler } from "./scheduler";
import type { DeliveryDirectory, ProactiveSender } from "./sender";
import { DeliveryWorker, type DeliveryLogger, type DeliveryWorkerOptions } from "./worker";
import { teamsLimits } from "./rate-limiter";

export * from "./model";
export * from "./ports";
export { CosmosOutbox } from "./cosmos-outbox";
export * from "./sender";
export * from "./scheduler";
export * from "./worker";
export * from "./rate-limiter";
export { conversationDirectory } from "./directory";

export type ConversationRemoved = (tenantId: string, conversationId: string) => Promise<unknown>;

/** The delivery service features use: enqueue posts and updates, register scheduled jobs. */
export interface Delivery {
  readonly outbox: Outbox;
  readonly scheduler: Scheduler;
  readonly directory: DeliveryDirectory;
  /**
   * Features that bind things to a conversation (home channels, digest subscriptions) listen here; called
   * once the reference is marked inactive, when the bot is removed or a channel post gets 403.
   */
  onConversationRemoved(listener: ConversationRemoved): void;
  /** The bot was removed from a conversation: mark its reference inactive and tell the listeners. */
  conversationRemoved(tenantId: string, conversationId: string): Promise<void>;
  /** Creates the worker for this process (the bot starts it with the Teams sender). */
  worker(sender: ProactiveSender, options?: Partial<DeliveryWorkerOptions>): DeliveryWorker;
}

/**
 * A name for this instance that survives its restarts and that no other live instance has: the owner of
 * an embedded DATA_DIR (the lock makes it unique), or the App Service instance. Claims left by an earlier
 * life of the same instance are taken over at once after a crash; others wait for their lease.
 */
export function instanceName(config: Config, store: Store, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (store.mode === "embedded") return `embedded:${path.resolve(config.dataDir)}`;
  if (env.WEBSITE_INSTANCE_ID) return `instance:${env.WEBSITE_INSTANCE_ID}`;
  return undefined;
}

export function buildDelivery(base: {
  config: Config;
  clock: Clock;
  store: Store;
  conversations: ConversationStore;
  logger?: DeliveryLogger;
  /** Global sends per second (default 30). */
  globalPerSecond?: number;
}): Delivery {
  const outbox: Outbox = new CosmosOutbox(base.store.container("outbox"), base.clock);
  const listeners: ConversationRemoved[] = [];
  const conversationRemoved = async (tenantId: string, conversationId: string) => {
    await base.conversations.markInactive(tenantId, conversationId);
    for (const listener of listeners) await listener(tenantId, conversationId);
  };
  const directory: DeliveryDirectory = { ...conversationDirectory(base.conversations), deactivate: conversationRemoved };
  const instance = instanceName(base.config, base.store);
  const scheduler = new Scheduler({
    instance,
    leases: cosmosLeases(base.store.container("leases")),
    outbox,
    timeZone: base.config.timeZone,
    clock: base.clock,
    logger: base.logger,
  });
  return {
    outbox,
    scheduler,
    directory,
    onConversationRemoved: (listener) => void listeners.push(listener),
    conversationRemoved,
    worker: (sender, options = {}) =>
      new DeliveryWorker({ outbox, sender, directory, instance, logger: base.logger, limits: teamsLimits(base.globalPerSecond), ...options }),
  };
}
