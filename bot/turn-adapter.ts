import type { Activity, InvokeResponse, TurnContext } from "botbuilder";
import { validateAndFixActivity } from "botbuilder/lib/activityValidator";
import { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter"; // not the index: see bot/app.ts

/**
 * teams-ai's adapter, with one turn entry for a request bot/http-front.ts has already checked.
 * `process(req, res, logic)` first re-checks what the front checked (the body an object, the activity a
 * type, the response object, the logic a function: five zod schemas, two of them built anew per request and
 * the body parsed twice by them) and then calls `processActivity`, which does the work that matters: the
 * inbound token's validation (again; after bot/auth.ts), the connector client, the turn context, the
 * middleware and the logic, the invoke response. `processChecked` calls that directly, after the same
 * timestamp fix `process` applies (`validateAndFixActivity`), and leaves writing the HTTP answer to the front.
 */
export class TurnAdapter extends TeamsAdapter {
  processChecked(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, validateAndFixActivity(activity), logic);
  }
}
