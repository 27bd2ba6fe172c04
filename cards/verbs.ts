/** Action.Execute verbs, dotted by feature. The server re-checks the actor and version for each. */
export const VERBS = {
  routingChoose: "routing.choose",
  routingFeedback: "routing.feedback",
  agendaTriage: "agenda.triage",
  agendaSubmit: "agenda.submit",
  agendaWithdraw: "agenda.withdraw",
  /** Opens the submit form for a group (data: { groupId, question? }), e.g. from a routing answer. */
  agendaForm: "agenda.form",
  /** Minutes approval (justering): data { groupId, minutesId, version }; actor and version checked on the server. */
  minutesApprove: "minutes.approve",
  /** data { groupId, minutesId, version } + inputs comment (required), item (optional). */
  minutesRequestChanges: "minutes.requestChanges",
  /** The discussion of one item: data { groupId, minutesId, item }. */
  minutesShowItem: "minutes.showItem",
  /** The minutes' history (the latest audit entries), on request: data { groupId, minutesId }. */
  minutesHistory: "minutes.history",
  /** The card's refresh: approvers get their actions, anyone else a read-only status view. */
  minutesRefresh: "minutes.refresh",
  /** The secretary asks for approval from the "protokoll <grupp>" card: data { groupId, minutesId }. */
  minutesRequest: "minutes.request",
  /** The secretary's form for one item: data { groupId, meetingId, item? } (item "" = new). */
  minutesItemForm: "minutes.itemForm",
  /** Saves the form: data { groupId, meetingId, item } + inputs title, discussion, decision, responsible, due, actions. */
  minutesSaveItem: "minutes.saveItem",
  /** Create, reschedule or cancel a meeting from the meetings card (role and revision checked on the server). */
  agendaMeeting: "agenda.meeting",
  /** The submitter opens the edit form of an untriaged item, and saves it (revision checked). */
  agendaEditForm: "agenda.editForm",
  agendaEdit: "agenda.edit",
  /** Universal Actions refresh of the submitter's receipt (live status). */
  agendaRefresh: "agenda.refresh",
  /** A mandate sent as a file: publish or cancel its preview (data { draftId, lang }; owner, rights and catalog version checked on the server). */
  mandatePublish: "mandate.publish",
  mandateCancel: "mandate.cancel",
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];
