import {
  addWorkingDays,
  deadlineDay,
  easterSunday,
  isoWeek,
  isoWeekOfDate,
  isWorkingDay,
  packageHolidays,
  scheduledDay,
  swedishDaysOff,
  zonedDate,
  zonedInstant,
} from "../../../src/domain/working-days";

const TZ = "Europe/Stockholm";

describe(`working days (process TZ=${process.env.TZ ?? "unset"})`, () => {
  it("knows Easter and its working skärtorsdag", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(isWorkingDay("2026-04-02")).toBe(true); // skärtorsdagen
    expect(isWorkingDay("2026-04-03")).toBe(false); // långfredagen
    expect(isWorkingDay("2026-04-06")).toBe(false); // annandag påsk
    expect(isWorkingDay("2026-04-07")).toBe(true);
    expect(deadlineDay("2026-04-06")).toBe("2026-04-02");
    expect(scheduledDay("2026-04-03")).toBe("2026-04-07");
  });

  it("valborg is a working day, första maj is not; Kristi himmelsfärd and pingst", () => {
    expect(isWorkingDay("2026-04-30")).toBe(true);
    expect(isWorkingDay("2026-05-01")).toBe(false);
    expect(isWorkingDay("2026-05-14")).toBe(false);
    expect(isWorkingDay("2026-05-25")).toBe(true); // annandag pingst is no longer a helgdag
  });

  it("midsommar: afton off, dagen on Saturday", () => {
    expect(isWorkingDay("2026-06-18")).toBe(true);
    expect(isWorkingDay("2026-06-19")).toBe(false);
    expect(swedishDaysOff(2026).find((d) => d.name === "Midsommardagen")?.date).toBe("2026-06-20");
    expect(swedishDaysOff(2027).find((d) => d.name === "Midsommarafton")?.date).toBe("2027-06-25");
    expect(deadlineDay("2026-06-19")).toBe("2026-06-18");
    expect(scheduledDay("2026-06-19")).toBe("2026-06-22");
  });

  it("Christmas and New Year", () => {
    for (const d of ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01", "2027-01-06"]) expect(isWorkingDay(d)).toBe(false);
    expect(isWorkingDay("2026-12-23")).toBe(true);
    expect(isWorkingDay("2026-12-28")).toBe(true);
    expect(isWorkingDay("2027-01-05")).toBe(true); // trettondagsafton
    expect(deadlineDay("2026-12-25")).toBe("2026-12-23");
    expect(scheduledDay("2026-12-24")).toBe("2026-12-28");
    expect(scheduledDay("2026-12-31")).toBe("2027-01-04");
    expect(deadlineDay("2027-01-01")).toBe("2026-12-30");
    expect(addWorkingDays("2026-12-22", 3)).toBe("2026-12-29");
    expect(addWorkingDays("2027-01-04", -2)).toBe("2026-12-29");
  });

  it("agrees with swedish-holidays where the package counts right", () => {
    const offset = new Date(Date.UTC(2026, 3, 1)).getTimezoneOffset();
    for (const year of [2025, 2026, 2027]) {
      const ours = swedishDaysOff(year);
      const pkg = packageHolidays(year);
      const pkgPublic = pkg.filter((h) => h.isPublicHoliday).map((h) => h.name);
      // The package's isPublicHoliday covers the helgdagar but not the three aftnar; isHoliday covers too much.
      expect(pkgPublic.sort()).toEqual(ours.filter((d) => d.publicHoliday).map((d) => d.name).sort());
      expect(pkg.map((h) => h.name)).toEqual(expect.arrayContaining(["Skärtorsdagen", "Valborgsmässoafton"]));
      if (offset <= 0) {
        for (const d of ours) expect(pkg.find((h) => h.name === d.name)?.date).toBe(d.date);
      }
    }
  });

  it("ISO weeks and wall times in TIME_ZONE across both DST weekends", () => {
    // Spring forward: Sunday 2026-03-29 02:00 → 03:00 in Stockholm.
    expect(zonedInstant("2026-03-28", "09:00", TZ).toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(zonedInstant("2026-03-29", "09:00", TZ).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(zonedInstant("2026-03-29", "02:30", TZ).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(scheduledDay(zonedDate(new Date("2026-03-28T23:30:00Z"), TZ))).toBe("2026-03-30");
    // Fall back: Sunday 2026-10-25 03:00 → 02:00.
    expect(zonedInstant("2026-10-24", "09:00", TZ).toISOString()).toBe("2026-10-24T07:00:00.000Z");
    expect(zonedInstant("2026-10-25", "09:00", TZ).toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(zonedInstant("2026-10-25", "02:30", TZ).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedInstant("2026-10-26", "00:00", TZ).toISOString()).toBe("2026-10-25T23:00:00.000Z");
    // Sunday 23:30 local is still week 13 / 43 in Stockholm though UTC says otherwise near midnight.
    expect(isoWeek(new Date("2026-03-29T21:30:00Z"), TZ).key).toBe("2026-W13");
    expect(isoWeek(new Date("2026-03-29T22:30:00Z"), TZ).key).toBe("2026-W14");
    expect(isoWeek(new Date("2026-10-25T22:30:00Z"), TZ).key).toBe("2026-W43");
    expect(isoWeek(new Date("2026-10-25T23:30:00Z"), TZ).key).toBe("2026-W44");
    expect(isoWeekOfDate("2026-12-31").key).toBe("2026-W53");
    expect(isoWeekOfDate("2027-01-04").key).toBe("2027-W01");
    expect(isoWeekOfDate("2024-12-30").key).toBe("2025-W01");
  });
});
