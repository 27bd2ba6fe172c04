/**
 * Runs before every test file (jest.config.js `setupFiles`): every card a test renders is rendered both
 * by the template fill and by adaptivecards-templating, and any difference fails the test
 * (cards/render.ts, cards/template-fill.ts).
 */
import { crossCheckTemplates } from "../../cards/render";

crossCheckTemplates(true);
