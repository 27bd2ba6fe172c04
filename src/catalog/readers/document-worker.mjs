// Reads PDF (pdfjs-dist, ESM only) and Word (mammoth) files in a worker thread, apart from the bot or
// CLI: a hostile file can only exhaust this thread's heap or time, and the caller terminates it.
// Plain JavaScript on purpose: the project is CommonJS, pdfjs-dist is ESM, and Node runs this file as is
// in tests, from dist/ and after deployment. Module paths come from the caller (workerData).
import { parentPort, workerData } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// pdfjs warns about fonts on the console; nothing from a document reaches the bot's output or logs
for (const k of ["log", "info", "warn", "error", "debug"]) console[k] = () => undefined;

let pdfjs;
let mammoth;

const loadPdfjs = async () => (pdfjs ??= await import(pathToFileURL(workerData.pdfjsPath).href));
const loadMammoth = () => (mammoth ??= createRequire(workerData.mammothPath)(workerData.mammothPath));

class ReadError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** Text items with their position and size, page by page; the layout is rebuilt by the caller. */
async function readPdf(job) {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: job.bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    if (e?.name === "PasswordException") throw new ReadError("ENCRYPTED", "the PDF is password protected");
    throw new ReadError("CORRUPT", `the PDF cannot be opened (${e?.name ?? "error"}: ${String(e?.message ?? e).slice(0, 120)})`);
  }
  try {
    if (doc.numPages > job.maxPages) throw new ReadError("TOO_MANY_PAGES", `the PDF has ${doc.numPages} pages; a mandate has at most ${job.maxPages}`);
    const pages = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent({ disableNormalization: false });
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== "string" || it.str === "") continue;
        const t = it.transform;
        items.push([it.str, t[4] - x0, t[5] - y0, it.width, Math.hypot(t[2], t[3]) || it.height || 0]);
        chars += it.str.length;
      }
      if (chars > job.maxChars) throw new ReadError("TOO_LARGE", `the PDF holds more than ${job.maxChars} characters of text`);
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return { pages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** HTML with headings, paragraphs, lists and tables (mammoth leaves page headers and footers out). */
async function readDocx(job) {
  const lib = loadMammoth();
  let result;
  try {
    result = await lib.convertToHtml({ buffer: Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: false });
  } catch (e) {
    throw new ReadError("CORRUPT", `the Word file cannot be read (${String(e?.message ?? e).slice(0, 120)})`);
  }
  if (result.value.length > job.maxChars * 4) throw new ReadError("TOO_LARGE", `the Word file holds more than ${job.maxChars} characters of text`);
  return { html: result.value, warnings: result.messages.filter((m) => m.type === "warning").length };
}

parentPort.on("message", async (job) => {
  try {
    const out = job.kind === "pdf" ? await readPdf(job) : await readDocx(job);
    parentPort.postMessage({ id: job.id, ok: true, ...out });
  } catch (e) {
    parentPort.postMessage({ id: job.id, ok: false, code: e instanceof ReadError ? e.code : "CORRUPT", message: String(e?.message ?? e).slice(0, 300) });
  }
});
