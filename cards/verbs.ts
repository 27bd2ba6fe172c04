/** Action.Execute verbs, dotted by feature. The server re-checks the actor and version for each. */
export const VERBS = {
  routingChoose: "routing.choose",
  routingFeedback: "routing.feedback",
  agendaTriage: "agenda.triage",
  agendaSubmit: "agenda.submit",
  agendaWithdraw: "agenda.withdraw",
  /** Opens the submit form for a group (data: { groupId, question? }), e.g. from a routing answer. */
  agendaForm: "agenda.form",
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];
