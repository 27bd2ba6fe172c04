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
