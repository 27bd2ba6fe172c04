import { RateLimiter, teamsLimits } from "../../../src/delivery/rate-limiter";

describe("rate limiter (Teams limits)", () => {
  it("books at most 7 a second and 60 per 30 seconds in one conversation", () => {
    let now = 0;
    const rl = new RateLimiter(teamsLimits(), () => now, 0);
    const slots = Array.from({ length: 61 }, () => rl.reserve("c1"));
    expect(slots.slice(0, 7).every((s) => s === 0)).toBe(true);
    expect(slots[7]).toBe(1000);
    for (let i = 7; i < slots.length; i++) expect(slots[i]! - slots[i - 7]!).toBeGreaterThanOrEqual(1000);
    expect(slots[60]).toBeGreaterThanOrEqual(30_000);
    now = 5;
    expect(rl.reserve("c2")).toBe(0); // another conversation is not held up by c1's budget
  });

  it("caps all conversations together at the global rate, and honours a block (429)", () => {
    const now = 0;
    const rl = new RateLimiter(teamsLimits(30), () => now, 0);
    const slots = Array.from({ length: 60 }, (_, i) => rl.reserve(`c${i}`));
    expect(slots.filter((s) => s < 1000)).toHaveLength(30);
    expect(Math.max(...slots)).toBeLessThan(2000);
    rl.block("x", 2500);
    expect(rl.reserve("x")).toBeGreaterThanOrEqual(2500);
  });
});
