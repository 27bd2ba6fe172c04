import { type TurnContext, type CloudAdapter, type ConversationReference as BfReference, type Activity } from "botbuilder";
import type { ConnectorClient } from "botframework-connector";
import type { ConversationReference } from "../src/conversations/schema";
import type { ProactiveSender, SendRequest, SendResult } from "../src/delivery/sender";


/** Maps a connector error to a result value; Retry-After (seconds or HTTP date) becomes milliseconds. */
export function toFailure(err: unknown): Extract<SendResult, { ok: false }> {
  const e = err as { statusCode?: number; code?: string; message?: string; response?: { status?: number; headers?: { get?(n: string): string | undefined } } };
  const status = e.statusCode ?? e.response?.status ?? 0;
  const header = e.response?.headers?.get?.("retry-after");
  let retryAfterMs: number | undefined;
  if (header) {
    const secs = Number(header);
    retryAfterMs = Number.isFinite(secs) ? secs * 1000 : Math.max(0, Date.parse(header) - Date.now());
  }
  const code = status === 0 ? "NETWORK" : `HTTP_${status}`;
  return { ok: false, status, code, retryAfterMs, message: e.message };
}

/**
 * The connector SDK's pipeline retries 429 and 5xx on its own (core-client's default retry policy); the
 * delivery worker owns retries and rate limits, so the policy is removed from the turn's client.
 */
function withoutSdkRetries(ctx: TurnContext, adapter: CloudAdapter): ConnectorClient {
  const client = ctx.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(o: { phase?: string }): unknown } } }).client?.pipeline;
  pipeline?.removePolicy({ phase: "Retry" });
  return client;
}

/** The botbuilder implementation of the delivery port: stored references through CloudAdapter. */
export class TeamsSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async send(req: SendRequest): Promise<SendResult> {
    try {
      if (req.op === "createPersonal") return await this.createPersonal(req);
      let reference = req.reference as unknown as Partial<BfReference>;
      if (req.op === "post" && req.replyToActivityId) {
        const id = `${req.reference.conversation.id};messageid=${req.replyToActivityId}`;
        reference = { ...reference, conversation: { ...req.reference.conversation, id } as BfReference["conversation"] };
      }
      let activityId: string | undefined;
      const failed = await this.continueCapturing(reference, async (ctx) => {
        withoutSdkRetries(ctx, this.adapter);
        if (req.op === "update") {
          await ctx.updateActivity({ ...(req.activity as Partial<Activity>), type: "message", id: req.activityId });
          activityId = req.activityId;
        } else {
          activityId = (await ctx.sendActivity({ ...(req.activity as Partial<Activity>), type: "message" }))?.id;
        }
      });
      if (failed) return failed;
      return { ok: true, activityId, conversationId: req.reference.conversation.id };
    } catch (err) {
      return toFailure(err);
    }
  }

  private async createPersonal(req: Extract<SendRequest, { op: "createPersonal" }>): Promise<SendResult> {
    let result: SendResult = { ok: false, status: 0, code: "NO_CONVERSATION" };
    // A continuation on the service URL only to get an authenticated connector client for it.
    const seed = { serviceUrl: req.serviceUrl, channelId: "msteams", conversation: { id: "proactive", tenantId: req.tenantId } };
    const failed = await this.continueCapturing(seed as Partial<BfReference>, async (ctx) => {
      const connector = withoutSdkRetries(ctx, this.adapter);
      const created = await connector.conversations.createConversation({
        isGroup: false,
        bot: { id: this.botAppId, name: "Samverkan" },
        members: [{ id: req.userId, name: "" }],
        tenantId: req.tenantId,
        channelData: { tenant: { id: req.tenantId } },
      } as never);
      const reference: ConversationReference = {
        serviceUrl: req.serviceUrl,
        channelId: "msteams",
        conversation: { id: created.id, conversationType: "personal", tenantId: req.tenantId },
        bot: { id: this.botAppId },
        user: { id: req.userId },
      };
      const sent = await connector.conversations.sendToConversation(created.id, {
        ...(req.activity as Partial<Activity>),
        type: "message",
        from: { id: this.botAppId },
        conversation: reference.conversation,
        recipient: { id: req.userId },
      } as unknown as Activity);
      result = { ok: true, activityId: sent.id, conversationId: created.id, reference };
    });
    return failed ?? result;
  }

  /**
   * Runs a continuation and returns the connector's refusal as a value. The adapter's onTurnError (set by
   * the Application) would otherwise swallow it, and a 429/403/5xx would count as sent.
   */
  private async continueCapturing(reference: Partial<BfReference>, logic: (ctx: TurnContext) => Promise<void>): Promise<Extract<SendResult, { ok: false }> | undefined> {
    let failure: Extract<SendResult, { ok: false }> | undefined;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (ctx) => {
      try {
        await logic(ctx);
      } catch (err) {
        failure = toFailure(err);
      }
    });
    return failure;
  }
}
