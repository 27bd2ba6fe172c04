import { execFileSync } from "node:child_process";
import { packedMap } from "../../../src/routing/packed";

/**
 * The elements kind of an array mapped by `mapping` (of `xs`) in the interpreter and after its caller is optimised, in a child node with
 * natives syntax (the test process has none): a question path whose arrays change kind with the tier has its optimised
 * readers thrown out ("wrong map") and compiled again, turn after turn.
 */
function holeyBeforeAndAfterOptimising(mapping: string): [boolean, boolean] {
  const script = `
    const packedMap = ${packedMap.toString()};
    function caller(xs) { return ${mapping}; }
    %PrepareFunctionForOptimization(caller);
    const before = caller([1, 2, 3]);
    caller([1, 2, 3]);
    %OptimizeFunctionOnNextCall(caller);
    const after = caller([1, 2, 3]);
    console.log(JSON.stringify([%HasHoleyElements(before), %HasHoleyElements(after)]));`;
  return JSON.parse(execFileSync(process.execPath, ["--allow-natives-syntax", "-e", script], { encoding: "utf8" })) as [boolean, boolean];
}

describe("packedMap", () => {
  it("maps as Array.prototype.map does: each element with its index, in order", () => {
    expect(packedMap(["a", "b", "c"], (x, i) => `${x}${i}`)).toEqual(["a0", "b1", "c2"]);
    expect(packedMap([], (x) => x)).toEqual([]);
  });

  it("builds a packed array in the interpreter and in optimised code alike (Array.prototype.map does not)", () => {
    expect(holeyBeforeAndAfterOptimising("packedMap(xs, (x) => ({ x }))")).toEqual([false, false]);
    // why packedMap exists: an inlined map in optimised code builds a holey array where the interpreter built a packed
    // one (if a Node upgrade makes these equal, packedMap is no longer needed)
    expect(holeyBeforeAndAfterOptimising("xs.map((x) => ({ x }))")).toEqual([false, true]);
  });
});
