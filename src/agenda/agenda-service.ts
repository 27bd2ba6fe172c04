import type { z } from "zod";
import type { Clock } from "../domain/clock";
import * as channel from "./channel";
import { AgendaContext, type AgendaOptions, type GroupExists } from "./context";
import type { MeetingDates } from "./deadlines";
import * as forms from "./forms";
import * as items from "./items";
import * as actions from "./meeting-actions";
import * as meetings from "./meetings";
import type { AgendaStore } from "./ports";
import * as roles from "./roles";
import * as schedule from "./schedule";
import type { Actor, ActorRef, AgendaItem, AuditEntry, ChannelBinding, ChannelInput, GroupSettings, GroupSettingsInput, ItemInput, Meeting, Person, PersonSchema, Result, RoleAssignment, RoleKind } from "./schema";
import { triage, type TriageInput } from "./triage";
import { triageQueue, type TriageQueue } from "./triage-queue";
import type { FormValues, FormView, TriageView } from "./views";

export { holds } from "./context";
export type { AgendaOptions as AgendaServiceOptions, GroupExists } from "./context";
export type { AgendaView } from "./items";
export type { MeetingInput, MeetingsView } from "./meetings";
export type { MeetingChange, MeetingChangeOutcome } from "./meeting-actions";
export type { TriageInput } from "./triage";
export type { TriageQueue } from "./triage-queue";

/**
 * The agenda's use cases in one place for the routes, the CLI and the other features: roles, home
 * channel, meetings and deadlines, items, triage, forms and the audit log. Each answers a value — `{ ok:
 * true, … }` or a refusal with a code — and decides permissions from the actor (never from card data)
 * and the roles in the store. The use cases live in the files beside this one, one per concern.
 */
export class AgendaService {
  private readonly ctx: AgendaContext;

  constructor(store: AgendaStore, clock: Clock, options: AgendaOptions) {
    this.ctx = new AgendaContext(store, clock, options);
  }

  // ---- roles
  rolesOf = (actor: Actor, groupId: string): Promise<RoleKind[]> => roles.rolesOf(this.ctx, actor, groupId);
  listRoles = (groupId: string): Promise<RoleAssignment[]> => roles.listRoles(this.ctx, groupId);
  mayTriage = (actor: Actor, groupId: string): Promise<boolean> => roles.mayTriage(this.ctx, actor, groupId);
  assignRole = (actor: Actor, groupId: string, role: RoleKind, person: z.input<typeof PersonSchema>): Promise<Result<{ assignment: RoleAssignment; previous?: Person }>> =>
    roles.assignRole(this.ctx, actor, groupId, role, person);
  removeRole = (actor: Actor, groupId: string, role: RoleKind, personId: string): Promise<Result<{ removed: RoleAssignment }>> => roles.removeRole(this.ctx, actor, groupId, role, personId);

  // ---- home channel
  bindChannel = (actor: Actor, groupId: string, c: ChannelInput): Promise<Result<{ binding: ChannelBinding; previous?: ChannelBinding }>> => channel.bindChannel(this.ctx, actor, groupId, c);
  homeChannel = (groupId: string): Promise<ChannelBinding | undefined> => channel.homeChannel(this.ctx, groupId);
  groupsOfChannel = (conversationId: string): Promise<string[]> => channel.groupsOfChannel(this.ctx, conversationId);
  deactivateChannel = (conversationId: string, by?: ActorRef): Promise<string[]> => channel.deactivateChannel(this.ctx, conversationId, by);

  // ---- meetings and deadlines
  settings = (groupId: string): Promise<GroupSettingsInput & { revision?: number }> => meetings.settings(this.ctx, groupId);
  setSettings = (actor: Actor, groupId: string, input: Partial<GroupSettingsInput>): Promise<Result<{ settings: GroupSettings }>> => meetings.setSettings(this.ctx, actor, groupId, input);
  listMeetings = (groupId: string): Promise<(Meeting & { dates: MeetingDates })[]> => meetings.listMeetings(this.ctx, groupId);
  upcomingMeetings = (groupId: string): Promise<Meeting[]> => schedule.upcomingMeetings(this.ctx, groupId);
  nextMeeting = (groupId: string): Promise<schedule.NextMeeting | undefined> => schedule.nextMeeting(this.ctx, groupId);
  createMeeting = (actor: Actor, groupId: string, input: meetings.MeetingInput): Promise<Result<{ meeting: Meeting; dates: MeetingDates }>> => meetings.createMeeting(this.ctx, actor, groupId, input);
  rescheduleMeeting = (actor: Actor, groupId: string, meetingId: string, revision: number, input: meetings.MeetingInput): Promise<Result<{ meeting: Meeting; dates: MeetingDates }>> =>
    meetings.rescheduleMeeting(this.ctx, actor, groupId, meetingId, revision, input);
  cancelMeeting = (actor: Actor, groupId: string, meetingId: string, revision: number, reason?: string): Promise<Result<{ meeting: Meeting }>> =>
    meetings.cancelMeeting(this.ctx, actor, groupId, meetingId, revision, reason);
  meetingsView = (actor: Actor, groupId: string): Promise<Result<{ view: meetings.MeetingsView }>> => meetings.meetingsView(this.ctx, actor, groupId);
  /** Create, reschedule or cancel, then update a posted kallelse; answers with the meetings after it. */
  changeMeeting = (actor: Actor, groupId: string, change: actions.MeetingChange): Promise<actions.MeetingChangeOutcome> => actions.changeMeeting(this.ctx, actor, groupId, change);
  /** Rebuilds group schedules a crash left out of date (run by the kallelse job). */
  repairSchedules = (): Promise<string[]> => schedule.repairSchedules(this.ctx);
  /** Reads only: the groups whose schedule a crash left out of date. */
  staleSchedules = (): Promise<string[]> => schedule.staleSchedules(this.ctx);

  // ---- items and triage
  submitItem = (actor: Actor, groupId: string, input: ItemInput, submitter?: Partial<Person>, options?: items.SubmitOptions): Promise<Result<{ item: AgendaItem; dates?: MeetingDates; receipt: TriageView }>> =>
    items.submitItem(this.ctx, actor, groupId, input, submitter, options);
  editItem = (actor: Actor, groupId: string, itemId: string, revision: number, changes: Partial<Pick<ItemInput, "title" | "description" | "kind" | "links">>) =>
    items.editItem(this.ctx, actor, groupId, itemId, revision, changes);
  withdrawItem = (actor: Actor, groupId: string, itemId: string, revision: number) => items.withdrawItem(this.ctx, actor, groupId, itemId, revision);
  triage = (actor: Actor, input: TriageInput) => triage(this.ctx, actor, input);
  /** The items awaiting triage as triage cards, for a triager wherever they ask (reads only). */
  triageQueue = (actor: Actor, groupId: string): Promise<Result<TriageQueue>> => triageQueue(this.ctx, actor, groupId);
  itemCard = (actor: Actor, groupId: string, itemId: string): Promise<Result<{ view: TriageView }>> => items.itemCard(this.ctx, actor, groupId, itemId);
  listItems = (groupId: string): Promise<AgendaItem[]> => this.ctx.store.items(groupId);
  getItem = (groupId: string, itemId: string): Promise<AgendaItem | undefined> => this.ctx.store.item(groupId, itemId);
  agenda = (groupId: string, meetingId?: string): Promise<Result<{ agenda: items.AgendaView }>> => items.agenda(this.ctx, groupId, meetingId);
  /** Planned meetings of every group that start after an instant (the kallelse job). */
  plannedMeetingsAfter = (instant: string): Promise<Meeting[]> => this.ctx.store.plannedMeetingsAfter(instant);

  // ---- the submit form
  form = (actor: Actor, request: { groupId?: string; values?: FormValues }): Promise<Result<{ view: FormView }>> => forms.form(this.ctx, actor, request);
  submitFromForm = (actor: Actor, fields: forms.SubmitFields, options?: items.SubmitOptions): Promise<forms.FormOutcome> => forms.submitFromForm(this.ctx, actor, fields, options);
  editForm = (actor: Actor, groupId: string, itemId: string, revision: number): Promise<Result<{ view: FormView }>> => forms.editForm(this.ctx, actor, groupId, itemId, revision);
  saveEdit = (actor: Actor, fields: forms.FormFields & { groupId: string; itemId: string; revision: number }): Promise<forms.FormOutcome> => forms.saveEdit(this.ctx, actor, fields);

  auditLog = (groupId: string): Promise<AuditEntry[]> => this.ctx.store.audit(groupId);
}

/** The catalog view the agenda needs: group ids that may hold roles, meetings and items. */
export interface GroupCatalog {
  get(): Promise<{ readonly entries: readonly { readonly id: string; readonly entryType: string }[] }>;
}

/** Groups and referenced bodies in the catalog are known; kinds (templates) and unknown ids are not. */
export function catalogGroupExists(catalog: GroupCatalog): GroupExists {
  return async (groupId) => (await catalog.get()).entries.some((e) => e.id === groupId && e.entryType !== "kind");
}
