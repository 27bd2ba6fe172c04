import { say } from "../support/harness";
import { useBot } from "../support/use-bot";

/**
 * A new user asks for the digest in the 1:1 chat ("veckobrev nu", as the help lists it): the answer says
 * where it works and how to ask for it now, not only how to turn the weekly post on. Over real HTTP.
 */
describe("the digest asked for outside a channel", () => {
  const ctx = useBot({ SAMVERKAN_NOW: "2026-11-23T12:00:00Z" });
  const text = async (t: string, locale: string) => (await say(ctx.bot, ctx.connector, { text: t, userId: "29:new", aadObjectId: "aad-new", userName: "Nina Ny", locale })).find((r) => r.type === "message")?.text as string;

  it("Swedish: 'veckobrev nu' in 1:1 says to write it in the group's channel, and how a channel becomes the group's", async () => {
    const now = await text("veckobrev nu", "sv-SE");
    expect(now).toMatch(/skriv \*\*@Samverkan veckobrev nu\*\* i kanalen/);
    expect(now).toMatch(/koppla kanalen till\*\* _grupp_/);
    expect(await text("veckobrev på", "sv-SE")).toMatch(/skriv \*\*@Samverkan veckobrev på\*\* där/);
  });

  it("English: 'digest now' in 1:1 likewise", async () => {
    const now = await text("digest now", "en-US");
    expect(now).toMatch(/type \*\*@Samverkan digest now\*\* in the channel/);
    expect(now).toMatch(/link this channel to\*\* _group_/);
  });

  it("a stored language choice wins over the command word for the reply (the word only sets the channel digest's language)", async () => {
    const as = (userId: string) => async (t: string) =>
      (await say(ctx.bot, ctx.connector, { text: t, userId, aadObjectId: `aad-${userId}`, userName: "Erik English", locale: "sv-SE" })).find((r) => r.type === "message")?.text as string;
    const erik = as("29:erik");
    expect(await erik("language english")).toMatch(/English/);
    expect(await erik("veckobrev nu")).toMatch(/type \*\*@Samverkan digest now\*\* in the channel/);
    const sara = as("29:sara");
    expect(await sara("språk svenska")).toMatch(/svenska/i);
    expect(await sara("digest now")).toMatch(/skriv \*\*@Samverkan veckobrev nu\*\* i kanalen/);
  });
});
