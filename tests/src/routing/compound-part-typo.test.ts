/*
 * A compound the catalog does not write as a whole ("chefsgruppen", "vårdsamverkansgruppen": a first part and a group's
 * noun) is misspelt in one of its parts as any word is. No catalog word is one edit away, and the dictionary takes the
 * typo, if at all, only as pieces glued: the one word one edit away that is a real first part and a head whose stem the
 * catalog knows (or a group's noun) is the word meant. A compound of real words is no typo ("sommar|schemat").
 * Questions written for this test.
 */
import { sampleAnalyzer, sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();
const read = sampleAnalyzer(router);

describe("a typo inside a compound the catalog does not write", () => {
  it("reads the compound meant", () => {
    expect(read("Vem sitter i chefsgrupppen för vår specialitet?").words).toContain("chefsgruppen");
    expect(read("Vem ger vårdsamverkansgrppen i Västmanland dess uppdrag?").words).toContain("vardsamverkansgruppen");
  });

  it("leaves a compound of real words as written", () => {
    expect(read("Vem lägger sommarschemat på röntgen i Borås?").words).toContain("sommarschemat");
  });

  it.each([
    ["Vem bestämmer vilka som sitter i chefsgrupppen för vår specialitet i Mellansverige?", "Vem bestämmer vilka som sitter i chefsgruppen för vår specialitet i Mellansverige?"],
    ["Vem ger vårdsamverkansgrppen i Västmanland dess uppdrag?", "Vem ger vårdsamverkansgruppen i Västmanland dess uppdrag?"],
  ])("%s", (typo, clean) => {
    expect(say(typo)).toBe(say(clean));
  });
});
