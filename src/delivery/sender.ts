import type { ConversationReference } from "../conversations/schema";
import type { Payload } from "./model";

/**
 * The port through which the delivery worker talks to Teams. bot/teams-sender.ts implements it with
 * botbuilder's CloudAdapter; tests may use any implementation. Results are values, never throws.
 */
export type SendRequest =
  | {
      readonly op: "post";
      readonly reference: ConversationReference;
      /** Reply into this thread (channel) instead of starting a new one. */
      readonly replyToActivityId?: string;
      readonly activity: Payload;
    }
  | {
      /** Creates the 1:1 conversation with a person and posts into it. */
      readonly op: "createPersonal";
      readonly tenantId: string;
      readonly serviceUrl: string;
      readonly userId: string;
      readonly activity: Payload;
    }
  | {
      readonly op: "update";
      readonly reference: ConversationReference;
      readonly activityId: string;
      readonly activity: Payload;
    };

export type SendResult =
  | {
      readonly ok: true;
      readonly activityId?: string;
      readonly conversationId: string;
      /** Set by createPersonal: the new conversation's reference, to remember. */
      readonly reference?: ConversationReference;
    }
  | {
      readonly ok: false;
      /** HTTP status from the connector (0 for a network failure). */
      readonly status: number;
      readonly code: string;
      readonly retryAfterMs?: number;
      readonly message?: string;
    };

export interface ProactiveSender {
  send(request: SendRequest): Promise<SendResult>;
}

/**
 * Lookups and callbacks the worker needs from the conversations store. src/delivery/directory.ts
 * implements it over CosmosConversationRepository.
 */
export interface DeliveryDirectory {
  /** The stored reference of an active conversation (channel, group chat or 1:1). */
  conversation(tenantId: string, conversationId: string): Promise<ConversationReference | undefined>;
  /** The 1:1 conversation with a person, when one is stored. */
  personal(tenantId: string, userId: string): Promise<ConversationReference | undefined>;
  /** Any stored reference in the tenant, to borrow a service URL from. */
  serviceUrl?(tenantId: string): Promise<string | undefined>;
  /** 403 on a channel: the bot was removed; deactivate the binding. */
  deactivate(tenantId: string, conversationId: string): Promise<void>;
  /** A 1:1 conversation was created; remember it. */
  rememberPersonal?(tenantId: string, userId: string, reference: ConversationReference): Promise<void>;
}
