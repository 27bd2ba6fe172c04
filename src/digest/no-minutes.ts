import type { MinutesDigestSource } from "./ports";

/**
 * Until minutes approval (issue #7) is wired (`minutesDigestSource(services.minutes)`), the digest has no
 * minutes or follow-ups to report: the sections stay empty and are left out.
 */
export const NO_MINUTES: MinutesDigestSource = {
  awaitingApproval: async () => [],
  followUps: async () => [],
};
