/*
 * 004: "Regiondirektören har fördelat ansvaret att inrätta och avveckla samordningsråd till hälso- och
 * sjukvårdsutvecklingsdirektören". Asked who gave ("har gett", "gav") someone the right to set up or close samordningsråd,
 * the giver answers, as for "fördelade"/"delegerade"; "avsluta" a group is the everyday word for "avveckla" it. Real
 * router, sample mandates; questions written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("who handed over the responsibility to set up and close samordningsråd", () => {
  it.each(["Vem gav utvecklingsdirektören rätten att inrätta samordningsråd?", "Vem har gett utvecklingsdirektören ansvaret att lägga ner samordningsråd?"])("%s → the regiondirektör, the giver", (q) => {
    expect(owner(q)).toBe("owner vgr:regiondirektor");
  });

  it.each(["Vem får avsluta ett samordningsråd i VGR?", "Vem bestämmer att ett samordningsråd ska avslutas?"])("%s → the one who holds the responsibility now", (q) => {
    expect(owner(q)).toBe("owner vgr:halso-och-sjukvardsutvecklingsdirektor");
  });
});
