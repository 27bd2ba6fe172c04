import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { encodeRecord, Journal, journalFile, journalGenerations, readJournal, type JournalRecord } from "../../../src/storage/journal";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-journal-"));
const put = (id: string, n = 1): JournalRecord => ({ op: "put", c: "work", doc: { id, groupId: "g", text: "å".repeat(n) }, n });

describe("journal records", () => {
  it("reads back what was written, and drops a torn last record wherever the append was cut", () => {
    const dir = tmp();
    const whole = [put("a"), { op: "del", c: "work", id: "a", pk: "g" } as JournalRecord, put("b", 40)];
    const bytes = Buffer.concat(whole.map(encodeRecord));
    const last = encodeRecord(put("c", 30));
    const file = path.join(dir, "j.log");
    for (let cut = 0; cut < last.length; cut++) {
      fs.writeFileSync(file, Buffer.concat([bytes, last.subarray(0, cut)]));
      const r = readJournal(file);
      expect(r.records).toEqual(whole);
      expect(r.validBytes).toBe(bytes.length);
      expect(r.droppedBytes).toBe(cut);
    }
    fs.writeFileSync(file, Buffer.concat([bytes, last]));
    expect(readJournal(file).records).toHaveLength(4);
  });

  it("detects a damaged payload by its checksum (never half-applies it)", () => {
    const dir = tmp();
    const file = path.join(dir, "j.log");
    const good = encodeRecord(put("a"));
    const bad = encodeRecord(put("b", 10));
    bad[bad.length - 3] ^= 0xff;
    fs.writeFileSync(file, Buffer.concat([good, bad]));
    expect(readJournal(file).records).toEqual([put("a")]);
    // A zero-filled tail (preallocated blocks after a crash) is not a record either.
    fs.writeFileSync(file, Buffer.concat([good, Buffer.alloc(64)]));
    expect(readJournal(file)).toMatchObject({ records: [put("a")], droppedBytes: 64 });
  });
});

describe("Journal", () => {
  it("group-commits concurrent appends: every one is on disk once durable() resolves, in order", async () => {
    const dir = tmp();
    const j = new Journal(dir, 1);
    const seqs = Array.from({ length: 200 }, (_, i) => j.append(put(`d${i}`)));
    await Promise.all(seqs.map((s) => j.durable(s)));
    expect(j.settled).toBe(true);
    expect(readJournal(journalFile(dir, 1)).records.map((r) => (r as unknown as { doc: { id: string } }).doc.id)).toEqual(seqs.map((_, i) => `d${i}`));
    await j.close();
  });

  it("writes records after a rotation to the next generation and drops older generations on request", async () => {
    const dir = tmp();
    const j = new Journal(dir, 3);
    j.append(put("old"));
    const next = j.rotate();
    j.append(put("new"));
    await j.durable();
    expect(journalGenerations(dir)).toEqual([3, 4]);
    expect(next).toBe(4);
    j.dropBelow(next);
    expect(journalGenerations(dir)).toEqual([4]);
    expect(readJournal(journalFile(dir, 4)).records).toEqual([put("new")]);
    await j.close();
  });
});
