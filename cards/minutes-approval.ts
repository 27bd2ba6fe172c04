import { z } from "zod";
import template from "./minutes-approval.json";
import { MAX_CARD_BYTES, renderTemplate, truncate, type AdaptiveCard } from "./render";

/**
 * The minutes approval card (justering). One template for every view: the approver's (Godkänn / Begär
 * ändring), the read-only status, the secretary's draft (Begär justering) and the approved, locked state.
 * Decisions and action items are shown; the discussion of one item on request (`expanded`). The version
 * (content hash) is in the actions' data; the server checks the actor and the version on every action.
 * All text is escaped by the caller (escapeText).
 */
const Fact = z.object({ title: z.string(), value: z.string() });

export const MinutesCardItemSchema = z.object({
  no: z.number().int(),
  heading: z.string(),
  decision: z.string().default(""),
  actions: z.string().default(""),
  expanded: z.boolean().default(false),
  discussionTitle: z.string().default(""),
  discussion: z.string().default(""),
  /** The "show discussion" button's title ("" = no button). */
  showLabel: z.string().default(""),
  /** The secretary's "edit this item" button's title ("" = no button). */
  editLabel: z.string().default(""),
});

/** Card colours: success `Good`, normal `Default`/`Accent`, refusals and errors `Attention` only. */
export const ColorSchema = z.enum(["Default", "Good", "Accent", "Warning", "Attention"]);

export const MinutesCardSchema = z.object({
  /** The language the card is rendered in: every action's data carries it (clicks are answered in it). */
  lang: z.enum(["sv", "en"]),
  notice: z.string().default(""),
  noticeColor: ColorSchema.default("Default"),
  heading: z.string().min(1),
  status: z.string(),
  statusColor: ColorSchema.default("Default"),
  facts: z.array(Fact),
  hint: z.string().default(""),
  items: z.array(MinutesCardItemSchema),
  more: z.string().default(""),
  approvers: z.array(Fact),
  notes: z.array(z.string()).default([]),
  /** The audit, when the viewer asked for it ("Visa historik"); never read for an ordinary render. */
  details: z.array(Fact).default([]),
  showHistory: z.boolean().default(false),
  itemChoices: z.array(Fact).default([]),
  canApprove: z.boolean(),
  canRequest: z.boolean().default(false),
  /** The secretary may add or change items (not once approved). */
  canEdit: z.boolean().default(false),
  meetingId: z.string().default(""),
  groupId: z.string().min(1),
  minutesId: z.string().min(1),
  version: z.string().min(1),
  labels: z.object({
    approve: z.string(),
    requestChanges: z.string(),
    comment: z.string(),
    commentMissing: z.string(),
    item: z.string(),
    send: z.string(),
    showItem: z.string(),
    details: z.string(),
    history: z.string(),
    request: z.string(),
    approvers: z.string(),
    addItem: z.string().default(""),
  }),
});
export type MinutesCardData = z.input<typeof MinutesCardSchema>;

export interface Refresh {
  /** Teams ids ("29:…") that refresh the card automatically; Teams allows at most 60. */
  readonly userIds: readonly string[];
  readonly groupId: string;
  readonly minutesId: string;
}

export const MAX_REFRESH_USERS = 60;

/** How hard the card is shortened to stay under Teams' 28 KB (tried in order). */
const LEVELS = [
  { text: 1200, items: 80, discussion: 12_000 },
  { text: 500, items: 40, discussion: 8_000 },
  { text: 250, items: 25, discussion: 5_000 },
  { text: 120, items: 15, discussion: 3_000 },
  { text: 60, items: 8, discussion: 1_500 },
] as const;

/** `truncate`, never leaving a lone escape backslash before the ellipsis. */
const cut = (s: string, n: number) => truncate(s, n).replace(/\\…$/, "…");

/**
 * Renders the card, shortening decisions, actions and the shown discussion (and finally the number of
 * items, with a line saying how many more) until it fits Teams' limit with room for the refresh section.
 */
export function renderMinutesCard(data: MinutesCardData, refresh?: Refresh, moreItems?: (n: number) => string, truncated = ""): AdaptiveCard {
  let last: unknown;
  for (const level of LEVELS) {
    const shown = data.items.slice(0, level.items);
    const hidden = data.items.length - shown.length;
    const d: MinutesCardData = {
      ...data,
      items: shown.map((i) => ({
        ...i,
        decision: cut(i.decision ?? "", level.text),
        actions: cut(i.actions ?? "", level.text),
        discussion: i.discussion && i.discussion.length > level.discussion ? `${cut(i.discussion, level.discussion)} ${truncated}` : (i.discussion ?? ""),
      })),
      more: hidden > 0 && moreItems ? moreItems(hidden) : (data.more ?? ""),
    };
    try {
      const card = renderTemplate(template, MinutesCardSchema, d) as AdaptiveCard & Record<string, unknown>;
      const out: Record<string, unknown> = { ...card };
      if (refresh && refresh.userIds.length > 0) {
        out.refresh = {
          action: { type: "Action.Execute", title: "Refresh", verb: "minutes.refresh", data: { groupId: refresh.groupId, minutesId: refresh.minutesId, lang: data.lang } },
          userIds: [...new Set(refresh.userIds)].slice(0, MAX_REFRESH_USERS),
        };
      }
      // Item numbers go back as numbers.
      const fixed = JSON.parse(JSON.stringify(out).replace(/"item":"(\d+)"/g, '"item":$1')) as AdaptiveCard;
      if (Buffer.byteLength(JSON.stringify(fixed), "utf8") <= MAX_CARD_BYTES - 512) return fixed;
      last = new Error("over the limit with refresh");
    } catch (e) {
      last = e;
    }
  }
  throw last instanceof Error ? last : new Error(String(last));
}
