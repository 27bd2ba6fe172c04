/** Action.Execute verbs, dotted by feature. The server re-checks the actor and version for each. */
export const VERBS = {
  routingChoose: "routing.choose",
  routingFeedback: "routing.feedback",
  agendaTriage: "agenda.triage",
  agendaSubmit: "agenda.submit",
  agendaWithdraw: "agenda.withdraw",
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];
