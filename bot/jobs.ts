import type { Services } from "../src/services";
import { kallelseJob } from "../src/agenda/kallelse";
import { kallelseRenderer } from "../cards/agenda-kallelse";
import { messages } from "../src/i18n";
import { digestJob } from "../src/digest/job";
import { renderDigestCard } from "../cards/digest";
import { minutesJob } from "../src/minutes/jobs";
import { minutesRenderer } from "../cards/minutes-view";

/**
 * Scheduled jobs whose posts are rendered with cards or i18n (src/ knows neither). Both entry points
 * call this once per Services: the bot before it starts the scheduler, the CLI before `scheduler run`,
 * so that `samverkan scheduler run --at …` does exactly what the bot would do at that instant.
 */
export function registerJobs(services: Services): void {
  const registered = new Set(services.delivery.scheduler.jobs().map((j) => j.name));
  const add = (job: Parameters<Services["delivery"]["scheduler"]["register"]>[0]) => {
    if (!registered.has(job.name)) services.delivery.scheduler.register(job);
  };
  add(kallelseJob(services.agenda, kallelseRendererOf(services)));
  // Minutes: the approval cards and posts (Swedish, the channel's language), reminders after "justeras senast".
  services.minutes.attachRenderer(minutesRenderer(services.minutes, messages("sv")));
  add(minutesJob(services.minutes));
  // The weekly digest: one card per subscribed channel and ISO week (outbox id digest:<channel>:<isoWeek>).
  add(
    digestJob(services.digest, services.delivery.outbox, (digest, lang) => ({
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: renderDigestCard(digest, messages(lang)) }],
      summary: messages(lang).digest.title(digest.week),
    })),
  );
}

/** The kallelse card in the channel's language (Swedish), for the job and for updates after a reschedule. */
export function kallelseRendererOf(services: Services) {
  return kallelseRenderer(async (groupId) => (await services.currentCatalog.get()).entries.find((e) => e.id === groupId)?.name ?? groupId, messages("sv"));
}
