import type { RenderersFactory } from "../src/renderers";
import type { Language } from "../src/domain/language";
import { messages } from "../src/i18n";
import { kallelseRenderer } from "./agenda-kallelse";
import { agendaRenderers } from "./agenda-posts";
import { minutesRenderer } from "./minutes-renderer";
import { renderDigestCard } from "./digest";

const CARD = "application/vnd.microsoft.card.adaptive";

/**
 * Channel posts are in Swedish, and this is the one place that decides it: a channel post is read by the
 * whole group, not by the person whose click or schedule caused it, and the groups, their mandates and
 * their meetings are Swedish. A post to one person follows that person's language where the use case
 * knows it; the digest follows the language its subscription was turned on in.
 */
const channelLanguage: Language = "sv";
const channelMessages = messages(channelLanguage);

/** The Adaptive Card renderers of every proactive post, for `compose`. */
export const cardRenderers: RenderersFactory = (deps) => ({
  kallelse: kallelseRenderer(deps.groupName, channelMessages),
  agenda: agendaRenderers(channelLanguage),
  minutes: minutesRenderer(deps, channelMessages),
  digest: (digest, lang) => ({
    attachments: [{ contentType: CARD, content: renderDigestCard(digest, messages(lang)) }],
    summary: messages(lang).digest.title(digest.week),
  }),
});
