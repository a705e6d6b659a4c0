package wave.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line of every key of a TOML document, whatever the syntax around it. */
class TomlKeyLinesTest {
    private static final String TEXT = """
            # a comment with [brackets] and key = "value"
            title = "x # not a comment"
            [costs]
            fee_pct = 0.1   # trailing comment
              slippage_pct = 0.05
            "quoted key" = 1
            a.b.c = 2
            [execution]
            notes = \"""
            first line
            fee = [1, 2]
            \"""
            literal = '''
            [not.a.table]
            '''
            levels = [
              1,  # one
              [2, 3],
              { x = 1, y = "}" },
            ]
            inline = { p = 1, q = { r = 2 } }
            when = 1979-05-27 07:32:00
            after = true
            [[alerts.channels]]
            kind = "mail"
            [[alerts.channels]]
            kind = "webhook"
            [a."dotted.key"]
            z = 'lit\\'
            """;

    @Test
    void findsEveryKey() {
        Map<String, Integer> lines = TomlKeyLines.of(TEXT);

        assertThat(lines).containsEntry("/title", 2).containsEntry("/costs", 3).containsEntry("/costs/fee_pct", 4)
                .containsEntry("/costs/slippage_pct", 5).containsEntry("/costs/quoted key", 6)
                .containsEntry("/costs/a", 7).containsEntry("/costs/a/b/c", 7)
                .containsEntry("/execution", 8).containsEntry("/execution/notes", 9).containsEntry("/execution/literal", 13)
                .containsEntry("/execution/levels", 16).containsEntry("/execution/levels/0", 17)
                .containsEntry("/execution/levels/1", 18).containsEntry("/execution/levels/1/1", 18)
                .containsEntry("/execution/levels/2", 19).containsEntry("/execution/levels/2/y", 19)
                .containsEntry("/execution/inline/q/r", 21).containsEntry("/execution/when", 22)
                .containsEntry("/execution/after", 23)
                .containsEntry("/alerts/channels", 24).containsEntry("/alerts/channels/0", 24)
                .containsEntry("/alerts/channels/0/kind", 25).containsEntry("/alerts/channels/1", 26)
                .containsEntry("/alerts/channels/1/kind", 27)
                .containsEntry("/a/dotted.key", 28).containsEntry("/a/dotted.key/z", 29);
        assertThat(lines).doesNotContainKeys("/execution/fee", "/not");
    }

    @Test
    void endsOnTextTheParserWouldRefuse() {
        for (String text : new String[] {"a = [1, }", "= 1", "[a", "a = {b = 1,", "a = \"x", "a = '''x", "x = [[[", "a.b. = 1"}) {
            assertThat(TomlKeyLines.of(text)).as(text).isNotNull();
        }
    }

    @Test
    void documentsParseTheSameText() {
        Document document = Documents.parse(TEXT, "t.toml", DocumentFormat.TOML);

        assertThat(document.root().at("/execution/levels/2/y").textValue()).isEqualTo("}");
        assertThat(document.line(com.fasterxml.jackson.core.JsonPointer.compile("/execution/inline/q/r"))).isEqualTo(21);
    }
}
