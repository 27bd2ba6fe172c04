import { isLate, meetingDates, parseMeetingTime } from "../../../src/agenda/deadlines";

const TZ = "Europe/Stockholm";

describe("meeting deadlines on Swedish working days", () => {
  it("counts 10 working days back over Easter (långfredagen, annandag påsk; skärtorsdagen works)", () => {
    // Meeting Tue 2026-04-14. Back: 13, 10, 9, 8, 7, (6 annandag, 3 långfredag off), 2, 1, 31/3, 30/3, 27/3.
    const d = meetingDates({ date: "2026-04-14", timeZone: TZ });
    expect(d.itemDeadline).toBe("2026-03-27");
    expect(d.kallelseDate).toBe("2026-04-07");
    expect(d.kallelseAt).toBe("2026-04-07T06:00:00.000Z"); // 08:00 CEST
  });

  it("counts over Christmas and New Year (julafton, juldagen, annandag, nyårsafton, nyårsdagen, trettondedagen)", () => {
    // Meeting Tue 2027-01-12: 11, 8, 7, (6 off), 5, 4, (1, 31/12 off), 30, 29, 28, (25, 24 off), 23, 22.
    const d = meetingDates({ date: "2027-01-12", timeZone: TZ });
    expect(d.itemDeadline).toBe("2026-12-22");
    expect(d.kallelseDate).toBe("2027-01-05");
    expect(d.kallelseAt).toBe("2027-01-05T07:00:00.000Z"); // 08:00 CET
  });

  it("counts over Kristi himmelfärdsdag (valborgsmässoafton works)", () => {
    // Meeting Tue 2027-05-11: 10, 7, (6 Kristi himmelfärd off), 5, 4, 3, (1–2 weekend), 30/4 valborg, 29, 28, 27, 26.
    const d = meetingDates({ date: "2027-05-11", timeZone: TZ });
    expect(d.itemDeadline).toBe("2027-04-26");
    expect(d.kallelseDate).toBe("2027-05-04");
    expect(d.kallelseAt).toBe("2027-05-04T06:00:00.000Z"); // 08:00 CEST
  });

  it("counts over midsommarafton and moves a kallelse off it and off nationaldagen", () => {
    // Meeting Thu 2027-07-01: 30, 29, 28, (26–27 weekend, 25 midsommarafton off), 24, 23, 22, 21, (19–20), 18, 17, 16.
    expect(meetingDates({ date: "2027-07-01", timeZone: TZ }).itemDeadline).toBe("2027-06-16");
    // 7 days before Fri 2027-07-02 is midsommarafton → Thu 2027-06-24.
    expect(meetingDates({ date: "2027-07-02", timeZone: TZ }).kallelseDate).toBe("2027-06-24");
    // 7 days before Tue 2028-06-13 is nationaldagen (Tue 2028-06-06) → Mon 2028-06-05; items: back over the 6th.
    const d = meetingDates({ date: "2028-06-13", timeZone: TZ });
    expect(d.kallelseDate).toBe("2028-06-05");
    expect(d.itemDeadline).toBe("2028-05-29");
  });

  it("marks an item late from the day after a deadline that precedes a holiday weekend", () => {
    // Meeting Tue 2027-01-12: deadline Tue 2026-12-22; julafton and the days after do not extend it.
    const m = { date: "2027-01-12", timeZone: TZ };
    expect(isLate(new Date("2026-12-22T22:59:00Z"), m)).toBe(false);
    expect(isLate(new Date("2026-12-23T08:00:00Z"), m)).toBe(true);
  });

  it("moves a kallelse that falls on a holiday earlier (members are owed the notice)", () => {
    // 7 days before Wed 2027-01-13 is trettondedag jul → Tue 2027-01-05.
    expect(meetingDates({ date: "2027-01-13", timeZone: TZ }).kallelseDate).toBe("2027-01-05");
    // 7 days before Thu 2027-01-07 is nyårsafton → Wed 2026-12-30.
    expect(meetingDates({ date: "2027-01-07", timeZone: TZ }).kallelseDate).toBe("2026-12-30");
  });

  it("follows configured offsets", () => {
    const d = meetingDates({ date: "2026-04-14", timeZone: TZ }, { itemDeadlineWorkingDays: 3, kallelseDaysBefore: 14, kallelseTime: "13:30" });
    expect(d.itemDeadline).toBe("2026-04-09"); // 13, 10, 9
    expect(d.kallelseDate).toBe("2026-03-31");
    expect(d.kallelseAt).toBe("2026-03-31T11:30:00.000Z");
  });

  it("is late only after the end of the deadline day in TIME_ZONE", () => {
    const m = { date: "2026-04-14", timeZone: TZ };
    expect(isLate(new Date("2026-03-27T22:59:00Z"), m)).toBe(false); // 23:59 in Stockholm
    expect(isLate(new Date("2026-03-27T23:00:00Z"), m)).toBe(true); // 00:00 on the 28th
  });

  it("parses meeting times as wall time in TIME_ZONE or as instants", () => {
    expect(parseMeetingTime("2026-04-14T13:00", TZ)).toEqual({ startsAt: new Date("2026-04-14T11:00:00Z"), date: "2026-04-14", time: "13:00" });
    expect(parseMeetingTime("2026-12-01 09:30", TZ)?.startsAt.toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(parseMeetingTime("2026-04-14T11:00:00Z", TZ)).toEqual({ startsAt: new Date("2026-04-14T11:00:00Z"), date: "2026-04-14", time: "13:00" });
    expect(parseMeetingTime("2026-02-30T10:00", TZ)).toBeUndefined();
    expect(parseMeetingTime("tomorrow", TZ)).toBeUndefined();
    expect(parseMeetingTime("2026-04-14", TZ)).toBeUndefined();
  });
});
