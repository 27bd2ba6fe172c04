import type { AgendaRenderers } from "../src/agenda/posting";
import type { TriageView } from "../src/agenda/views";
import type { Language } from "../src/domain/language";
import { messages } from "../src/i18n";
import { escapeText } from "./render";
import { triageCard } from "./agenda-triage";

const CARD = "application/vnd.microsoft.card.adaptive";

const cardPost = (view: TriageView, lang: Language) => ({
  attachments: [{ contentType: CARD, content: triageCard(view, messages(lang), lang) }],
  summary: messages(lang).agenda.triage.heading(view.groupName).slice(0, 200),
});

/**
 * The agenda's proactive posts as cards: the triage card where the group triages (in the channel's
 * language, decided by cards/renderers.ts), and the submitter's receipt and outcome notice (in the
 * language they submitted in).
 */
export function agendaRenderers(channelLanguage: Language): AgendaRenderers {
  return {
    triagePost: (view) => cardPost(view, channelLanguage),
    receipt: (view, lang) => cardPost(view, lang),
    notice: (item, lang) => {
      const t = messages(lang).agenda.triage;
      const title = escapeText(item.title);
      // A reopen puts the item back to "submitted": say so, rather than "is now submitted".
      if (item.status === "submitted") return { text: t.reopenedNotice(title) };
      if (item.status === "rejected" && item.triage?.reason) return { text: t.rejectedNotice(title, escapeText(item.triage.reason)) };
      return { text: t.notice(title, t.statusWord[item.status]) };
    },
  };
}
