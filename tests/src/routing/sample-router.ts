import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

/** A router over the sample catalog, and `say`: its answer to a question as "status owner-id" (one line to compare). */
export function sampleRouter(): { router: Router; say: (question: string) => string } {
  const router = new Router(sampleCatalog());
  const say = (question: string) => {
    const r = router.route({ question });
    return `${r.status} ${r.owner?.id ?? ""}`.trim();
  };
  return { router, say };
}
