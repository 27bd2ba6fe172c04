import type { Payload, Target } from "../delivery/model";
import type { MinutesContext } from "./context";
import { minutesPostIds } from "./post-ids";
import { KEEP, type MinutesView } from "./ports";
import type { Approver, ChangeRequest, Minutes } from "./schema";

/** What is to be done for one minutes document; repeated requests before it runs merge into one. */
interface Job {
  readonly groupId: string;
  readonly minutesId: string;
  /** Post the current round's cards (once per round: deterministic outbox ids). */
  post: boolean;
  /** Approved: the final post, the distribution, then every copy in the final state. */
  finalize: boolean;
  /** Update the channel card of the current round. */
  channel: boolean;
  /** Update every copy of these rounds (an earlier round after a new version). */
  readonly copies: Set<number>;
  readonly notices: ChangeRequest[];
}

/** The follow-up of a transition (src/minutes/distribution.ts), given to the fan-out at composition. */
export type Finalize = (m: Minutes) => Promise<Minutes>;

const pause = () => new Promise<void>((r) => setImmediate(r));

/** The person target of an approver: 1:1, falling back to an @mention in the home channel. */
export function approverTarget(m: Minutes, a: Approver, channel: { tenantId: string; conversationId: string } | undefined): Target | undefined {
  const tenantId = a.tenantId ?? channel?.tenantId ?? m.requestedBy?.tenantId;
  const userId = a.aadObjectId ?? a.teamsId;
  if (!tenantId || !userId) return undefined;
  return { kind: "person", tenantId, userId, name: a.name, ...(channel ? { fallbackChannel: { conversationId: channel.conversationId } } : {}) };
}

/**
 * Card fan-out off the click's path. A click only notes what changed (`ask`, `channel`, `finalize`,
 * `changeNotice`); after a short delay one worker per process renders and enqueues, one document at a
 * time and yielding between cards, so a burst of approvals becomes one rendering of the channel card and
 * the clicks never wait for it. What must not be lost is kept on the document itself — a round not yet
 * posted (`postedRound`), approved minutes not yet distributed — and the hourly job catches it up after
 * a crash (distribution.ts).
 */
export class FanOut {
  /**
   * How long changes are gathered before the cards are rendered: a burst of approvals (8 people clicking
   * within seconds) becomes a few renderings and sends of the channel card instead of one per click, so
   * the background work never crowds the clicks themselves.
   */
  delayMs = 1_000;
  /** The last error of background work (kept for inspection and tests; the work is retried by the job). */
  lastError: unknown;
  private readonly jobs = new Map<string, Job>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private finalizer: Finalize = async (m) => m;

  constructor(private readonly ctx: MinutesContext) {}

  /** Set once at composition (the distribution needs the fan-out too). */
  useFinalizer(f: Finalize): void {
    this.finalizer = f;
  }

  ask(m: Minutes, previousRound?: number): void {
    const j = this.job(m);
    j.post = true;
    if (previousRound && previousRound > 0) j.copies.add(previousRound);
  }

  channel(m: Minutes): void {
    this.job(m).channel = true;
  }

  finalize(m: Minutes): void {
    this.job(m).finalize = true;
  }

  changeNotice(m: Minutes, request: ChangeRequest): void {
    const j = this.job(m);
    j.notices.push(request);
    j.channel = true;
  }

  /** Runs everything noted so far now and resolves when it is done (the CLI before it closes the store). */
  async settled(): Promise<void> {
    while (this.jobs.size > 0 || this.running) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      await (this.running ?? this.run());
    }
  }

  private job(m: Pick<Minutes, "groupId" | "id">): Job {
    let j = this.jobs.get(m.id);
    if (!j) {
      j = { groupId: m.groupId, minutesId: m.id, post: false, finalize: false, channel: false, copies: new Set(), notices: [] };
      this.jobs.set(m.id, j);
    }
    this.schedule();
    return j;
  }

  /** Work noted while a pass runs waits for the next pass: at most one rendering per document per delay. */
  private schedule(): void {
    if (this.timer || this.running) return;
    this.timer = setTimeout(() => void this.run(), this.delayMs);
    this.timer.unref?.();
  }

  private run(): Promise<void> {
    this.timer = undefined;
    this.running ??= (async () => {
      const batch = [...this.jobs.values()];
      this.jobs.clear();
      try {
        for (const j of batch) {
          try {
            await this.process(j);
          } catch (e) {
            this.lastError = e;
          }
          await pause();
        }
      } finally {
        this.running = undefined;
        if (this.jobs.size > 0) this.schedule();
      }
    })();
    return this.running;
  }

  private async process(j: Job): Promise<void> {
    const r = this.ctx.deps.renderer;
    const stored = await this.ctx.store.read(j.groupId, j.minutesId);
    if (!r || !stored) return;
    let m = await this.ctx.hydrate(stored.doc);
    const channel = await this.ctx.deps.agenda.homeChannel(m.groupId);
    for (const request of j.notices) await this.notify(m, request, channel);
    if (m.status === "approved" && !m.distribution && (j.finalize || j.post)) m = await this.finalizer(m);
    const view = await this.viewOf(m);
    if (m.status === "requested" && (m.postedRound ?? 0) < m.round) await this.post(view, channel);
    const rounds = new Set(j.copies);
    if (j.finalize) rounds.add(m.round);
    for (const round of rounds) await this.updateCopies(view, round, false);
    if (j.channel && !rounds.has(m.round)) await this.updateCopies(view, m.round, true);
  }

  /** The view with a fresh answer from the delivery; a changed "not reached" is written for the clicks to show. */
  private async viewOf(m: Minutes): Promise<MinutesView> {
    const view = await this.ctx.view(m, { fresh: true });
    const known = m.notReached?.round === m.round ? m.notReached.keys : [];
    if (m.round > 0 && view.notReached.join("\n") !== known.join("\n")) {
      const keys = [...view.notReached];
      await this.ctx.store.mutate(m.groupId, m.id, (cur) => (cur && cur.round === m.round ? { ...cur, notReached: { round: m.round, keys }, revision: cur.revision + 1 } : KEEP));
    }
    return view;
  }

  /** The round's cards: the channel's status card and each approver's 1:1 card, then the round is marked posted. */
  private async post(view: MinutesView, channel: { tenantId: string; conversationId: string } | undefined): Promise<void> {
    const m = view.minutes;
    const r = this.ctx.deps.renderer!;
    if (channel) {
      const target: Target = { kind: "channel", tenantId: channel.tenantId, conversationId: channel.conversationId, groupId: m.groupId };
      await this.ctx.deps.outbox.enqueue({ id: minutesPostIds.channel(m, m.round), target, payload: await r.channelCard(view) });
    }
    const cards = this.approverCards(view);
    for (const a of m.approvers) {
      const target = approverTarget(m, a, channel);
      if (target) await this.ctx.deps.outbox.enqueue({ id: minutesPostIds.approver(m, m.round, a.key), target, payload: await cards(a) });
    }
    await this.ctx.store.mutate(m.groupId, m.id, (cur) => (cur && cur.round === m.round && (cur.postedRound ?? 0) < m.round ? { ...cur, postedRound: m.round } : KEEP));
  }

  /**
   * Approver cards differ only by whether that approver has approved (MinutesRenderer's contract), so one
   * rendering serves everyone in the same state; approved minutes look the same to everyone.
   */
  private approverCards(view: MinutesView): (a: Approver) => Promise<Payload> {
    const r = this.ctx.deps.renderer!;
    const cache = new Map<string, Promise<Payload>>();
    const approved = new Set(view.minutes.approvals.map((a) => a.key));
    return (a) => {
      const state = view.minutes.status === "approved" ? "final" : approved.has(a.key) ? "approved" : "pending";
      let p = cache.get(state);
      if (!p) cache.set(state, (p = state === "final" ? r.channelCard(view) : r.approverCard(view, a)));
      return p;
    };
  }

  /** Brings the stored copies of a round's cards to the document's current state (never-posted ones are skipped). */
  private async updateCopies(view: MinutesView, round: number, onlyChannel: boolean): Promise<void> {
    const m = view.minutes;
    const r = this.ctx.deps.renderer!;
    const outbox = this.ctx.deps.outbox;
    await outbox.update({ of: minutesPostIds.channel(m, round), payload: await r.channelCard(view) });
    if (onlyChannel) return;
    const cards = this.approverCards(view);
    for (const a of m.approvers) {
      await outbox.update({ of: minutesPostIds.approver(m, round, a.key), payload: await cards(a) });
      await pause();
    }
  }

  /** The secretary hears of a change request 1:1 (once per request). */
  private async notify(m: Minutes, request: ChangeRequest, channel: { tenantId: string; conversationId: string } | undefined): Promise<void> {
    const secretary = (await this.ctx.deps.agenda.listRoles(m.groupId)).find((x) => x.role === "secretary");
    const tenantId = secretary?.person.tenantId ?? channel?.tenantId ?? request.by.tenantId;
    const userId = secretary?.person.aadObjectId ?? secretary?.person.teamsId;
    if (!secretary || !tenantId || !userId) return;
    const payload = await this.ctx.deps.renderer!.changeNotice(await this.ctx.view(m), request);
    const target: Target = { kind: "person", tenantId, userId, name: secretary.person.name, ...(channel ? { fallbackChannel: { conversationId: channel.conversationId } } : {}) };
    await this.ctx.deps.outbox.enqueue({ id: minutesPostIds.changes(m, request.key, request.at), target, payload });
  }
}
