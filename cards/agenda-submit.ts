import { z } from "zod";
import template from "./agenda-submit.json";
import { renderTemplate } from "./render";

/** The form for submitting an item (ärende) to a group. The group id is checked again on the server. */
export const AgendaSubmitCardSchema = z.object({
  heading: z.string().min(1),
  deadline: z.string(),
  groupId: z.string().min(1),
  kinds: z.array(z.object({ title: z.string(), value: z.string() })).min(1),
  meetings: z.array(z.object({ title: z.string(), value: z.string() })),
  labels: z.object({
    title: z.string(),
    description: z.string(),
    kind: z.string(),
    meeting: z.string(),
    links: z.string(),
    raiseAtMeeting: z.string(),
    send: z.string(),
  }),
});
export type AgendaSubmitCardData = z.infer<typeof AgendaSubmitCardSchema>;

export const renderAgendaSubmitCard = (data: AgendaSubmitCardData) => renderTemplate(template, AgendaSubmitCardSchema, data);
