import type { KallelseRenderer } from "./agenda/kallelse";
import type { AgendaRenderers } from "./agenda/posting";
import type { DigestRenderer } from "./digest/job";
import type { MinutesRenderer } from "./minutes/ports";

/**
 * The one port for proactive posts. Cards live outside src/, so the entry points hand a factory to
 * `compose`, which calls it once with what rendering needs from the core; every use case that posts
 * gets its part at construction (no attachment afterwards).
 */
export interface Renderers {
  readonly kallelse: KallelseRenderer;
  /** Triage cards, the submitter's receipt and outcome notices (the agenda use cases post them). */
  readonly agenda: AgendaRenderers;
  readonly minutes: MinutesRenderer;
  readonly digest: DigestRenderer;
}

/** What a renderer may ask of the core: read-only lookups, nothing that changes state. */
export interface RendererDeps {
  readonly timeZone: string;
  groupName(groupId: string): Promise<string>;
}

export type RenderersFactory = (deps: RendererDeps) => Renderers;
