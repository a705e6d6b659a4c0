package wave.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** TOML output: sections, inline arrays, plain decimals, aligned comments, and text that reads back the same. */
class TomlWriterTest {
    private static final String TEXT = """
            title = "a \\"quoted\\" \\\\ value\\n"
            [costs]
            fee_pct = 0.10
            cash = 1E+5
            [strategy.params]
            fast = 10
            [risk]
            [alerts]
            channels = [{ kind = "mail", to = ["a@b.c"] }, {}]
            "odd key" = true
            """;

    @Test
    void writesSectionsAndReadsBackTheSameTree() {
        JsonNode tree = Documents.parse(TEXT, "t.toml", DocumentFormat.TOML).root();
        String written = TomlWriter.write(tree, null);

        assertThat(written).isEqualTo("""
                title = "a \\"quoted\\" \\\\ value\\n"

                [costs]
                fee_pct = 0.1
                cash = 100000.0

                [strategy.params]
                fast = 10

                [risk]

                [alerts]
                channels = [{ kind = "mail", to = ["a@b.c"] }, {}]
                "odd key" = true
                """);
        assertThat(Documents.parse(written, "w.toml", DocumentFormat.TOML).root()).isEqualTo(tree);
    }

    @Test
    void alignsComments() {
        JsonNode tree = Documents.parse("[costs]\nfee_pct = 0.1\nfee_per_share = 0.005\n", "t.toml", DocumentFormat.TOML).root();

        String written = TomlWriter.write(tree, p -> p.equals(JsonPointer.compile("/costs/fee_pct")) ? "--fee-pct" : "default");

        assertThat(written).isEqualTo("""
                [costs]
                fee_pct = 0.1          # --fee-pct
                fee_per_share = 0.005  # default
                """);
    }
}
