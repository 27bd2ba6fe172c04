import type { FollowUp, MinutesAwaitingApproval, MinutesDigestSource } from "../digest/ports";
import { addDays, zonedDate } from "../domain/working-days";
import type { MinutesService } from "./minutes-service";

/**
 * The weekly digest's view of minutes (src/digest/ports.ts): minutes awaiting approval, and the
 * decisions and action items of approved minutes that are due soon or overdue.
 */
export function minutesDigestSource(service: MinutesService, timeZone: string = service.timeZone): MinutesDigestSource {
  return {
    async awaitingApproval(groupId, at) {
      const today = zonedDate(at, timeZone);
      const out: MinutesAwaitingApproval[] = [];
      for (const m of await service.list(groupId)) {
        if (m.status !== "requested") continue;
        const approved = new Set(m.approvals.map((a) => a.key));
        const notReached = new Set(await service.notReached(m));
        out.push({
          groupId: m.groupId,
          minutesId: m.id,
          meetingId: m.meetingId,
          meetingDate: m.meetingDate,
          ...(m.dueDate ? { dueDate: m.dueDate } : {}),
          overdue: !!m.dueDate && m.dueDate < today,
          approvedCount: m.approvers.filter((a) => approved.has(a.key)).length,
          approverCount: m.approvers.length,
          pending: m.approvers.filter((a) => !approved.has(a.key)).map((a) => a.name),
          notReached: m.approvers.filter((a) => notReached.has(a.key)).map((a) => a.name),
        });
      }
      return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.meetingDate.localeCompare(b.meetingDate));
    },
    async followUps(groupId, at, withinDays) {
      const today = zonedDate(at, timeZone);
      const until = addDays(today, withinDays);
      const out: FollowUp[] = [];
      for (const m of await service.list(groupId)) {
        if (m.status !== "approved") continue;
        for (const item of m.content.items) {
          const push = (kind: FollowUp["kind"], text: string, responsible?: string, due?: string) => {
            if (!due || due > until) return;
            out.push({ groupId: m.groupId, minutesId: m.id, meetingDate: m.meetingDate, kind, text, ...(responsible ? { responsible } : {}), due, overdue: due < today });
          };
          if (item.decision) push("decision", `§${item.no} ${item.title}: ${item.decision}`, item.responsible, item.due);
          for (const a of item.actions) push("action", a.text, a.responsible, a.due);
        }
      }
      return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? "").localeCompare(b.due ?? "") || a.text.localeCompare(b.text));
    },
  };
}
