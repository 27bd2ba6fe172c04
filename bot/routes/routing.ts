import { randomUUID } from "node:crypto";
import { CardFactory, type TurnContext } from "botbuilder";
import { z } from "zod";
import type { Services } from "../../src/services";
import type { Catalog, GroupRecord } from "../../src/catalog/schema";
import { routerFor, type RouteDetail } from "../../src/routing/router";
import type { Messages } from "../../src/i18n";
import { renderRoutingAnswerCard, type RoutingAnswerCardData } from "../../cards/routing-answer";
import { escapeInput, escapeText, truncate } from "../../cards/render";
import { VERBS } from "../../cards/verbs";
import { safeId } from "../../src/storage/documents";
import type { BotApp } from "../app";
import { actorOf, languageOf, textOf, type Actor } from "../turn";
import { answerInvoke } from "../invoke-response";

/** Question-shaped: a question mark, a question word first, or words of ownership anywhere. */
const QUESTION_START = /^(vem|vilken|vilka|vilket|vart|var|hur|vad|när|kan|får|ska|who|which|where|what|how|whom|can|should|does|is|are)\b/i;
const OWNERSHIP = /\b(äger|ägare|ansvarar|ansvarig|ansvaret|hanterar|beslutar|utser|tillsätter|owns?|owner|responsible|handles?|decides?|appoints?|in charge)\b/i;

export function isQuestion(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  return t.endsWith("?") || QUESTION_START.test(t) || OWNERSHIP.test(t);
}

const ChooseSchema = z.object({
  questionId: z.string().min(1).max(200),
  groupId: z.string().max(300).optional().default(""),
  organizationId: z.string().max(100).optional().default(""),
});
const FeedbackSchema = z.object({
  questionId: z.string().min(1).max(200),
  correctGroupId: z.string().min(1).max(300),
  comment: z.string().max(500).optional(),
});


function entry(catalog: Catalog, id: string | undefined): GroupRecord | undefined {
  return id ? catalog.entries.find((e) => e.id === id) : undefined;
}

function orgName(catalog: Catalog, id: string | undefined): string {
  return catalog.organizations.find((o) => o.id === id)?.name ?? "";
}

function groupChoices(catalog: Catalog) {
  return catalog.entries
    .filter((e) => e.entryType !== "referenced")
    .slice(0, 100)
    .map((e) => ({ title: truncate(`${e.name} (${orgName(catalog, e.organizationId) || e.organizationId})`, 120), value: e.id }));
}

/** What the agenda knows about the owner: its next meeting (with the item deadline), if any. */
export interface OwnerAgenda {
  readonly nextMeeting?: { readonly date: string; readonly time: string; readonly itemDeadline: string; readonly late: boolean };
}

export function answerCard(
  catalog: Catalog,
  detail: RouteDetail,
  questionId: string,
  t: Messages,
  ownerAgenda: OwnerAgenda = {},
  question = "",
): RoutingAnswerCardData {
  const a = t.answer;
  const r = detail.result;
  const owner = entry(catalog, r.owner?.id);
  const facts: { title: string; value: string | undefined }[] = [];
  if (owner) {
    const refName = (ref: GroupRecord["commissioner"]) => (ref ? entry(catalog, ref.targetId)?.name ?? ref.text : undefined);
    facts.push({ title: a.commissioner, value: refName(owner.commissioner) });
    facts.push({ title: a.parent, value: refName(owner.parent) });
    facts.push({ title: a.chair, value: owner.chair?.clause.text });
    const next = ownerAgenda.nextMeeting;
    if (next) facts.push({ title: a.nextMeeting, value: a.nextMeetingValue(next.date, next.time, next.itemDeadline, next.late) });
  }
  if (r.escalation) facts.push({ title: a.escalation, value: r.escalation.to.name });

  const boundary = detail.reason === "boundary";
  const section = r.citations[0]?.section ?? "";
  const explanation =
    r.status === "owner"
      ? boundary
        ? a.explanationBoundary(section)
        : a.explanationOwner(section)
      : r.status === "ambiguous"
        ? detail.askOrganization
          ? a.explanationAmbiguousOrg
          : a.explanationAmbiguous
        : a.explanationNone;

  let choices: RoutingAnswerCardData["choices"] = [];
  if (r.status === "ambiguous" && detail.askOrganization) {
    const orgs = [...new Set(r.candidates.map((c) => entry(catalog, c.id)?.organizationId).filter((x): x is string => !!x))];
    choices = orgs.slice(0, 6).map((id) => ({ title: truncate(orgName(catalog, id) || id, 80), groupId: "", organizationId: id }));
  } else if (r.status === "ambiguous") {
    choices = r.candidates.slice(0, 6).map((c) => ({ title: truncate(c.name, 80), groupId: c.id, organizationId: "" }));
  }

  return {
    questionId,
    heading: r.status === "owner" ? a.headingOwner : r.status === "ambiguous" ? (detail.askOrganization ? a.headingAmbiguousOrg : a.headingAmbiguous) : a.headingNone,
    owner: r.owner ? escapeText(r.owner.name) : "",
    organization: r.owner ? escapeText(r.owner.organization) : "",
    explanation,
    citations: r.citations.slice(0, r.status === "owner" ? 2 : 3).map((c) => ({
      section: escapeText(truncate(`${entry(catalog, c.groupId)?.name ?? c.groupId} — ${c.section}`, 200)),
      text: escapeText(truncate(c.text, 600)),
    })),
    facts: facts.filter((f): f is { title: string; value: string } => !!f.value).map((f) => ({ title: f.title, value: escapeText(truncate(f.value, 300)) })),
    nextStep: r.status === "owner" && r.owner ? a.nextStepOwner(escapeText(r.owner.name)) : "",
    // Items go to concrete groups (not kinds of group); the button only appears where agenda items can exist.
    submit:
      r.status === "owner" && owner && owner.entryType === "group"
        ? { title: truncate(a.submitTo(escapeText(owner.name)), 120), groupId: owner.id, question: escapeInput(truncate(question, 500)) }
        : null,
    choices,
    allowFeedback: true,
    wrongGroup: a.wrongGroup,
    feedbackLabel: a.feedbackLabel,
    feedbackRequired: a.feedbackRequired,
    commentLabel: a.commentLabel,
    sendFeedback: a.sendFeedback,
    groupChoices: groupChoices(catalog),
  };
}

async function answer(services: Services, actor: Actor, question: string, org: string | undefined, questionId: string, t: Messages) {
  const catalog = await services.currentCatalog.get();
  const settings = await services.conversations.userSettings(actor.tenantId, actor.userId);
  const detail = routerFor(catalog).routeDetailed({ question, org, rememberedOrg: settings?.organizationId });
  // An organisation the person named or picked is remembered for their next questions.
  if (detail.organizationId && (detail.organizationSource === "question" || detail.organizationSource === "given") && detail.organizationId !== settings?.organizationId) {
    await services.conversations.updateUserSettings(actor.tenantId, actor.userId, { organizationId: detail.organizationId });
  }
  return { catalog, detail, card: renderRoutingAnswerCard(answerCard(catalog, detail, questionId, t, await ownerAgenda(services, detail), question)) };
}

async function ownerAgenda(services: Services, detail: RouteDetail): Promise<OwnerAgenda> {
  const ownerId = detail.result.status === "owner" ? detail.result.owner?.id : undefined;
  if (!ownerId) return {};
  const next = await services.agenda.nextMeeting(ownerId);
  if (!next) return {};
  return { nextMeeting: { date: next.meeting.date, time: next.meeting.time, itemDeadline: next.dates.itemDeadline, late: next.late } };
}

export function register(app: BotApp, services: Services): void {
  app.message(
    async (context: TurnContext) => context.activity.type === "message" && isQuestion(textOf(context)),
    async (context, _state) => {
      const { t } = await languageOf(context, services);
      const actor = actorOf(context, services);
      const question = textOf(context);
      const questionId = safeId("q", context.activity.id ?? randomUUID());
      const { detail, card } = await answer(services, actor, question, undefined, questionId, t);
      await services.feedback.recordQuestion({
        id: questionId,
        tenantId: actor.tenantId,
        userId: actor.userId,
        question,
        organizationId: detail.organizationId,
        answer: {
          status: detail.result.status,
          ownerId: detail.result.owner?.id ?? null,
          candidateIds: detail.result.candidates.map((c) => c.id),
          confidence: detail.result.confidence,
        },
      });
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    },
  );

  // A candidate or an organisation picked on an answer card: answered again for the person who clicked.
  app.adaptiveCards.actionExecute(VERBS.routingChoose, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = ChooseSchema.safeParse(data);
    const actor = actorOf(context, services);
    if (!parsed.success) return t.answer.feedbackUnknown;
    const asked = await services.feedback.get(actor.tenantId, parsed.data.questionId);
    if (!asked) return t.answer.feedbackUnknown;
    const catalog = await services.currentCatalog.get();
    const chosen = entry(catalog, parsed.data.groupId);
    const org = chosen?.organizationId ?? (catalog.organizations.some((o) => o.id === parsed.data.organizationId) ? parsed.data.organizationId : undefined);
    const question = chosen ? `${asked.question} ${chosen.name}` : asked.question;
    const { card } = await answer(services, actor, question, org, asked.id, t);
    return answerInvoke(context, card);
  });

  app.adaptiveCards.actionExecute(VERBS.routingFeedback, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = FeedbackSchema.safeParse(data);
    if (!parsed.success) return t.answer.feedbackBadGroup;
    const actor = actorOf(context, services);
    const catalog = await services.currentCatalog.get();
    const group = entry(catalog, parsed.data.correctGroupId);
    if (!group) return t.answer.feedbackBadGroup;
    const result = await services.feedback.correct(actor.tenantId, parsed.data.questionId, actor.userId, group.id, parsed.data.comment?.trim());
    if (result.ok) return t.answer.feedbackThanks(escapeText(group.name));
    return result.code === "NOT_THE_ASKER" ? t.answer.feedbackNotYours : t.answer.feedbackUnknown;
  });
}
