import * as fs from "node:fs";
import * as path from "node:path";
import { cliAgainst } from "../support/cli";
import { activity, cardOf, post, repliesTo, say } from "../support/harness";
import { press } from "../support/press";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";
import { encryptedPdf, mandateDocx, mandatePdf, scannedPdf } from "../support/mandate-files";
import { actionsOf } from "../support/press";

/**
 * A mandate sent as a file in Teams, end to end over HTTP: the fake connector serves the file at the
 * downloadUrl of a `file.download.info` attachment, as Teams does; the bot fetches it, previews it,
 * and publishes on the click.
 */

const NOW = "2026-11-23T12:00:00Z";
const SVG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const dir = path.join(__dirname, "../../samples/mandates");
const sample = (n: string) => fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(n))!), "utf8");

const sara = { userId: "29:sara", aadObjectId: "aad-sara", userName: "Sara Svensson", locale: "sv-SE" };
const olle = { userId: "29:olle", aadObjectId: "aad-olle", userName: "Olle Ordförande", locale: "sv-SE" };
const admin = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada Admin", locale: "sv-SE" };

type Who = typeof sara;
let n = 0;

/** Sends a file the way Teams does in personal chat (or in a channel), and answers the bot's replies to it. */
async function sendFile(who: Who, name: string, bytes: Uint8Array, o: { conversationType?: "personal" | "channel"; url?: string; contentType?: string } = {}) {
  const served = `${++n}-${name}`;
  const url = o.url ?? ctx.connector.serveFile(served, bytes);
  const a = activity(ctx.connector, { ...who, text: "", conversationType: o.conversationType ?? "personal" });
  const body = { ...a, attachments: [{ contentType: o.contentType ?? "application/vnd.microsoft.teams.file.download.info", name, contentUrl: `https://contoso-my.sharepoint.com/personal/x/${name}`, content: { downloadUrl: url, uniqueId: `u-${n}`, fileType: name.split(".").pop() } }] };
  const res = await post(ctx.bot, body);
  expect(res.status).toBeLessThan(300);
  return { replies: repliesTo(ctx.connector, String(a.id)), served };
}

/** The card an Action.Execute was answered with (the HTTP body is the invoke response's body). */
const invokeCard = (res: { body: any }) => (res.body?.type === "application/vnd.microsoft.card.adaptive" ? res.body.value : undefined);
const previewOf = (replies: any[]) => replies.map(cardOf).find((c) => c?.body);
const textOfCard = (card: unknown) => JSON.stringify(card);

describe("mandates sent as files in Teams", () => {
  beforeAll(async () => {
    await cli(["roles", "set", SVG, "secretary", "aad-sara", "--name", "Sara Svensson"]);
    await cli(["roles", "set", SVG, "chair", "aad-olle", "--name", "Olle Ordförande"]);
  });

  it("the secretary sends a revised mandate as PDF: a preview with the diff, the flags, and buttons that work in the client", async () => {
    const revised = sample("002")
      .replace("3–4 gånger per termin", "2–3 gånger per termin")
      .replace("• Samverkansgruppen har mandat att tillsätta", "• Samordna länets hjälpmedelsförsörjning mellan kommunerna och regionen.\n\n• Samverkansgruppen har mandat att tillsätta");
    const question = "Vem ansvarar för hjälpmedelsförsörjningen mellan kommunerna och regionen i Västmanland?";
    expect(await cli(["route", "--json", question])).not.toMatch(/hjälpmedelsförsörjning mellan/);
    const { replies, served } = await sendFile(sara, "Samverkansgrupp reviderad 2026.pdf", await mandatePdf(revised, { header: "Uppdragsbeskrivning" }));
    expect(ctx.connector.downloads(served)).toHaveLength(1);
    const card = previewOf(replies);
    expect(card).toBeDefined();
    expect(validateCard(card)).toEqual([]);
    const text = textOfCard(card);
    expect(text).toContain("Reviderad uppdragsbeskrivning: Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor");
    expect(text).toContain("Jämförd med version 1");
    expect(text).toMatch(/Före: 3–4 gånger per termin/);
    expect(text).toMatch(/Nu: 2–3 gånger per termin/);
    expect(text).toMatch(/Uppdrag \(1 ny\)/);
    expect(text).toMatch(/Ny: Samordna länets hjälpmedelsförsörjning mellan kommunerna och regionen/);
    expect(text).toMatch(/Oförändrat: Gränsdragning, Ledamöter, Rapportering, Giltighet/);
    expect(text).toMatch(/Brister i uppdraget/);
    for (const { action } of actionsOf(card)) {
      expect(action).toMatchObject({ type: "Action.Execute", associatedInputs: "none", data: { lang: "sv", draftId: expect.any(String) } });
    }
    // nothing changed yet
    expect(JSON.parse(await cli(["show", "--json", SVG])).meetingFrequency).toMatchObject({ min: 3, max: 4 });

    const res = await press(ctx.bot, ctx.connector, card, "Publicera", { as: sara });
    const done = invokeCard(res);
    expect(textOfCard(done)).toMatch(/Publicerad som version 2/);
    expect(actionsOf(done)).toEqual([]);
    expect(done.body[0]).toMatchObject({ type: "Container", style: "good" });
    // the profile and the router use the new version
    const [profile] = await say(ctx.bot, ctx.connector, { ...sara, text: "visa samverkansgruppen i Västmanland" });
    expect(textOfCard(cardOf(profile))).toMatch(/2–3 gånger per termin/);
    // in Teams too: this instance's router answers from version 2 at once
    const [answer] = await say(ctx.bot, ctx.connector, { ...sara, text: question });
    expect(textOfCard(cardOf(answer))).toMatch(/hjälpmedelsförsörjning mellan kommunerna/);
    const route = JSON.parse(await cli(["route", "--json", question]));
    expect(route.owner?.id).toBe(SVG);
    expect(JSON.stringify(route.citations)).toMatch(/hjälpmedelsförsörjning mellan kommunerna/);
    // the earlier version is kept, and who published is audited
    const versions = JSON.parse(await cli(["versions", "--json", "002_bfba1ba59ae81a63"])) as { version: number; publishedBy?: { userId: string } }[];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.publishedBy).toMatchObject({ userId: "aad-sara" });
    // a PDF worker's cold start, three CLI runs and a publish: 26 s alone, more on a loaded machine
  }, 120_000);

  it("a second click on the same card publishes nothing more", async () => {
    const { replies } = await sendFile(sara, "rev3.docx", await mandateDocx(sample("002").replace("3–4 gånger per termin", "4–5 gånger per termin"), { header: "Uppdragsbeskrivning" }));
    const card = previewOf(replies);
    const first = await press(ctx.bot, ctx.connector, card, "Publicera", { as: sara });
    expect(textOfCard(invokeCard(first))).toMatch(/Publicerad som version 3/);
    const again = await press(ctx.bot, ctx.connector, card, "Publicera", { as: sara });
    expect(textOfCard(invokeCard(again))).toMatch(/Publicerad som version 3/);
    const versions = JSON.parse(await cli(["versions", "--json", "002_bfba1ba59ae81a63"])) as unknown[];
    expect(versions).toHaveLength(3);
  });

  it("Avbryt publishes nothing", async () => {
    const { replies } = await sendFile(sara, "utkast.docx", await mandateDocx(sample("002").replace("3–4 gånger per termin", "9 gånger per termin"), { header: "x" }));
    const card = previewOf(replies);
    const res = await press(ctx.bot, ctx.connector, card, "Avbryt", { as: sara });
    expect(textOfCard(invokeCard(res))).toMatch(/Avbruten. Inget har publicerats/);
    expect(JSON.parse(await cli(["show", "--json", SVG])).meetingFrequency).toMatchObject({ min: 4, max: 5 });
    const late = await press(ctx.bot, ctx.connector, card, "Publicera", { as: sara });
    expect(textOfCard(invokeCard(late))).toMatch(/Avbruten/);
  });

  it("anyone else is refused politely and the file is never fetched; in a channel the hint is to use personal chat", async () => {
    const bytes = Buffer.from(sample("002"));
    const chair = await sendFile(olle, "uppdrag.txt", bytes);
    expect(chair.replies.map((r) => r.text).join()).toMatch(/Bara en grupps sekreterare eller en administratör kan lägga in en uppdragsbeskrivning/);
    expect(ctx.connector.downloads(chair.served)).toHaveLength(0);
    const stranger = await sendFile({ ...olle, userId: "29:x", aadObjectId: "aad-x", locale: "en-US" }, "mandate.txt", bytes);
    expect(ctx.connector.downloads(stranger.served)).toHaveLength(0);
    const channel = await sendFile(admin, "uppdrag.txt", bytes, { conversationType: "channel" });
    expect(channel.replies.map((r) => r.text).join()).toMatch(/personlig chatt/);
    expect(ctx.connector.downloads(channel.served)).toHaveLength(0);
    // the secretary of one group may not publish another group's mandate
    const other = await sendFile(sara, "bfm.txt", Buffer.from(sample("004").replace("4 till maximalt 8", "5 till maximalt 9")));
    expect(other.replies.map((r) => r.text).join()).toMatch(/Bara sekreteraren för Samordningsråd bild- och funktionsmedicin eller en administratör/);
  });

  it("someone else's click on a preview is refused, and the card data is never trusted", async () => {
    const { replies } = await sendFile(admin, "bfm.txt", Buffer.from(sample("004").replace("4 till maximalt 8", "5 till maximalt 9")));
    const card = previewOf(replies);
    const res = await press(ctx.bot, ctx.connector, card, "Publicera", { as: sara });
    expect(textOfCard(invokeCard(res) ?? res.body)).toMatch(/någon annans förhandsvisning/);
    const forged = activity(ctx.connector, { ...admin, type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "mandate.publish", data: { draftId: "../../x?#", lang: "sv" } }, trigger: "manual" } });
    const f = await post(ctx.bot, forged);
    expect(f.status).toBe(200);
    expect(JSON.stringify(f.body)).toMatch(/inaktuellt/);
  });

  it("bad files get clear messages: scanned PDF, old Word, too large, a host that is not Teams, not a file", async () => {
    const scanned = await sendFile(admin, "skannad.pdf", await scannedPdf());
    expect(scanned.replies.map((r) => r.text).join()).toMatch(/inskannad/);
    const locked = await sendFile(admin, "låst.pdf", encryptedPdf());
    expect(locked.replies.map((r) => r.text).join()).toMatch(/lösenordsskyddad/);
    const corrupt = await sendFile(admin, "trasig.pdf", Buffer.from("%PDF-1.7\nthis is not a pdf at all"));
    expect(corrupt.replies.map((r) => r.text).join()).toMatch(/verkar vara skadad/);
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const doc = await sendFile(admin, "gammal.doc", ole);
    expect(doc.replies.map((r) => r.text).join()).toMatch(/gamla Word-formatet/);
    const huge = ctx.connector.serveFile("huge.pdf", Buffer.from("%PDF-1.4\n"), { declaredLength: 50_000_000 });
    const big = await sendFile(admin, "huge.pdf", new Uint8Array(), { url: huge });
    expect(big.replies.map((r) => r.text).join()).toMatch(/för stor/);
    const evil = await sendFile(admin, "x.pdf", new Uint8Array(), { url: "http://169.254.169.254/latest/meta-data" });
    expect(evil.replies.map((r) => r.text).join()).toMatch(/inte hämta filen från den platsen/);
    const bounce = ctx.connector.serveFile("bounce.pdf", new Uint8Array(), { redirectTo: "http://10.0.0.1/secret" });
    const redirected = await sendFile(admin, "bounce.pdf", new Uint8Array(), { url: bounce });
    expect(redirected.replies.map((r) => r.text).join()).toMatch(/inte hämta filen från den platsen/);
    const image = await sendFile(admin, "bild.png", new Uint8Array(), { contentType: "image/png" });
    expect(image.replies.map((r) => r.text).join()).toMatch(/bilaga/);
    const lunch = await sendFile(admin, "lunch.txt", Buffer.from("Veckans lunch\nmåndag: fisk\n"));
    expect(lunch.replies.map((r) => r.text).join()).toMatch(/inga rubriker som i en uppdragsbeskrivning/);
  });

  it("an administrator adds a new group's mandate as Word; English when the person writes English", async () => {
    const text = "Uppdragsbeskrivning för Samverkansgrupp för läkemedelsfrågor i Västmanland\n\nUppdragsgivare\nChefsforum\n\nUppdrag\n• Bereda frågor om läkemedel i länet.\n\nMötesfrekvens\n4 gånger per år\n";
    const { replies } = await sendFile({ ...admin, locale: "en-US" }, "lakemedel.docx", await mandateDocx(text, { header: "x" }));
    const card = previewOf(replies);
    expect(textOfCard(card)).toMatch(/New mandate: Samverkansgrupp för läkemedelsfrågor i Västmanland/);
    const res = await press(ctx.bot, ctx.connector, card, "Publish", { as: { ...admin, locale: "en-US" } });
    expect(textOfCard(invokeCard(res))).toMatch(/Published as version 1/);
    const [profile] = await say(ctx.bot, ctx.connector, { ...admin, text: "visa samverkansgrupp för läkemedelsfrågor" });
    expect(textOfCard(cardOf(profile))).toMatch(/4 gånger per år|4 times a year/);
  });
});
