import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const detail = (question: string) => router.routeDetailed({ question });

describe("a place name in a question", () => {
  it("is the place as written (or its genitive), not a common word with the same key", () => {
    // "salar" (rooms) shares its key with Sala (a municipality of Västmanland); a name takes no plural ending
    expect(detail("Vem ser till att operationssalarna i VGR används bäst mellan sjukhusen?").analysis.organization?.id).toBe("vgr");
    expect(detail("Vem ser till att op-salarna används bäst?").analysis.organization).toBeNull();
    expect(detail("Vi i Sala kommun och regionen vill samarbeta om hemsjukvården, vart vänder vi oss?").analysis.organization?.id).toBe("vastmanland");
    expect(detail("Salas kommun och regionen är oense om hemsjukvården, vem tar det?").analysis.organization?.id).toBe("vastmanland");
  });
});

describe("two organisations named in one question", () => {
  it("reads places of two member regions of a collaboration as the collaboration, places of one region as that region", () => {
    expect(detail("Västerås och Uppsala vill planera ortopedin tillsammans. Vem tar det?").analysis.organization?.id).toBe("sjukvardsregion-mellansverige");
    expect(detail("Vem samordnar hemsjukvården mellan Västerås och Köping?").analysis.organization?.id).toBe("vastmanland");
  });
});
