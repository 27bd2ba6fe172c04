import { z } from "zod";
import template from "./routing-answer.json";
import { renderTemplate } from "./render";

/** Display text only; the caller escapes anything that came from a user or a document. */
export const RoutingAnswerCardSchema = z.object({
  questionId: z.string().min(1),
  heading: z.string().min(1),
  owner: z.string(),
  organization: z.string(),
  explanation: z.string().min(1),
  citations: z.array(z.object({ section: z.string().min(1), text: z.string().min(1) })).max(3),
  facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })),
  nextStep: z.string(),
  /** Buttons: pick a candidate group, or an organisation to ask again in. */
  /** "Anmäl ärende till …": opens the agenda form for the owner (agenda.form); the question prefills it. */
  submit: z.object({ title: z.string().min(1), groupId: z.string().min(1), question: z.string().max(500) }).nullable(),
  choices: z.array(z.object({ title: z.string().min(1), groupId: z.string(), organizationId: z.string() })).max(6),
  allowFeedback: z.boolean(),
  wrongGroup: z.string(),
  feedbackLabel: z.string(),
  feedbackRequired: z.string(),
  commentLabel: z.string(),
  sendFeedback: z.string(),
  groupChoices: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })).max(100),
});
export type RoutingAnswerCardData = z.infer<typeof RoutingAnswerCardSchema>;

export const renderRoutingAnswerCard = (data: RoutingAnswerCardData) => renderTemplate(template, RoutingAnswerCardSchema, data);
