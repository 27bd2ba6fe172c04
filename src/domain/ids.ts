import { z } from "zod";

/**
 * An id that came from outside (card data, CLI arguments) and will reach Cosmos: Cosmos refuses `/ \ ? #`
 * in ids and caps them at 255 characters, and control characters have no business in one. Parse card
 * data with this at the edge, so an odd id is a polite "this card is out of date", never a 5xx.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\?#\u0000-\u001f\u007f]+$/, "not an id");
export type Id = z.infer<typeof IdSchema>;
