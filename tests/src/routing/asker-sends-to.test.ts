/**
 * Issue 13 (relation): "Vart skickar jag ett ärende till samverkansgruppen?" — the asker sends and "till" marks the group
 * as the receiver, so the question asks how a matter reaches the group (002 Ärendegång: "Frågor ska anmälas till
 * enhetschef eller utvecklingsstrateg på … UoU … så att frågan sätts upp på dagordningen"), not where the group's own
 * participants report. A group whose mandate states no such procedure is not answered by its own reporting duty, nor by
 * a duty of what it prepares for others ("bereder ärenden till samverkansnämnden", 001).
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the asker sends a matter to a group", () => {
  it("the procedure clause of the group's mandate names who takes it (002 Ärendegång)", () => {
    expect(say("Vart skickar jag ett ärende till samverkansgruppen i Västmanland?")).toBe("owner vastmanland:uou-vkl");
  });

  // "hur" asks the way there as "vart" does; "anmäla ett ärende" is the act of 002's procedure clause, not the group's own
  // preparing ("Samverkansgruppen ska vara en beredande grupp till Chefsforum")
  it.each(["Hur gör man för att anmäla ett ärende till länsgruppen?", "Hur anmäler vi en fråga till samverkansgruppen i Västmanland?"])(
    "asked how, the procedure clause answers too: %s",
    (q) => expect(say(q)).toBe("owner vastmanland:uou-vkl"),
  );

  it("no procedure clause: neither the group's reporting nor what it prepares for others answers", () => {
    const r = say("Vart skickar vi ett ärende till ledningsgruppen i Mellansverige?");
    expect(r).not.toBe("owner sjukvardsregion-mellansverige:regiondirektorsgrupp");
    expect(r).not.toBe("owner sjukvardsregion-mellansverige:samverkansnamnden");
  });

  it("the group sending its own report is its reporting duty, as before (001 Rapportering)", () => {
    expect(say("Vart skickar ledningsgruppen sin verksamhetsberättelse?")).toBe("owner sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });

  it("a recipient already known and more asked for is the sender's reporting (000 Rapportering)", () => {
    expect(say("Jag är sekreterare i en verksamhetschefsgrupp och vi skickar minnesanteckningarna till ledningsgruppen. Vem mer ska ha dem?")).toBe("owner sjukvardsregion-mellansverige:kansli");
  });
});
