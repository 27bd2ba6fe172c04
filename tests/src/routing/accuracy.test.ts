import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, parseLabelled, share, type Evaluation } from "../../../src/routing/evaluate";
import { Router } from "../../../src/routing/router";
import { FIXTURE, sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const DEV = join(__dirname, "..", "..", "fixtures", "routing-dev");
const run = (file: string): Evaluation => evaluate(parseLabelled(readFileSync(file, "utf8")), (q) => router.route(q));

/**
 * Floors on the untouched half of the development set (holdout.jsonl: never read question by question while
 * tuning; these floors are its figures when they were set, so a change that loses ground fails here).
 * The goals of issue 13 (≥ 92 % overall, ≥ 85 % per class, owner answers right ≥ 95 %) are not all reached:
 * see the README's routing figures.
 */
describe("routing on the untouched half of the development set", () => {
  const ev = run(join(DEV, "holdout.jsonl"));
  const floors: Record<string, number> = { topic: 0.88, relation: 0.8, boundary: 0.52, typed: 0.8, english: 0.92, none_or_ambiguous: 0.84 };
  it.each(Object.entries(floors))("holds the floor for %s", (cls, floor) => {
    expect(share(ev.perClass[cls]!)).toBeGreaterThanOrEqual(floor);
  });
  it("holds the floors overall and for the precision of owner answers", () => {
    expect(ev.total).toBe(150);
    // round 7 (86.0 %, owner answers 85.6 %), each less a question
    expect(ev.top1).toBeGreaterThanOrEqual(0.85);
    expect(share(ev.ownerPrecision)).toBeGreaterThanOrEqual(0.84);
  });
});

describe("routing on the tune half and the older fixtures (tuned on)", () => {
  it("keeps what it was tuned to", () => {
    const tune = run(join(DEV, "tune.jsonl"));
    expect(tune.top1).toBeGreaterThanOrEqual(0.97);
    // every other tune half: its figure after round 11 (bench:routing --quality) less one question
    expect(run(join(DEV, "tune2.jsonl")).top1).toBeGreaterThanOrEqual(0.97);
    expect(run(join(DEV, "tune3.jsonl")).top1).toBeGreaterThanOrEqual(0.93);
    expect(run(join(DEV, "tune4.jsonl")).top1).toBeGreaterThanOrEqual(0.94);
    // set 5 arrived sealed after round 6's tuning (first figure 85.1%); 95.6% after round 11, 96.5% in round 12
    expect(run(join(DEV, "tune5.jsonl")).top1).toBeGreaterThanOrEqual(0.95);
    // set 6 arrived sealed after round 7's tuning (80.9%); 92.7% after round 11, 96.4% in round 12
    expect(run(join(DEV, "tune6.jsonl")).top1).toBeGreaterThanOrEqual(0.95);
    // set 7 arrived sealed after round 8's tuning (86.4%); 94.5% after round 11, 95.5% in round 12
    expect(run(join(DEV, "tune7.jsonl")).top1).toBeGreaterThanOrEqual(0.94);
    // set 8 arrived sealed after round 9's tuning (89.8%); 93.5% after round 11, 96.3% in round 12
    expect(run(join(DEV, "tune8.jsonl")).top1).toBeGreaterThanOrEqual(0.95);
    // set 9 arrived sealed after round 10's tuning (81.7%); 89.6% after round 11, 90.4% in round 12
    expect(run(join(DEV, "tune9.jsonl")).top1).toBeGreaterThanOrEqual(0.89);
    // set 10 arrived sealed after round 11's tuning (82.1%); 85.5% in round 12
    expect(run(join(DEV, "tune10.jsonl")).top1).toBeGreaterThanOrEqual(0.84);
    // set 11 arrived sealed after round 12's tuning (84.8%, written in isolation during the round)
    expect(run(join(DEV, "tune11.jsonl")).top1).toBeGreaterThanOrEqual(0.83);
    // set 12 arrived sealed after round 13's tuning (88.8%, written in isolation during the round)
    expect(run(join(DEV, "tune12.jsonl")).top1).toBeGreaterThanOrEqual(0.87);
    // set 13 arrived sealed after round 14's tuning (88.0%, written in isolation during the round)
    expect(run(join(DEV, "tune13.jsonl")).top1).toBeGreaterThanOrEqual(0.87);
    // set 14 arrived sealed after round 15's tuning (95.3%, written in isolation during the round)
    expect(run(join(DEV, "tune14.jsonl")).top1).toBeGreaterThanOrEqual(0.94);
    // set 15 arrived sealed after round 16's tuning (89.7%, written in isolation during the round)
    expect(run(join(DEV, "tune15.jsonl")).top1).toBeGreaterThanOrEqual(0.88);
    // set 16 arrived sealed after round 17's tuning (89.5%, written in isolation during the round)
    expect(run(join(DEV, "tune16.jsonl")).top1).toBeGreaterThanOrEqual(0.88);
    // set 17 arrived sealed after round 18's tuning (85.8%, written in isolation during the round)
    expect(run(join(DEV, "tune17.jsonl")).top1).toBeGreaterThanOrEqual(0.84);
    // set 18 arrived sealed after round 19's tuning (86.2%, written in isolation during the round)
    expect(run(join(DEV, "tune18.jsonl")).top1).toBeGreaterThanOrEqual(0.85);
    // set 19 arrived sealed after round 20's tuning (88.5%, written in isolation during the round)
    expect(run(join(DEV, "tune19.jsonl")).top1).toBeGreaterThanOrEqual(0.87);
    // set 20 arrived sealed after round 21's tuning (91.2%, written in isolation during the round)
    expect(run(join(DEV, "tune20.jsonl")).top1).toBeGreaterThanOrEqual(0.9);
    expect(share(tune.ownerPrecision)).toBeGreaterThanOrEqual(0.96);
    const older = ["", "-holdout", "-holdout-2", "-holdout-3", "-holdout-4"].map((s) => run(FIXTURE.replace(".jsonl", `${s}.jsonl`)));
    const right = older.reduce((n, e) => n + e.top1 * e.total, 0);
    const total = older.reduce((n, e) => n + e.total, 0);
    expect(right / total).toBeGreaterThanOrEqual(0.85);
  });
});

/** A clean Swedish question, and the same question as people type it: the same owner every time. */
const VARIANTS: { clean: string; owner: string; typed: string[] }[] = [
  {
    clean: "Vem samverkar kring kompetensförsörjning i Sjukvårdsregion Mellansverige?",
    owner: "sjukvardsregion-mellansverige:verksamhetschefsgrupp",
    typed: ["vem samverkar kring kompetensforsorjning i sjukvardsregion mellansverige", "Vem samverkar kring kompetensförsörjnig i Sjukvårdsregion Mellansvergie?", "Vem samverkar kring kompetensförsörjning i SRM?", "Who collaborates on competence supply in Sjukvårdsregion Mellansverige?"],
  },
  {
    clean: "Vem utser ordförande i samordningsrådet för bild- och funktionsmedicin?",
    owner: "vgr:koncernledning-halso-och-sjukvard",
    typed: ["vem utser ordforande i samordningsradet for bild- och funktionsmedicin", "Vem utser ordförnade i samordningsrådet för bild- och funktionsmedicin?", "vem utser ordf i BFM-rådet?", "Who appoints the chair of the imaging coordination council in VGR?"],
  },
  {
    clean: "Vem fastställer ledningsgruppens verksamhetsplan i Mellansverige?",
    owner: "sjukvardsregion-mellansverige:regiondirektorsgrupp",
    typed: ["vem faststaller ledningsgruppens verksamhetsplan i mellansverige", "Vem fastställer ledningsgrupens verksamhetsplan i Mellansverige?", "vem fastställer LG:s verksamhetsplan i SRM?", "Who approves the operational plan of the Mellansverige management group?"],
  },
  {
    clean: "Var diskuteras tolkningen av länsgemensamma avtal mellan kommunerna och regionen i Västmanland?",
    owner: "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor",
    typed: ["var diskuteras tolkningen av lansgemensamma avtal mellan kommunerna och regionen i vastmanland", "Var diskuteras tolkningen av länsgemensama avtal mellan kommunerna och regionen i Västmanland?", "Var diskuteras tolkningen av länsgemensamma avtal mellan kommunerna och regionen i VKL?", "Where are county-wide agreements between the municipalities and the region in Västmanland interpreted?"],
  },
  {
    clean: "Vem hanterar lokalförsörjning för samordningsråden i Västra Götalandsregionen?",
    owner: "vgr:regionovergripande-samordnande-grupper",
    typed: ["vem hanterar lokalforsorjning for samordningsraden i vastra gotalandsregionen", "Vem hanterar lokalförsörjnig för samordningsråden i Västra Götalandsregionen?", "Vem hanterar lokalförsörjning för samordningsråden i VGR?", "Who handles premises for the coordination councils in Västra Götaland?"],
  },
  {
    clean: "Vem prioriterar när nya läkemedel med stora ekonomiska konsekvenser ska införas i Västra Götalandsregionen?",
    owner: "vgr:program-och-prioriteringsradet",
    typed: ["vem prioriterar nar nya lakemedel med stora ekonomiska konsekvenser ska inforas i vastra gotalandsregionen", "Vem prioriterar när nya läkemdel med stora ekonomiska konsekvenser ska införas i Västra Götalandsregionen?", "Vem prioriterar när nya läkemedel med stora ekonomiska konsekvenser ska införas i VGR?", "Who prioritises when new medicines with major financial consequences are introduced in Västra Götaland?"],
  },
  {
    clean: "Vilken grupp samordnar mammografi i Västra Götalandsregionen?",
    owner: "vgr:samordningsrad-bild-och-funktionsmedicin",
    typed: ["vilken grupp samordnar mammografi i vastra gotalandsregionen", "Vilken grupp samordnar mamografi i Västra Götalandsregionen?", "Vilken grupp samordnar mammografi i VGR?", "Which group coordinates mammography in Västra Götaland?"],
  },
  {
    clean: "Vem bereder ärenden till samverkansnämnden?",
    owner: "sjukvardsregion-mellansverige:ledningsgrupp",
    typed: ["vem bereder arenden till samverkansnamnden", "Vem bereder ärenden till samverkansnämden?", "vem bereder ärenden till SN?", "Who prepares the matters for the collaboration board?"],
  },
];

describe("a question typed as people type it gets the owner of the clean question", () => {
  it.each(VARIANTS.map((v) => [v.clean, v]))("%s", (_clean, v) => {
    expect(router.route({ question: v.clean }).owner?.id).toBe(v.owner);
    for (const q of v.typed) expect({ q, owner: router.route({ question: q }).owner?.id }).toEqual({ q, owner: v.owner });
  });
});
