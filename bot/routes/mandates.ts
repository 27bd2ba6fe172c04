import { ActivityTypes, CardFactory, type TurnContext } from "botbuilder";
import type { Services } from "../../src/services";
import type { MandateDraft } from "../../src/catalog/drafts";
import type { MandateRefusal } from "../../src/catalog/upload";
import { IdSchema } from "../../src/domain/ids";
import type { Language } from "../../src/domain/language";
import { errorText } from "../../src/i18n/errors";
import type { Messages } from "../../src/i18n";
import { mandatePreviewCard, type PreviewState } from "../../cards/mandate-preview";
import { escapeText } from "../../cards/render";
import { VERBS } from "../../cards/verbs";
import type { BotApp } from "../app";
import { CardDataBase, onCardAction } from "../card-data";
import { reply, type InvokeReply } from "../invoke-response";
import { actorOf, conversationKind, languageOf } from "../turn";
import { DEFAULT_FETCH_LIMITS, fetchSentFile, fileAttachments, sentFileOf } from "./mandate-file";

/**
 * Mandates sent as files. In personal chat a group's secretary (or an administrator) sends the PDF,
 * Word or text file; the bot answers with a preview card (which group, new or revised, what changes, the
 * quality flags) and "Publicera" / "Avbryt". Anyone else is refused before the file is fetched; a file in
 * a channel or group chat gets a hint to send it in personal chat. Clicks re-check everything (src/catalog/upload.ts).
 */

const DraftData = CardDataBase.extend({ draftId: IdSchema });

const refusalText = (lang: Language, r: MandateRefusal) => errorText(lang, "mandates", r, escapeText);

function previewReply(d: MandateDraft, state: PreviewState, lang: Language, t: Messages, notice?: string) {
  return mandatePreviewCard({ draftId: d.id, preview: d.preview, state, lang, t, ...(notice ? { notice } : {}) });
}

async function onFile(context: TurnContext, services: Services): Promise<void> {
  const { lang, t } = await languageOf(context, services);
  const files = fileAttachments(context.activity.attachments);
  if (conversationKind(context) !== "personal") {
    await context.sendActivity(t.mandates.channelHint);
    return;
  }
  const actor = actorOf(context, services);
  // rights first: a file from someone who may not publish is never fetched
  if (!(await services.mandates.maySend(actor, await services.currentCatalog.get()))) {
    await context.sendActivity(t.mandates.notAllowed);
    return;
  }
  const file = files.map(sentFileOf).find((f) => f !== undefined);
  if (!file) {
    await context.sendActivity(refusalText(lang, { code: "NOT_A_FILE" }));
    return;
  }
  if (files.length > 1) await context.sendActivity(t.mandates.oneAtATime(escapeText(file.name)));
  await context.sendActivity({ type: ActivityTypes.Typing });
  const fetched = await fetchSentFile(file, { ...DEFAULT_FETCH_LIMITS, local: !services.config.bot });
  if (!fetched.ok) {
    services.logger.info({ code: fetched.code }, "mandate file not fetched");
    await context.sendActivity(refusalText(lang, { code: fetched.code }));
    return;
  }
  const r = await services.mandates.preview(actor, { fileName: file.name, bytes: fetched.bytes });
  if (!r.ok) {
    services.logger.info({ code: r.code }, "mandate file refused");
    await context.sendActivity(refusalText(lang, r));
    return;
  }
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(previewReply(r.draft, { kind: "pending" }, lang, t))] });
}

/** A refusal on a click: the card again with the reason on top when the draft is known, else a message. */
function refusedReply(r: MandateRefusal & { draft?: MandateDraft }, lang: Language, t: Messages): InvokeReply {
  const text = refusalText(lang, r);
  if (!r.draft) return reply.message(text);
  if (r.draft.status === "published") return reply.card(previewReply(r.draft, { kind: "published", version: r.draft.publishedVersion ?? 0 }, lang, t));
  if (r.draft.status === "cancelled") return reply.card(previewReply(r.draft, { kind: "cancelled" }, lang, t));
  return reply.card(previewReply(r.draft, { kind: "refused", text }, lang, t));
}

export function register(app: BotApp, services: Services): void {
  app.message(async (context) => context.activity.type === ActivityTypes.Message && fileAttachments(context.activity.attachments).length > 0, async (context) => onFile(context, services));

  onCardAction(app, services, VERBS.mandatePublish, DraftData, async (data, { lang, t, actor }) => {
    const r = await services.mandates.publish(actor, data.draftId);
    if (r.ok) {
      // this instance reloads now; the others notice the catalog version within seconds
      services.currentCatalog.invalidate();
      services.logger.info({ entryId: r.draft.preview.entryId, version: r.draft.publishedVersion, catalogVersion: r.draft.catalogVersion }, "mandate published");
      return reply.card(previewReply(r.draft, { kind: "published", version: r.draft.publishedVersion ?? 0 }, lang, t));
    }
    if (r.code === "CATALOG_CHANGED" && r.draft) return reply.card(previewReply(r.draft, { kind: "pending" }, lang, t, refusalText(lang, r)));
    return refusedReply(r, lang, t);
  });

  onCardAction(app, services, VERBS.mandateCancel, DraftData, async (data, { lang, t, actor }) => {
    const r = await services.mandates.cancel(actor, data.draftId);
    if (r.ok) return reply.card(previewReply(r.draft, { kind: "cancelled" }, lang, t));
    return refusedReply(r, lang, t);
  });
}

