import type { AgendaRenderers } from "../src/agenda/posting";
import { messages } from "../src/i18n";
import { escapeText } from "./render";
import { triageCard } from "./agenda-triage";

const CARD = "application/vnd.microsoft.card.adaptive";

/** The agenda's proactive posts as cards: triage cards, receipts and the submitter's outcome notice. */
export const agendaRenderers: AgendaRenderers = {
  triageCard: (view, lang) => ({
    attachments: [{ contentType: CARD, content: triageCard(view, messages(lang), lang) }],
    summary: messages(lang).agenda.triage.heading(view.groupName).slice(0, 200),
  }),
  notice: (item, lang) => {
    const t = messages(lang).agenda.triage;
    return { text: t.notice(escapeText(item.title), t.statusWord[item.status]) };
  },
};
