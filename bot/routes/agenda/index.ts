import type { Services } from "../../../src/services";
import type { BotApp } from "../../app";
import * as channel from "./channel";
import * as items from "./items";
import * as meetings from "./meetings";
import * as roles from "./roles";
import * as triage from "./triage";

/**
 * The agenda in Teams, by use case: roles, meetings (and the agenda command), items (form, submit,
 * edit, withdraw, receipt), triage, and the home channel. Message commands match in this order.
 */
export function register(app: BotApp, services: Services): void {
  roles.register(app, services);
  meetings.register(app, services);
  items.register(app, services);
  triage.register(app, services);
  channel.register(app, services);
}
