import { z } from "zod";

/**
 * The acting person, taken from the activity (`from.aadObjectId`, else the Teams id) or from the CLI —
 * never from card data. `userId` is the key people are known by (Entra object id when known).
 */
export const ActorSchema = z.object({
  userId: z.string().min(1),
  aadObjectId: z.string().optional(),
  /** Teams user id ("29:…"): needed for card refresh `userIds` and 1:1 conversations. */
  teamsId: z.string().optional(),
  tenantId: z.string().optional(),
  name: z.string().optional(),
  isAdmin: z.boolean(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** An actor from a Teams activity: tenant, Teams id and display name are always known. */
export const TeamsActorSchema = ActorSchema.required({ tenantId: true, teamsId: true, name: true });
export type TeamsActor = z.infer<typeof TeamsActorSchema>;
