import { Router, routerFor } from "../../../src/routing/router";
import { keySv } from "../../../src/routing/normalize";
import { dictionaryFromText, swedishDictionary } from "../../../src/routing/dictionary";
import { editDistance, SpellingIndex } from "../../../src/routing/spelling";
import { splitCompound } from "../../../src/routing/vocabulary";
import { loadLexicon, lexiconDir } from "../../../src/routing/lexicon";
import { sampleCatalog } from "./sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);
const ask = (question: string, org?: string) => router.route({ question, ...(org ? { org } : {}) });
const owner = (question: string, org?: string) => ask(question, org).owner?.id;

describe("words and keys", () => {
  it("gives a word and its inflections one key, with or without å/ä/ö", () => {
    for (const group of [
      ["frågan", "frågor", "frågorna", "fragan"],
      ["samordningsråd", "samordningsrådet", "samordningsradet", "samordningsrådets"],
      ["mötet", "möten", "mote"],
      ["utvärdering", "utvärderar", "utvardering"],
    ])
      expect(new Set(group.map((w) => keySv(w.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()))).size).toBe(1);
  });

  it("splits a compound into known parts, its head last, with a linking -s-", () => {
    const known = new Set(["kompetens", "forsorjning", "gallsten", "operation", "operationerna"]);
    expect(splitCompound("kompetensforsorjning", (p) => (known.has(p) ? 2 : 0))).toEqual(["kompetens", "forsorjning"]);
    expect(splitCompound("gallstensoperationerna", (p) => (known.has(p) ? 2 : 0))).toEqual(["gallsten", "operationerna"]);
    expect(splitCompound("kvantfysik", (p) => (known.has(p) ? 2 : 0))).toEqual([]);
  });

  it("corrects a misspelling against the catalog's words, never a real word into another", () => {
    const spelling = new SpellingIndex([["ledningsgruppen", 5], ["kompetensforsorjning", 3], ["bild", 9]]);
    expect(spelling.correct("ledningsgrupen")).toBe("ledningsgruppen");
    expect(spelling.correct("kompetensforsorjnig")).toBe("kompetensforsorjning");
    expect(spelling.correct("bil")).toBeUndefined(); // too short to guess at
    expect(editDistance("ledningsgrupen", "ledningsgruppen")).toBe(1);
    expect(editDistance("samordnignsrad", "samordningsrad")).toBe(1); // a transposition is one edit
  });

  it("reads the Swedish dictionary into a small filter that knows inflected forms and compounds", () => {
    const d = dictionaryFromText("4\nfråga/A\näga/B\nparkering\nböter\n");
    expect(d.words).toBe(4);
    expect(d.has("fragan")).toBe(true); // frågan, folded
    expect(d.has("ager")).toBe(true); // äger → äga
    expect(d.has("parkeringsboter")).toBe(true); // parkerings|böter
    expect(d.has("ledningsgrupen")).toBe(false);
    expect(swedishDictionary()?.has("bil")).toBe(true); // the real dictionary: "bil" is a word, not a typo of "bild"
  });

  it("loads the lexicon beside the mandates, and every word it maps to is the mandates' own", () => {
    const r = loadLexicon(lexiconDir());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lex = r.lexicon;
    expect(lex.synonyms.length).toBeGreaterThan(50);
    expect(lex.glossary.length).toBeGreaterThan(100);
    const mandates = catalog.entries.flatMap((e) => [e.name, e.area ?? "", ...e.duties, ...e.purpose, ...e.boundaries, ...e.other, ...e.decisionRules, ...e.escalation, ...e.coOpted, ...e.reporting.map((x) => x.clause), ...(e.composition?.clauses ?? []), ...e.mentions].map((c) => (typeof c === "string" ? c : c.text))).join(" ");
    const keysOf = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter((w) => w.length > 3).map(keySv);
    const known = new Set(keysOf(mandates));
    // a synonym means the mandates' words (care areas without a group of their own are only markers)
    for (const s of lex.synonyms.filter((x) => !x.area)) for (const m of s.means) expect({ means: m, known: keysOf(m).some((k) => known.has(k)) }).toEqual({ means: m, known: true });
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

  it("reads the question first: organisation, the group named, the relation asked for", () => {
    const d = router.routeDetailed({ question: "Vem utser ordförande i samordningsrådet för bild- och funktionsmedicin?" });
    expect(d.analysis).toMatchObject({ asks: "chair", reason: "relation", subject: { id: "vgr:samordningsrad-bild-och-funktionsmedicin" }, organization: { id: "vgr", source: "subject" } });
    expect(d.result.owner?.id).toBe("vgr:koncernledning-halso-och-sjukvard");
    expect(d.result.citations[0]!.text).toMatch(/Utses av ledningsgrupp hälso- och sjukvård/);
  });

  it("answers relation questions with the body the clause names, citing that clause", () => {
    const cases: [string, string, RegExp][] = [
      ["Vem fastställer ledningsgruppens verksamhetsplan?", "sjukvardsregion-mellansverige:regiondirektorsgrupp", /fastställs av/],
      ["Vem utvärderar ledningsgruppen i Mellansverige?", "sjukvardsregion-mellansverige:regiondirektorsgrupp", /utvärderar/],
      ["Vem är uppdragsgivare för samordningsrådet för bild- och funktionsmedicin?", "vgr:halso-och-sjukvardsutvecklingsdirektor", /utvecklingsdirektör/i],
      ["Vem bereder ärenden till samverkansnämnden?", "sjukvardsregion-mellansverige:ledningsgrupp", /bereder ärenden/],
      ["Åt vilket organ bereder ledningsgruppen i Mellansverige ärenden?", "sjukvardsregion-mellansverige:samverkansnamnden", /bereder ärenden/],
      ["Vem bestämmer vilka som sitter i verksamhetschefsgrupperna?", "sjukvardsregion-mellansverige:ledningsgrupp", /beslutas av Ledningsgruppen/],
      ["Till vem skickas minnesanteckningarna från verksamhetschefsgrupperna, förutom ledningsgruppen?", "sjukvardsregion-mellansverige:kansli", /Minnesanteckningar/],
      ["Får samverkansgruppen i Västmanland tillsätta egna arbetsgrupper?", "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor", /arbetsgrupper/],
      ["Vem leder samverkansgruppen i Västmanland?", "vastmanland:uou-vkl", /leds av/],
    ];
    for (const [q, id, clause] of cases) {
      const r = ask(q);
      expect({ q, owner: r.owner?.id }).toEqual({ q, owner: id });
      expect(r.citations[0]!.text).toMatch(clause);
    }
  });

  it("reads the relation from the question's structure: across the named group, in a compound name, and not from a conjunction", () => {
    const cases: [string, string, RegExp][] = [
      // the subject between verb and particle ("lyder X under"), the indirect object between verb and object ("ger X dess uppdrag")
      ["Vem lyder verksamhetschefsgrupperna under?", "sjukvardsregion-mellansverige:ledningsgrupp", /underställda/],
      ["Vem ger samordningsrådet för bild- och funktionsmedicin dess uppdrag?", "vgr:halso-och-sjukvardsutvecklingsdirektor", /utvecklingsdirektör/i],
      // an inflected verb and an everyday word for the mandate's term ("ingår i" = is a member of)
      ["Vem har bestämt vilka som ingår i samverkansgruppen i Västmanland?", "vastmanland:chefsforum", /Chefsforum/],
      // area + the kind's head word names the concrete group ("röntgenrådet" = the samordningsråd for röntgen)
      ["Vem utser deltagarna i röntgenrådet?", "vgr:forvaltningschef", /förvaltningschef/],
      // "när" inside a clause is a conjunction: the question still asks who appoints
      ["Vem väljer ordförande i samverkansnämndens ledningsgrupp när den förra avgår?", "sjukvardsregion-mellansverige:regiondirektorsgrupp", /utser ordförande/],
    ];
    for (const [q, id, clause] of cases) {
      const r = ask(q);
      expect({ q, owner: r.owner?.id }).toEqual({ q, owner: id });
      expect(r.citations[0]!.text).toMatch(clause);
    }
    // "när" opening the question asks a fact of the group, not who set it up
    expect(owner("När bildades samverkansgruppen i Västmanland?")).not.toBe("vastmanland:chefsforum");
  });

  it("lets a boundary clause of the named group's mandate send the topic elsewhere", () => {
    const r = ask("Samordningsrådet för bild- och funktionsmedicin behöver nya lokaler. Vem hanterar det?");
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
    expect(r.citations[0]).toMatchObject({ groupId: "vgr:samordningsrad-bild-och-funktionsmedicin" });
    expect(r.citations[0]!.text).toMatch(/lokalförsörjning/);
    expect(owner("Vem prioriterar vid läkemedelsintroduktion med stora ekonomiska konsekvenser?", "vgr")).toBe("vgr:program-och-prioriteringsradet");
    expect(owner("Nytt arbetssätt som berör både ortopedin och akuten i VGR – vem tar det?")).toBe("vgr:klinisk-ledning");
  });

  it("checks the boundary clauses of a group the question only offers as a guess, and reads a boundary by its topic, not its names", () => {
    // "Är det något för …?" names the group as a guess: its own boundary clause (ersättningar) still sends the topic on
    expect(owner("Våra röntgensjuksköterskor i VGR vill ha högre OB-ersättning. Är det något för samordningsrådet för bild- och funktionsmedicin?")).toBe("vgr:regionovergripande-samordnande-grupper");
    // "samordnar" shares only a word with the name "regionövergripande samordnande grupper", not the topic that clause sends
    expect(owner("Vem samordnar kirurgin i Västra Götalandsregionen?")).not.toBe("vgr:regionovergripande-samordnande-grupper");
    // an area said inside the guessed group's name is not a second area ("flera verksamhetsområden" → Klinisk ledning)
    expect(owner("Är det samordningsrådet för bild- och funktionsmedicin som samordnar anestesin i VGR?")).not.toBe("vgr:klinisk-ledning");
  });

  it("leaves out an organisation said to be outside the question, but not a place named after 'utanför'", () => {
    expect(owner("Vem samverkar kring kompetensförsörjning utanför VGR?")).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(router.routeDetailed({ question: "Vem sköter vården utanför sjukhuset i Västmanland?" }).analysis.organization?.id).toBe("vastmanland");
  });

  it("says what the owner is: a post has no chair, a kind is a template", () => {
    const post = router.routeDetailed({ question: "Vem utser ledamöterna i samverkansnämndens ledningsgrupp?" });
    expect(post.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektor");
    expect(post.result.citations[0]!.text).toMatch(/utsedd av respektive regiondirektör/);
    expect(post.analysis.ownerIs).toBe("role");
    expect(router.routeDetailed({ question: "Vem ansvarar för bemanningen inom ortopedin i VGR?" }).analysis.ownerIs).toBe("kind");
    expect(router.routeDetailed({ question: "Vem ansvarar för bemanningen på röntgen i VGR?" }).analysis.ownerIs).toBe("group");
  });

  it("answers one person's own case with none, and the same subject asked as a kind of question with its owner", () => {
    const own = router.routeDetailed({ question: "Min pappa har väntat länge på sin tid på röntgen i VGR, vem kan jag ringa?" });
    expect(own.result.status).toBe("none");
    expect(own.analysis.reason).toBe("own-case");
    expect(ask("Jag har glömt mitt lösenord till intranätet").status).toBe("none");
    expect(owner("Vem ansvarar för väntetiderna på röntgen i VGR?")).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    // "ta in" is a phrase for införande; "loggar in" without "ta" is no introduction of anything
    expect(router.routeDetailed({ question: "Var loggar man in för att se mötena?" }).result.owner?.id ?? null).not.toBe("vgr:program-och-prioriteringsradet");
  });

  it("answers the concrete group when its area matches, the kind (said as such) when only the kind does", () => {
    expect(owner("Vem ansvarar för bemanningen på röntgen i VGR?")).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    const d = router.routeDetailed({ question: "Vem ansvarar för bemanningen inom ortopedin i VGR?" });
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(d.analysis.kindOnly?.groups.map((g) => g.id)).toEqual(["vgr:samordningsrad-bild-och-funktionsmedicin"]);
  });

  it("uses the organisation named, given or remembered, a named one always winning; asks which when several fit", () => {
    const open = router.routeDetailed({ question: "Vem samverkar kring kompetensförsörjning?" });
    expect(open.result.status).toBe("ambiguous");
    expect(open.analysis.askOrganization).toBe(true);
    const given = router.routeDetailed({ question: "Vem samverkar kring kompetensförsörjning?", org: "VGR" });
    expect(given.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(given.analysis.organization).toMatchObject({ id: "vgr", source: "given" });
    const remembered = router.routeDetailed({ question: "Vem samverkar kring kompetensförsörjning?", rememberedOrg: "Samverkansnämnden" });
    expect(remembered.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(remembered.analysis.organization?.source).toBe("remembered");
    const named = router.routeDetailed({ question: "Vem samverkar kring kompetensförsörjning i Mellansverige?", rememberedOrg: "vgr" });
    expect(named.analysis.organization).toMatchObject({ id: "sjukvardsregion-mellansverige", source: "question" });
    expect(named.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(router.resolveOrganization("Västmanland")).toBe("vastmanland");
    expect(router.resolveOrganization("Västra Götaland")).toBe("vgr");
    expect(router.resolveOrganization("Mellansverige")).toBe("sjukvardsregion-mellansverige");
  });

  it("reads two member regions of a collaboration as the collaboration, and leaves out an organisation said not to be meant", () => {
    expect(owner("Region Västmanland och Region Örebro vill göra gemensam produktionsplanering. Vem samordnar?")).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(owner("Gemensamma upphandlingar mellan regionerna, alltså inte VGR, vilken grupp?")).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("says none for what no mandate covers, and for organisations outside the catalog", () => {
    for (const q of ["Hur byter jag lösenord till datorn?", "Where do I pay a parking fine?", "Vem utser ordförande i Region Skånes samordningsråd?", "Vem ansvarar för kaffemaskinen på röntgenavdelningen?"]) {
      const r = ask(q);
      expect({ q, status: r.status }).toEqual({ q, status: "none" });
      expect(r.owner).toBeNull();
    }
  });

  it("says none for a municipal service that is not health care, though it shares words every mandate uses (kommun, region, plan)", () => {
    for (const q of ["Vem ansvarar för skolskjutsen i kommunen?", "Vem har hand om renhållningen i Uppsala kommun?", "Vem planerar kulturskolans verksamhet i regionen?", "Vem har ansvar för fritidsgårdarna i kommunen?"])
      expect({ q, status: ask(q).status }).toEqual({ q, status: "none" });
    // the same words of a mandate's own topic still find its owner
    expect(owner("Vem ser till att samverkan med kommunerna fungerar i Sjukvårdsregion Mellansverige?")).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("reads a word that frames a matter as the matter ('bemanningsfrågan' is bemanning)", () => {
    const framed = ask("Vilken grupp i VGR tar bemanningsfrågan för röntgen?");
    expect(framed.status).toBe("owner");
    expect(framed.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(framed.owner?.id).toBe(owner("Vilken grupp i VGR tar bemanningen för röntgen?"));
  });

  it("says none, with the group as the only candidate, when the named group's mandate does not state the relation", () => {
    const r = ask("Who is the commissioner of Chefsforum?");
    expect(r.status).toBe("none");
    expect(r.candidates[0]?.id).toBe("vastmanland:chefsforum");
  });

  it("finds the topic in a chatty question", () => {
    expect(owner("Hej! Jag jobbar som sjuksköterska på en vårdcentral och undrar vem som egentligen ansvarar för kompetensförsörjning i VGR, kan du hjälpa mig?")).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("never crashes on bad input", () => {
    const bad = ["", "   ", "🙂🙂🙂", "x".repeat(10_000), "<script>alert(1)</script> **vem** [äger](javascript:x)", "Кто отвечает за рентген?", "谁负责放射科", "a ".repeat(5000), "\u0000\u0001", "HoS hos HOS"];
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
