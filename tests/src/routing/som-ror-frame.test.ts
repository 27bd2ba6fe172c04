/**
 * Issue 13 (boundary): "som rör X" is "som gäller X" — the frame around the topic, not the topic. As a word it matched
 * 004's "Övergripande frågor som rör organisation och arbetsvillkor …" and sent a changed imaging routine to the
 * regionövergripande samordnande grupper; the routine of one area belongs to that area's samordningsråd (004 Klinisk
 * ledning takes only what "inte kan hanteras av ett enskilt samordningsråd"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it.each([
  "Vem tar hand om en ändrad kallelserutin som rör ultraljud i VGR?",
  "Klinisk ledning eller bildrådet i VGR – vem ansvarar för en ändrad remissrutin som rör magnetkameran?",
])("%s → Samordningsråd bild- och funktionsmedicin", (question) => {
  expect(router.route({ question }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
});
