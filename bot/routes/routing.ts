import { CardFactory, type TurnContext } from "botbuilder";
import { z } from "zod";
import type { Services } from "../../src/services";
import { buildRouter } from "../../src/routing/router";
import { answerQuestion, type AnswerPorts } from "../../src/routing/answer-question";
import { entryById } from "../../src/catalog/lookup";
import { IdSchema } from "../../src/domain/ids";
import { LanguageSchema, type Language } from "../../src/domain/language";
import { messages } from "../../src/i18n";
import { renderRoutingAnswerCard, routingAnswerCardData, routingAnswerSummary } from "../../cards/routing-answer";
import { escapeText, unescapeInput } from "../../cards/render";
import { VERBS } from "../../cards/verbs";
import type { BotApp } from "../app";
import { actorOf, languageOf, textOf } from "../turn";
import { answerInvoke } from "../invoke-response";

/**
 * Question-shaped: a question mark, a question word first in a sentence or clause, or words of ownership anywhere. A
 * greeting or a lead-in may come first and thanks after ("Hej, vem …", "Snabb fråga: vem … Tack på förhand!").
 */
const QUESTION_START = /^(vem|vilken|vilka|vilket|vart|var|hur|vad|när|kan|får|ska|who|which|where|what|how|whom|can|should|does|is|are)\b/i;
const OWNERSHIP = /\b(äger|ägare|ansvarar|ansvarig|ansvaret|hanterar|beslutar|utser|tillsätter|owns?|owner|responsible|handles?|decides?|appoints?|in charge)\b/i;

export function isQuestion(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  return t.includes("?") || t.split(/[.!:;,\n]+/).some((c) => QUESTION_START.test(c.trim())) || OWNERSHIP.test(t);
}

/**
 * A need stated instead of asked ("Behöver få upp remissflödet för ultraljud någonstans", "My manager told me to send
 * this to the right group"): a message of some length that the mandates place with a group, or with groups of
 * several organisations, is answered as its question would be. Short chat ("ok bra", "tack för hjälpen") and
 * anything no mandate covers still get the hint.
 */
const STATED_NEED_WORDS = 5;

async function placedByMandates(services: Services, text: string): Promise<boolean> {
  if (text.trim().split(/\s+/).length < STATED_NEED_WORDS) return false;
  try {
    const status = (await routing(services)).value.route({ question: text }).status;
    return status === "owner" || status === "ambiguous";
  } catch {
    return false; // no router now: the hint, and a question-shaped message meets the routing route's polite error
  }
}

/** Card data is never trusted: parsed at the edge; anything else is "this card is out of date". */
const ChooseSchema = z.object({
  question: z.string().min(1).max(500),
  groupId: z.union([IdSchema, z.literal("")]).default(""),
  organizationId: z.union([IdSchema, z.literal("")]).default(""),
  lang: LanguageSchema.optional(),
});
const FeedbackSchema = z.object({
  question: z.string().min(1).max(500),
  status: z.enum(["owner", "ambiguous", "none"]),
  ownerId: z.union([IdSchema, z.literal("")]).default(""),
  candidateIds: z.string().max(2000).default(""),
  organizationId: z.union([IdSchema, z.literal("")]).default(""),
  lang: LanguageSchema.optional(),
  correctGroupId: IdSchema,
  comment: z.string().max(500).optional(),
});

function ports(services: Services): AnswerPorts {
  // the router ready now and the catalog it was built from (after a catalog change the previous router answers
  // until the new one is built beside the turns: current-catalog.ts `latest`), once per answer
  let ready: ReturnType<typeof routing> | undefined;
  const routed = () => (ready ??= routing(services));
  return {
    catalog: async () => (await routed()).catalog,
    router: async () => (await routed()).value,
    settings: {
      get: (tenantId, userId) => services.conversations.userSettings(tenantId, userId),
      rememberOrganization: (tenantId, userId, organizationId) => services.conversations.updateUserSettings(tenantId, userId, { organizationId }),
      noteOrganization: (tenantId, userId, organizationId) => services.conversations.noteOrganization(tenantId, userId, organizationId),
    },
    nextMeeting: async (groupId) => {
      const next = await services.agenda.nextMeeting(groupId);
      return next && { date: next.meeting.date, time: next.meeting.time, itemDeadline: next.dates.itemDeadline, late: next.late };
    },
  };
}

const routing = (services: Services) => services.currentCatalog.latest(buildRouter, (err) => services.logger.error({ err: String(err) }, "router build failed"));

async function answerCard(services: Services, context: TurnContext, question: string, lang: Language, org?: string) {
  const actor = actorOf(context, services);
  const answered = await answerQuestion(ports(services), actor, question, org);
  const input = { catalog: answered.catalog, detail: answered.detail, question, lang, t: messages(lang).answer, ownerAgenda: answered.nextMeeting ? { nextMeeting: answered.nextMeeting } : {} };
  return { card: renderRoutingAnswerCard(routingAnswerCardData(input)), summary: routingAnswerSummary(input) };
}

export function register(app: BotApp, services: Services): void {
  app.message(
    async (context: TurnContext) => context.activity.type === "message" && (isQuestion(textOf(context)) || (await placedByMandates(services, textOf(context)))),
    async (context, _state) => {
      const { lang } = await languageOf(context, services);
      const { card, summary } = await answerCard(services, context, textOf(context), lang);
      await context.sendActivity({ summary, attachments: [CardFactory.adaptiveCard(card)] });
    },
  );

  // A candidate or an organisation picked on an answer card: the question (carried in the card) answered again.
  app.adaptiveCards.actionExecute(VERBS.routingChoose, async (context, _state, data) => {
    const parsed = ChooseSchema.safeParse(data);
    const { lang, t } = await languageOf(context, services);
    if (!parsed.success) return answerInvoke(context, t.answer.outdated);
    const catalog = await services.currentCatalog.get();
    const chosen = entryById(catalog, parsed.data.groupId || undefined);
    const orgId = chosen?.organizationId ?? (catalog.organizations.some((o) => o.id === parsed.data.organizationId) ? parsed.data.organizationId : undefined);
    if ((parsed.data.groupId && !chosen) || (parsed.data.organizationId && !orgId)) return answerInvoke(context, t.answer.outdated);
    const question = unescapeInput(parsed.data.question);
    // a picked group: the question is answered within its organisation, with its name, so its own clause is cited
    const asked = chosen ? `${question} (${chosen.name})` : question;
    return answerInvoke(context, (await answerCard(services, context, asked, lang, orgId)).card);
  });

  // "Fel grupp?": written only now, with what the card showed; the reporter is the person who clicked.
  app.adaptiveCards.actionExecute(VERBS.routingFeedback, async (context, _state, data) => {
    const parsed = FeedbackSchema.safeParse(data);
    const { lang, t } = await languageOf(context, services);
    if (!parsed.success) return answerInvoke(context, (data as { correctGroupId?: unknown })?.correctGroupId === undefined ? t.answer.outdated : t.answer.feedbackBadGroup);
    const catalog = await services.currentCatalog.get();
    const group = entryById(catalog, parsed.data.correctGroupId);
    if (!group) return answerInvoke(context, t.answer.feedbackBadGroup);
    const known = (id: string) => !!entryById(catalog, id);
    const actor = actorOf(context, services);
    const d = parsed.data;
    await services.feedback.record({
      tenantId: actor.tenantId,
      userId: actor.userId,
      question: unescapeInput(d.question),
      ...(d.organizationId ? { organizationId: d.organizationId } : {}),
      lang,
      answer: { status: d.status, ownerId: d.ownerId && known(d.ownerId) ? d.ownerId : null, candidateIds: d.candidateIds.split(",").filter((id) => id && known(id)).slice(0, 20) },
      correctGroupId: group.id,
      ...(d.comment?.trim() ? { comment: d.comment.trim() } : {}),
    });
    return answerInvoke(context, t.answer.feedbackThanks(escapeText(group.name)));
  });
}
