import { CONFIDENCE_BANDS, evaluate, type LabelledQuestion } from "../../../src/routing/evaluate";
import type { RouteResult } from "../../../src/routing/types";

/** bench:routing prints how often an owner answer is right per class and per band of the confidence shown. */
const owner = (id: string, confidence: number): RouteResult => ({ status: "owner", owner: { id, name: id, organization: "o" }, confidence, citations: [], candidates: [], escalation: null });
const q = (id: string, kind: string, status: LabelledQuestion["status"], ownerId: string | null): LabelledQuestion => ({ id, kind, question: id, status, owner: ownerId });

describe("owner precision per class and per confidence band", () => {
  const set = [q("a", "topic", "owner", "x"), q("b", "topic", "owner", "x"), q("c", "boundary", "owner", "y"), q("d", "none_or_ambiguous", "none", null), q("e", "relation", "none", null)];
  const answers: Record<string, RouteResult> = { a: owner("x", 0.95), b: owner("z", 0.55), c: owner("y", 0.72), d: owner("x", 0.61), e: { ...owner("x", 0), status: "none", owner: null } };
  const e = evaluate(set, (x) => answers[x.question]!);

  it("counts owner answers and the right ones per class, leaving out abstentions", () => {
    expect(e.ownerPerClass).toEqual({ topic: { total: 2, right: 1 }, boundary: { total: 1, right: 1 }, none_or_ambiguous: { total: 1, right: 0 } });
    expect(e.ownerPrecision).toEqual({ total: 4, right: 2 });
  });

  it("puts each owner answer in the band of its confidence (lower edges inclusive)", () => {
    expect(CONFIDENCE_BANDS).toEqual([0, 0.6, 0.7, 0.8, 0.9]);
    expect(e.ownerByConfidence).toEqual([
      { total: 1, right: 0 },
      { total: 1, right: 0 },
      { total: 1, right: 1 },
      { total: 0, right: 0 },
      { total: 1, right: 1 },
    ]);
  });

  it("counts owner answers per step of the router when told each answer's step, and none without it", () => {
    const steps: Record<string, string> = { a: "topic", b: "topic", c: "boundary", d: "relation", e: "topic" };
    const byStep = evaluate(set, (x) => answers[x.question]!, (r) => steps[Object.keys(answers).find((k) => answers[k] === r)!]);
    expect(byStep.ownerByReason).toEqual({ topic: { total: 2, right: 1 }, boundary: { total: 1, right: 1 }, relation: { total: 1, right: 0 } });
    expect(e.ownerByReason).toEqual({});
  });
});
