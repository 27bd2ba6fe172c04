import type { Actor } from "../agenda/schema";
import { Approval, approverOf } from "./approval";
import { Approvers, type SettingsInput } from "./approvers";
import { MinutesContext, type MinutesDeps, type Via } from "./context";
import { Distribution } from "./distribution";
import { Drafting, type ItemInput } from "./drafting";
import { FanOut } from "./fan-out";
import { Reading, type Where } from "./reading";
import type { MinutesView } from "./ports";
import type { Minutes } from "./schema";

export { minutesPostIds } from "./post-ids";
export { SECRETARY_ROLES, type MinutesDeps } from "./context";
export type { MinutesRenderer, MinutesView, MinutesViewer } from "./ports";
export type { Where } from "./reading";

/**
 * Minutes and their approval (justering), one use case per file: drafting (load, items), approval
 * (request, approve, change requests), distribution (after approval, reminders, catch-up), reading
 * (who may see what) and the card fan-out that keeps every click short. This class only wires them
 * and is what routes, the CLI, the digest and the scheduler call.
 */
export class MinutesService {
  private readonly ctx: MinutesContext;
  private readonly fanOut: FanOut;
  private readonly approvers: Approvers;
  private readonly reading: Reading;
  private readonly drafting: Drafting;
  private readonly approval: Approval;
  private readonly distribution: Distribution;

  constructor(deps: MinutesDeps) {
    this.ctx = new MinutesContext(deps);
    this.fanOut = new FanOut(this.ctx);
    this.approvers = new Approvers(this.ctx);
    this.reading = new Reading(this.ctx);
    this.drafting = new Drafting(this.ctx, this.approvers, (m, previousRound) => this.fanOut.ask(m, previousRound));
    this.approval = new Approval(this.ctx, this.approvers, this.fanOut, (actor, m) => this.reading.viewerOf(actor, m));
    this.distribution = new Distribution(this.ctx, this.fanOut, this.approval);
    this.fanOut.useFinalizer((m) => this.distribution.finalize(m));
  }

  get timeZone(): string {
    return this.ctx.deps.timeZone;
  }

  /** How long the fan-out gathers changes before it renders (tests shorten it). */
  set fanOutDelayMs(ms: number) {
    this.fanOut.delayMs = ms;
  }

  /** The last error of the background fan-out (it is retried by the hourly job). */
  get lastBackgroundError(): unknown {
    return this.fanOut.lastError;
  }

  /** Resolves when the card fan-out noted so far is done (the CLI waits before it closes the store). */
  settled(): Promise<void> {
    return this.fanOut.settled();
  }

  groupName = (groupId: string) => this.ctx.groupName(groupId);
  settings = (groupId: string) => this.approvers.settings(groupId);
  setSettings = (actor: Actor, groupId: string, input: SettingsInput, via: Via = "cli") => this.approvers.setSettings(actor, groupId, input, via);
  resolveApprovers = (groupId: string, content: Minutes["content"]) => this.approvers.resolve(groupId, content);

  // reading
  read = (actor: Actor, groupId: string, minutesId: string, where?: Where, o?: { history?: boolean }) => this.reading.read(actor, groupId, minutesId, where, o);
  readLatest = (actor: Actor, groupId: string, where: Where) => this.reading.latest(actor, groupId, where);
  readDoc = (actor: Actor, m: Minutes, where: Where) => this.reading.readDoc(actor, m, where);
  auditFor = (actor: Actor, m: Minutes, where: Where) => this.reading.audit(actor, m, where);
  get = (groupId: string, minutesId: string) => this.reading.get(groupId, minutesId);
  find = (id: string) => this.reading.find(id);
  list = (groupId: string) => this.reading.list(groupId);
  approverOf = (m: Minutes, actor: Pick<Actor, "userId" | "aadObjectId" | "teamsId" | "tenantId">) => approverOf(m, actor);
  /** Approver keys not reached 1:1 in the current round (asks the delivery: not for clicks). */
  notReached = (m: Minutes) => this.ctx.notReachedNow(m);
  /** What cards show of the minutes, with a fresh "not reached" (CLI, tests). */
  view = async (m: Minutes): Promise<MinutesView> => this.ctx.view(await this.ctx.hydrate(m), { fresh: true });
  /** The whole audit of the minutes (no access check: callers outside a person's request, e.g. tests). */
  auditOf = (m: Pick<Minutes, "groupId" | "id">) => this.ctx.store.audit(m.groupId, m.id);
  /** May the actor write minutes for the group (the item form)? */
  mayDraft = (actor: Actor, groupId: string) => this.ctx.maySecretary(actor, groupId);
  meetingOf = (meetingId: string, groupId?: string) => this.ctx.store.meeting(meetingId, groupId);

  // drafting
  load = (actor: Actor, meetingId: string, text: string, opts: { reason?: string; via?: Via } = {}) => this.drafting.load(actor, meetingId, text, opts);
  saveItem = (actor: Actor, meetingId: string, input: ItemInput, via: Via = "teams") => this.drafting.saveItem(actor, meetingId, input, via);

  // approval
  request = (actor: Actor, groupId: string, minutesId: string, via: Via = "cli") => this.approval.request(actor, groupId, minutesId, via);
  approve = (actor: Actor, groupId: string, minutesId: string, version: string, via: Via = "teams") => this.approval.approve(actor, groupId, minutesId, version, via);
  requestChanges = (actor: Actor, groupId: string, minutesId: string, version: string, comment: string, itemNo?: number, via: Via = "teams") =>
    this.approval.requestChanges(actor, groupId, minutesId, version, comment, itemNo, via);

  // after approval and the hourly job
  recipients = (groupId: string) => this.distribution.recipients(groupId);
  finalize = (m: Minutes) => this.distribution.finalize(m);
  remindersDue = (at: Date) => this.distribution.remindersDue(at);
  /** Reads only: whether the hourly job has work at `at` (else its slot is not claimed). */
  jobPending = (at: Date) => this.distribution.pending(at);
  catchUp = () => this.distribution.catchUp();
}
