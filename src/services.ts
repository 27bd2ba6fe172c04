import type { Logger } from "pino";
import type { Config } from "./config/config";
import type { Clock } from "./domain/clock";
import type { Store } from "./storage/store";
import type { ConversationStore } from "./conversations/ports";
import type { CatalogStore } from "./catalog/ports";
import type { CurrentCatalog } from "./catalog/current-catalog";
import type { FeedbackStore } from "./feedback/ports";
import type { AgendaService } from "./agenda/agenda-service";
import type { Delivery } from "./delivery";
import type { DigestService } from "./digest/digest-service";
import type { MinutesService } from "./minutes/minutes-service";
import type { Renderers } from "./renderers";
import type { MandateUploads } from "./catalog/upload";

/**
 * Everything a feature needs, built once per process (bot or CLI) by `compose` (src/compose.ts), the one
 * composition root both entry points call.
 */
export interface Services {
  readonly config: Config;
  readonly clock: Clock;
  readonly store: Store;
  readonly logger: Logger;
  /** Conversation references and people's settings. */
  readonly conversations: ConversationStore;
  /** The stored catalog (ingest writes it; `currentCatalog` reads it). */
  readonly catalog: CatalogStore;
  /** The catalog in memory, reloaded when its version document changes. */
  readonly currentCatalog: CurrentCatalog;
  /** Routing questions and "wrong group" corrections. */
  readonly feedback: FeedbackStore;
  /** Roles, meetings, deadlines, agenda items, triage and the audit log (work container). */
  readonly agenda: AgendaService;
  /** Proactive posts (outbox), the scheduler and its jobs; the bot starts the worker. */
  readonly delivery: Delivery;
  /** Weekly digest: subscriptions per channel and the composed content. */
  readonly digest: DigestService;
  /** Minutes and their approval (justering), with the reminder job. */
  readonly minutes: MinutesService;
  /** The proactive-post renderers given at composition (routes re-render a kallelse after a reschedule). */
  readonly renderers: Renderers;
  /** Mandates sent as files (Teams): preview, publish, cancel, audit. */
  readonly mandates: MandateUploads;
}
