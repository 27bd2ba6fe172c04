/** Action.Execute verbs, dotted by feature. The server re-checks the actor and version for each. */
export const VERBS = {
  routingChoose: "routing.choose",
  routingFeedback: "routing.feedback",
  agendaTriage: "agenda.triage",
  agendaSubmit: "agenda.submit",
  agendaWithdraw: "agenda.withdraw",
  /** Opens the submit form for a group (data: { groupId, question? }), e.g. from a routing answer. */
  agendaForm: "agenda.form",
  /** Create, reschedule or cancel a meeting from the meetings card (role and revision checked on the server). */
  agendaMeeting: "agenda.meeting",
  /** The submitter opens the edit form of an untriaged item, and saves it (revision checked). */
  agendaEditForm: "agenda.editForm",
  agendaEdit: "agenda.edit",
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];
