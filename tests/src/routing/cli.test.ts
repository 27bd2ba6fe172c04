import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { runCli } from "../../../bot/cli/main";

const dir = path.join(__dirname, "../../../samples/mandates");
const samples = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

async function withStdin<T>(text: string, fn: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(process, "stdin")!;
  Object.defineProperty(process, "stdin", { value: Readable.from([Buffer.from(text)]), configurable: true });
  try {
    return await fn();
  } finally {
    Object.defineProperty(process, "stdin", original);
  }
}

describe("samverkan route", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-cli-route-"));
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-11-23T12:00:00Z" };

  it("answers on an empty store: the sample mandates are loaded first, as `npm start` does", async () => {
    const c = io();
    expect(await runCli(["route", "--json", "Vem äger frågan om remissvar inom bild- och funktionsmedicin?"], c.io, env)).toBe(0);
    expect(JSON.parse(c.out.join("\n")).owner.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(c.err.join("\n")).toBe("");
  });

  it("prints one JSON object with the contract's fields", async () => {
    expect(await runCli(["ingest", ...samples], io().io, env)).toBe(0);
    const c = io();
    expect(await runCli(["route", "--json", "Vem utser ordförande i Samverkansnämndens ledningsgrupp?"], c.io, env)).toBe(0);
    const r = JSON.parse(c.out.join("\n"));
    expect(r.status).toBe("owner");
    expect(r.owner).toEqual({ id: "sjukvardsregion-mellansverige:regiondirektorsgrupp", name: "Samverkansnämndens landstings- och regiondirektörsgrupp", organization: "Sjukvårdsregion Mellansverige" });
    expect(r.citations[0]).toEqual(expect.objectContaining({ groupId: "sjukvardsregion-mellansverige:ledningsgrupp", section: expect.any(String), text: expect.stringMatching(/utser ordförande/) }));
    expect(Object.keys(r).sort()).toEqual(["analysis", "candidates", "citations", "confidence", "escalation", "owner", "status"]);
    // how the question was read: the relation asked for, the group it is about, the organisation assumed
    expect(r.analysis).toMatchObject({ asks: "chair", reason: "relation", subject: { id: "sjukvardsregion-mellansverige:ledningsgrupp" }, organization: { id: "sjukvardsregion-mellansverige" } });
  });

  it("takes --org as an id or alias and refuses an unknown one", async () => {
    const c = io();
    expect(await runCli(["route", "--json", "Vem samverkar kring kompetensförsörjning?", "--org", "Västra Götalandsregionen"], c.io, env)).toBe(0);
    const r = JSON.parse(c.out.join("\n"));
    expect(r.owner.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(r.analysis.organization).toEqual({ id: "vgr", name: "Västra Götalandsregionen", source: "given" });
    const bad = io();
    expect(await runCli(["route", "--json", "x", "--org", "Atlantis"], bad.io, env)).toBe(2);
    expect(bad.err.join("\n")).toMatch(/unknown organisation/);
  });

  it("refuses an empty question", async () => {
    const c = io();
    expect(await runCli(["route", "--json", "  "], c.io, env)).toBe(2);
    expect(c.err.join("\n")).toMatch(/give a question/);
  });

  it("--stdin: one JSON object per line, in order; unreadable lines give an error object", async () => {
    const lines = [
      JSON.stringify({ question: "Vem hanterar lokalförsörjning för samordningsråden?", org: "vgr" }),
      "not json",
      JSON.stringify({ question: 42 }),
      "",
      JSON.stringify({ question: "Where do I pay a parking fine?" }),
      JSON.stringify({ question: "Who commissions Chefsforum's samverkansgrupp?", org: "Atlantis" }),
      JSON.stringify({ question: " \t " }),
    ].join("\n");
    const c = io();
    expect(await withStdin(lines, () => runCli(["route", "--json", "--stdin"], c.io, env))).toBe(0);
    const out = c.out.map((l) => JSON.parse(l));
    expect(out).toHaveLength(7);
    expect(out[0].owner.id).toBe("vgr:regionovergripande-samordnande-grupper");
    expect(out[1]).toEqual({ status: "error", error: expect.stringMatching(/not JSON/) });
    expect(out[2]).toEqual({ status: "error", error: expect.stringMatching(/question/) });
    expect(out[3]).toEqual({ status: "error", error: "empty line" });
    expect(out[4].status).toBe("none");
    expect(out[5]).toEqual({ status: "error", error: expect.stringMatching(/unknown organisation/) });
    expect(out[6]).toEqual({ status: "error", error: '"question" is empty' });
  });
});
