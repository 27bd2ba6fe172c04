/**
 * The routing use case behind a chat question and a click on its card: read the question (with the
 * organisation given, else the one remembered for the person), remember an organisation the person named
 * or picked, and look up the owner's next meeting. At most one settings read, one agenda read and (only
 * when the organisation changes) one settings write, after the turn when the question named it (a hint
 * for the next questions, which the card never says was saved); no question is stored.
 */
import type { Catalog } from "../catalog/schema";
import type { Router, RouteDetail } from "./router";

/** The ports the use case needs (the conversations store and the agenda service fit them). */
export interface AnswerPorts {
  readonly catalog: () => Promise<Catalog>;
  readonly router: () => Promise<Router>;
  readonly settings: {
    get(tenantId: string, userId: string): Promise<{ organizationId?: string } | undefined>;
    rememberOrganization(tenantId: string, userId: string, organizationId: string): Promise<void>;
    /** An organisation named in the question: a hint written after the turn (off the reply's path). */
    noteOrganization?(tenantId: string, userId: string, organizationId: string): void;
  };
  readonly nextMeeting: (groupId: string) => Promise<{ date: string; time: string; itemDeadline: string; late: boolean } | undefined>;
}

export interface Answered {
  readonly catalog: Catalog;
  readonly detail: RouteDetail;
  readonly nextMeeting?: { date: string; time: string; itemDeadline: string; late: boolean };
}

export async function answerQuestion(ports: AnswerPorts, who: { tenantId: string; userId: string }, question: string, org?: string): Promise<Answered> {
  const [catalog, router, settings] = await Promise.all([ports.catalog(), ports.router(), ports.settings.get(who.tenantId, who.userId)]);
  const detail = router.routeDetailed({ question, ...(org ? { org } : {}), ...(settings?.organizationId ? { rememberedOrg: settings.organizationId } : {}) });
  const used = detail.analysis.organization;
  // an organisation the person named or picked is remembered for their next questions (and said on the card)
  const remember = used && (used.source === "question" || used.source === "given") && used.id !== settings?.organizationId;
  // a pick on the card is written before the answer; one named in the question is a hint that follows it
  const noted = remember && used.source === "question" && ports.settings.noteOrganization;
  if (noted) ports.settings.noteOrganization!(who.tenantId, who.userId, used.id);
  const ownerId = detail.result.status === "owner" ? detail.result.owner?.id : undefined;
  const [nextMeeting] = await Promise.all([
    ownerId ? ports.nextMeeting(ownerId) : Promise.resolve(undefined),
    remember && !noted ? ports.settings.rememberOrganization(who.tenantId, who.userId, used.id) : Promise.resolve(),
  ]);
  return { catalog, detail, ...(nextMeeting ? { nextMeeting } : {}) };
}
