import { z } from "zod";
import template from "./agenda-submit.json";
import { renderTemplate } from "./render";

/**
 * The form for submitting an item (ärende) to a group, or for editing an untriaged item (mode "edit").
 * `values` prefill the inputs (a routing question, a form sent back with a suggestion, the item being
 * edited); they go through `escapeInput`. The group id, item id and revision are checked again on the server.
 */
export const AgendaSubmitCardSchema = z.object({
  mode: z.enum(["submit", "edit"]).default("submit"),
  heading: z.string().min(1),
  deadline: z.string().default(""),
  /** A warning above the form, e.g. "another group fits better". */
  notice: z.string().default(""),
  /** The router suggested another group: "Send anyway" and "Send to <group>" replace "Send". */
  suggested: z.boolean().default(false),
  suggestedGroupId: z.string().default(""),
  groupId: z.string().min(1),
  itemId: z.string().default(""),
  revision: z.number().int().min(0).default(0),
  kinds: z.array(z.object({ title: z.string(), value: z.string() })).min(1),
  meetings: z.array(z.object({ title: z.string(), value: z.string() })),
  values: z
    .object({
      title: z.string().default(""),
      description: z.string().default(""),
      kind: z.string().default("information"),
      meetingId: z.string().default(""),
      links: z.string().default(""),
      raiseAtMeeting: z.enum(["true", "false"]).default("false"),
    })
    .default({}),
  labels: z.object({
    title: z.string(),
    description: z.string(),
    kind: z.string(),
    meeting: z.string(),
    links: z.string(),
    raiseAtMeeting: z.string(),
    send: z.string(),
    sendAnyway: z.string(),
    sendTo: z.string(),
    save: z.string(),
  }),
});
export type AgendaSubmitCardData = z.input<typeof AgendaSubmitCardSchema>;

export const renderAgendaSubmitCard = (data: AgendaSubmitCardData) => {
  const card = renderTemplate(template, AgendaSubmitCardSchema, data);
  // Templating turns every value into a string; the revision goes back as a number.
  return JSON.parse(JSON.stringify(card).replace(/"revision":"(\d+)"/g, '"revision":$1')) as typeof card;
};
