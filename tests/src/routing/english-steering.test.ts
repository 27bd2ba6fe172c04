/**
 * Issue 13 (english): "steering committee" is what "steering group" is (ledningsgrupp), and to "fix" a plan is to set
 * it (fastställa): "Who appoints the chair of the steering committee in Mellansverige?" and "Who fixes the yearly plan
 * of …?" are the regiondirektörsgrupp's (001: "Regiondirektörsgruppen utser ordförande …", "fastställer
 * verksamhetsplanen"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const RDG = "sjukvardsregion-mellansverige:regiondirektorsgrupp";

describe("a steering committee and a plan that is fixed", () => {
  it.each([
    ["Who appoints the chair of the steering committee in Mellansverige?", "chair"],
    ["Please advise who is appointing the chairperson of the Mellansverige steering committee.", "chair"],
    ["Who fixes the annual plan of the management group in Mellansverige?", "plan"],
  ])("%s → the regiondirektörsgrupp", (question, asks) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe(asks);
    expect(d.result.owner?.id).toBe(RDG);
  });
});
