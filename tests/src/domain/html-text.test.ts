import { decodeEntities, htmlToText } from "../../../src/domain/html-text";

describe("Teams message HTML to text", () => {
  it("keeps the line breaks of paragraphs, divs and <br>", () => {
    expect(htmlToText("<p>protokoll Ledningsgruppen</p><p># Protokoll</p><p>1. Budget</p>")).toBe("protokoll Ledningsgruppen\n# Protokoll\n1. Budget");
    expect(htmlToText("<div>rad ett</div><div>rad två<br>rad tre</div>")).toBe("rad ett\nrad två\nrad tre");
    expect(htmlToText("ett<br/>två<br />tre")).toBe("ett\ntvå\ntre");
  });

  it("decodes entities and turns no-break spaces into spaces", () => {
    expect(htmlToText("<p>A&nbsp;&amp;&nbsp;B &lt;grupp&gt; &quot;x&quot; &#39;y&#39; &#x2013; &aring;</p>")).toBe('A & B <grupp> "x" \'y\' – å');
    expect(decodeEntities("&bogus; &#99999999;")).toBe("&bogus; &#99999999;");
  });

  it("keeps mentions and list items, drops other markup", () => {
    expect(htmlToText('<p>sätt ordförande Grupp <at>Anna</at></p>')).toBe("sätt ordförande Grupp <at>Anna</at>");
    expect(htmlToText("<ul><li>ett</li><li><strong>två</strong></li></ul>")).toBe("- ett\n- två");
    expect(htmlToText('<p>se <a href="https://x.se">länken</a> <span style="x">här</span></p>')).toBe("se länken här");
  });

  it("leaves plain text as typed (a < b is not HTML)", () => {
    expect(htmlToText("a < b och c > d")).toBe("a < b och c > d");
    expect(htmlToText("rad ett\nrad två")).toBe("rad ett\nrad två");
    expect(htmlToText("tom\u00a0plats")).toBe("tom plats");
  });
});
