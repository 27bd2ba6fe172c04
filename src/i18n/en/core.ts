import type { core as sv } from "../sv/core";

export const core: typeof sv = {
  lang: "en",
  welcome: (where) =>
    `Hi! I'm Samverkan. I help ${where === "personal" ? "you" : "your team"} find which group owns a question, submit agenda items, approve minutes and keep track of the week's duties. Type **help** to see what I can do.`,
  helpTitle: "What I can do",
  helpLines: [
    "**Who owns …?** — ask a question and I'll tell you which group's mandate covers it, quoting the mandate.",
    "**groups** — list the groups by organisation. **show** _group_ — a group's profile.",
    "**submit item** _group_ — submit an agenda item to a group's meeting. **agenda** _group_ — the next meeting's agenda. **triage** _group_ — items awaiting triage (chair, secretary).",
    "**link this channel to** _group_ — make the channel the group's home channel.",
    "**new meeting** _group date time_ — plan a meeting. **meetings** _group_ — the group's upcoming meetings.",
    "**set** _role group_ **@person** — chair, vice chair, secretary, member, co-opted member or adjuster.",
    "**minutes** _group_ — minutes: draft, request approval and see the status.",
    "**digest on / off / now** — the weekly digest in a channel.",
    "**whoami** — your Teams id, Entra id, tenant and roles.",
    "**language english / language swedish** — choose the language of my replies.",
  ],
  helpActions: [
    { title: "Show groups", text: "groups" },
    { title: "Try a question", text: "Who coordinates imaging and radiology in VGR?" },
  ],
  greeting: "Hi! I'm Samverkan. Ask me which group owns a question, for example \"Who owns workforce planning?\", or type **help** to see everything I can do.",
  thanks: "You're welcome! Let me know if there is anything else.",
  cardOutOfDate: "This card is out of date. Type the command again to get a new card.",
  unknown: "I didn't quite get that. Ask a question like \"Who owns workforce planning?\" or type **help**.",
  didYouMean: (command: string) => `Did you mean **${command}**? Type it like that, or ask a question like "Who owns workforce planning?". **help** shows everything I can do.`,
  empty: "Type a question, or **help** to see what I can do.",
  tooLong: (max) => `That message is too long for me (at most ${max} characters). Please shorten it and try again.`,
  personalData:
    "Your message seems to contain a Swedish personal identity number. I have not stored it. Never share personal or patient data here — please rephrase without it.",
  error: "Something went wrong on my side. Please try again in a moment; the error has been logged.",
  whoamiTitle: "Who are you?",
  whoami: (f) =>
    [
      `**Name:** ${f.name}`,
      `**Teams id:** ${f.teamsId}`,
      `**Entra object id:** ${f.aadObjectId}`,
      `**Tenant:** ${f.tenantId}`,
      `**Administrator:** ${f.admin ? "yes" : "no"}`,
      `**Roles:** ${f.roles.length > 0 ? f.roles.join(", ") : "none"}`,
    ].join("\n\n"),
  languageSet: "OK, I'll reply in English from now on.",
  languageUnknown: "I can reply in Swedish or English: type **language swedish** or **language english**.",
  notAllowedTenant: "Your organisation does not have access to Samverkan.",
  localAdminWarning: "ADMIN_IDS is empty: in local mode every user is an administrator.",
};
