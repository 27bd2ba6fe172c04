import { Router, routerFor } from "../../../src/routing/router";
import { analyze, buildVocabulary, splitCompound, STOP_WORDS } from "../../../src/routing/text";
import { sampleCatalog } from "./sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);
const ask = (question: string, org?: string) => router.route({ question, ...(org ? { org } : {}) });

describe("text normalisation", () => {
  const vocab = buildVocabulary(catalog.entries.flatMap((e) => [e.name, ...e.duties.map((d) => d.text), ...e.boundaries.map((b) => b.text)]));
  it("splits compounds against the catalog's own words (with a linking -s-)", () => {
    expect(splitCompound("kompetensförsörjning", vocab)).toEqual(["kompetens", "forsorjning"]);
    expect(splitCompound("läkemedelsintroduktion", vocab)).toEqual(["lakemedel", "introduktion"]);
    expect(splitCompound("kvantfysik", vocab)).toEqual([]);
  });
  it("loads lunr's Swedish stop words and folds diacritics", () => {
    expect(STOP_WORDS.has("och")).toBe(true);
    expect(STOP_WORDS.has("over")).toBe(true); // "över", folded
    const a = analyze("Röntgen", vocab).terms;
    const b = analyze("rontgen", vocab).terms;
    expect(a.some((t) => b.includes(t))).toBe(true);
  });
  it("maps domain synonyms and English to one concept", () => {
    const concepts = (s: string) => analyze(s, vocab).terms.filter((t) => t.startsWith("~"));
    const bfm = concepts("bild- och funktionsmedicin");
    for (const s of ["röntgen", "radiologi", "bilddiagnostik", "radiology"]) expect(concepts(s).some((c) => bfm.includes(c))).toBe(true);
    expect(concepts("premises").some((c) => concepts("lokalförsörjning").includes(c))).toBe(true);
  });
});

describe("router: the contract", () => {
  it("answers a topic question with owner, organisation, cited clause and escalation", () => {
    const r = ask("Vem samverkar kring kompetensförsörjning i Sjukvårdsregion Mellansverige?");
    expect(r.status).toBe("owner");
    expect(r.owner).toEqual({ id: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", name: "Verksamhetschefsgrupper", organization: "Sjukvårdsregion Mellansverige" });
    expect(r.citations[0]).toMatchObject({ groupId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", section: "Uppdrag" });
    expect(r.citations[0]!.text).toMatch(/kompetensförsörjning/);
    expect(r.escalation?.to.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(Object.keys(r).sort()).toEqual(["candidates", "citations", "confidence", "escalation", "owner", "status"]);
  });

  it("names the group as a person writes it (röntgen → Samordningsråd bild- och funktionsmedicin)", () => {
    const r = ask("Vart vänder jag mig med frågor om röntgen?", "vgr");
    expect(r.owner?.name).toBe("Samordningsråd bild- och funktionsmedicin");
    expect(r.owner?.organization).toBe("Västra Götalandsregionen");
  });

  it("lets a boundary clause win over the topical match of the group it names", () => {
    const r = ask("Samordningsrådet för bild- och funktionsmedicin behöver nya lokaler. Vem hanterar det?");
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
    expect(r.citations[0]).toMatchObject({ groupId: "vgr:samordningsrad-bild-och-funktionsmedicin" });
    expect(r.citations[0]!.text).toMatch(/lokalförsörjning/);
    expect(ask("Vem prioriterar vid läkemedelsintroduktion med stora ekonomiska konsekvenser?", "vgr").owner?.id).toBe("vgr:program-och-prioriteringsradet");
  });

  it("answers relation questions from the catalog's structure", () => {
    expect(ask("Who appoints the chair of Samverkansnämndens ledningsgrupp?").citations[0]!.text).toMatch(/utser ordförande/);
    expect(ask("Vem är uppdragsgivare för samordningsrådet för bild- och funktionsmedicin?").owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
    const close = ask("Vem får avveckla samordningsråd?", "vgr");
    expect(close.owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
    expect(close.citations[0]!.text).toMatch(/inrätta och avveckla/);
  });

  it("answers 'who <does something> to a named group' from the clause that names the actor", () => {
    expect(ask("Vem utvärderar Samverkansnämndens ledningsgrupp?").owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
    expect(ask("Who supports the samordningsråd in VGR?").owner?.id).toBe("vgr:koncernkontoret");
  });

  it("uses the organisation named, given or remembered; asks which organisation when several fit", () => {
    const open = router.routeDetailed({ question: "Vem samverkar kring kompetensförsörjning?" });
    expect(open.result.status).toBe("ambiguous");
    expect(open.askOrganization).toBe(true);
    expect(new Set(open.result.candidates.map((c) => c.organization)).size).toBeGreaterThan(1);
    const given = router.routeDetailed({ question: "Vem samverkar kring kompetensförsörjning?", org: "VGR" });
    expect(given.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(given.organizationSource).toBe("given");
    const remembered = router.routeDetailed({ question: "Vem samverkar kring kompetensförsörjning?", rememberedOrg: "Samverkansnämnden" });
    expect(remembered.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(remembered.organizationSource).toBe("remembered");
    expect(router.resolveOrganization("Västmanland")).toBe("vastmanland");
    expect(router.resolveOrganization("Västra Götaland")).toBe("vgr");
    expect(router.resolveOrganization("Mellansverige")).toBe("sjukvardsregion-mellansverige");
  });

  it("finds the topic in a chatty question", () => {
    const r = ask("Hej! Jag jobbar som sjuksköterska på en vårdcentral och undrar vem som egentligen ansvarar för kompetensförsörjning i VGR, kan du hjälpa mig?");
    expect(r.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("says none when the named group's mandate does not state the relation", () => {
    const r = ask("Who is the commissioner of Chefsforum?");
    expect(r.status).toBe("none");
    expect(r.candidates[0]?.id).toBe("vastmanland:chefsforum");
  });

  it("abstains with none when no mandate covers the question", () => {
    for (const q of ["Hur byter jag lösenord till datorn?", "Where do I pay a parking fine?"]) {
      const r = ask(q);
      expect(r.status).toBe("none");
      expect(r.owner).toBeNull();
    }
  });

  it("never crashes on bad input", () => {
    const bad = ["", "   ", "🙂🙂🙂", "x".repeat(10_000), "<script>alert(1)</script> **vem** [äger](javascript:x)", "Кто отвечает за рентген?", "谁负责放射科", "a ".repeat(5000), "\u0000\u0001"];
    for (const q of bad) {
      const r = ask(q);
      expect(["owner", "ambiguous", "none"]).toContain(r.status);
      expect(JSON.stringify(r)).not.toContain("<script>");
    }
    expect(router.route({ question: undefined as unknown as string }).status).toBe("none");
  });

  it("rebuilds the index when the catalog version changes", () => {
    const a = routerFor(catalog);
    expect(routerFor(catalog)).toBe(a);
    const next = { ...catalog, version: catalog.version + 1 };
    const b = routerFor(next);
    expect(b).not.toBe(a);
    expect(b.version).toBe(catalog.version + 1);
  });
});
