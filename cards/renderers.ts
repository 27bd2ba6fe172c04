import type { RenderersFactory } from "../src/renderers";
import { messages } from "../src/i18n";
import { kallelseRenderer } from "./agenda-kallelse";
import { agendaRenderers } from "./agenda-posts";
import { minutesRenderer } from "./minutes-view";
import { renderDigestCard } from "./digest";

const CARD = "application/vnd.microsoft.card.adaptive";

/**
 * The Adaptive Card renderers of every proactive post, for `compose`. Channel posts are Swedish (the
 * channel's language) except the digest, whose subscription carries its language.
 */
export const cardRenderers: RenderersFactory = (deps) => ({
  kallelse: kallelseRenderer(deps.groupName, messages("sv")),
  agenda: agendaRenderers,
  minutes: minutesRenderer(deps, messages("sv")),
  digest: (digest, lang) => ({
    attachments: [{ contentType: CARD, content: renderDigestCard(digest, messages(lang)) }],
    summary: messages(lang).digest.title(digest.week),
  }),
});
