package wave.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading TOML and JSON: exact decimals, syntax errors at their line and column, lines of keys and a fallback. */
class DocumentsTest {
    @Test
    void tomlDecimalsAreExact() {
        Document document = Documents.parse("[costs]\nfee_pct = 0.10\ncash = 100000.50\n", "w.toml", DocumentFormat.TOML);

        assertThat(document.root().at("/costs/fee_pct").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(document.root().at("/costs/cash").decimalValue()).isEqualByComparingTo("100000.5");
        assertThat(document.root().at("/costs/fee_pct").decimalValue().add(new java.math.BigDecimal("0.2")))
                .isEqualByComparingTo("0.3");
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> Documents.parse("[costs]\nfee_pct = = 1\n", "wave.toml", DocumentFormat.TOML))
                .isInstanceOf(DocumentException.class)
                .hasMessage("wave.toml:2:11: TOML syntax error: Unknown token")
                .satisfies(e -> assertThat(((DocumentException) e).problems()).singleElement()
                        .extracting(Problem::line, Problem::column).containsExactly(2, 11));
        assertThatThrownBy(() -> Documents.parse("{\"a\": 1,\n \"a\": 2}", "x.json", DocumentFormat.JSON))
                .hasMessageStartingWith("x.json:2:").hasMessageContaining("JSON syntax error: Duplicate field 'a'");
    }

    @Test
    void jsonKeysHaveLines() {
        Document document = Documents.parse("{\n  \"a\": {\n    \"b\": [1,\n 2]\n  },\n  \"c\": true\n}", "x.json",
                DocumentFormat.JSON);

        assertThat(document.line(JsonPointer.compile("/a/b"))).isEqualTo(3);
        assertThat(document.line(JsonPointer.compile("/a/b/1"))).isEqualTo(4);
        assertThat(document.line(JsonPointer.compile("/c"))).isEqualTo(6);
    }

    @Test
    void anUnknownKeyFallsBackToItsTable() {
        Document document = Documents.parse("\n[costs]\nfee_pct = 1\n", "w.toml", DocumentFormat.TOML);

        assertThat(document.line(JsonPointer.compile("/costs/nothing/here"))).isEqualTo(2);
        assertThat(document.line(JsonPointer.compile("/elsewhere"))).isZero();
        assertThat(document.problem(JsonPointer.compile("/costs/fee_pct"), "too high"))
                .hasToString("w.toml:3: costs.fee_pct: too high");
        assertThat(document.problem(JsonPointer.compile("/elsewhere"), "missing")).hasToString("w.toml: elsewhere: missing");
    }

    @Test
    void filesMustExistAndBeUtf8(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("l.toml"), new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xe9, '"'});

        assertThatThrownBy(() -> Documents.read(dir.resolve("none.toml"), "none.toml", DocumentFormat.TOML))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> Documents.read(latin1, "l.toml", DocumentFormat.TOML)).hasMessage("l.toml: not UTF-8 text");
    }
}
