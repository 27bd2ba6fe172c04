import type { Services } from "../src/services";
import { kallelseJob, kallelseText } from "../src/agenda/kallelse";
import { messages } from "../src/i18n";

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
  add(
    kallelseJob(services.agenda, async (view) => {
      const catalog = await services.currentCatalog.get();
      const name = catalog.entries.find((e) => e.id === view.groupId)?.name ?? view.groupId;
      return kallelseText(view, name, messages("sv"));
    }),
  );
}
