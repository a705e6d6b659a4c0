package wave.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.config.DocumentException;

/** Which files apply, in which order, how they merge, and relative paths. */
class ConfigLoaderTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    private LayeredConfig load(Path explicit) throws IOException {
        return new ConfigLoader(new ConfigLocations(home, work)).load(explicit);
    }

    private static JsonPointer at(String pointer) {
        return JsonPointer.compile(pointer);
    }

    @Test
    void noFilesNoValues() throws IOException {
        LayeredConfig config = load(null);

        assertThat(config.values().isEmpty()).isTrue();
        assertThat(config.sources()).isEmpty();
        assertThat(config.origin(at("/costs/fee_pct"))).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void theWorkingDirectorysFileBeatsTheHomesKeyByKey() throws IOException {
        Files.writeString(home.resolve("wave.toml"), "[execution]\ncalendar = \"nyse\"\nlatency_bars = 2\n");
        Files.writeString(work.resolve("wave.toml"), "[execution]\nlatency_bars = 1\n");

        LayeredConfig config = load(null);

        assertThat(config.at(at("/execution/calendar")).asText()).isEqualTo("nyse");
        assertThat(config.at(at("/execution/latency_bars")).asInt()).isEqualTo(1);
        assertThat(config.origin(at("/execution/calendar"))).hasToString(home.resolve("wave.toml") + ":2");
        assertThat(config.origin(at("/execution/latency_bars"))).hasToString(work.resolve("wave.toml") + ":2");
        assertThat(config.sources()).containsExactly(home.resolve("wave.toml").toString(), work.resolve("wave.toml").toString());
    }

    @Test
    void aFileThatSetsOneKeyOfAChoiceReplacesTheWholeChoice() throws IOException {
        Files.writeString(home.resolve("wave.toml"), """
                [strategy]
                name = "sma-cross"
                params = { fast = 5, slow = 20 }
                [costs]
                fee_pct = 0.1
                fee_min = 1
                spread_pct = 0.2
                """);
        Files.writeString(work.resolve("wave.toml"), """
                [strategy]
                spec = "my.toml"
                [costs]
                fee_fixed = 2
                """);

        LayeredConfig config = load(null);

        assertThat(config.values().toString()).isEqualTo("{\"strategy\":{\"spec\":\"" + work.resolve("my.toml")
                + "\"},\"costs\":{\"fee_min\":1,\"spread_pct\":0.2,\"fee_fixed\":2}}");
    }

    @Test
    void parametersAloneMergeIntoTheStrategyBelow() throws IOException {
        Files.writeString(home.resolve("wave.toml"), "[strategy]\nname = \"sma-cross\"\nparams = { fast = 5, slow = 20 }\n");
        Files.writeString(work.resolve("wave.toml"), "[strategy.params]\nslow = 25\n");

        LayeredConfig config = load(null);

        assertThat(config.params()).containsExactly(Map.entry("fast", "5"), Map.entry("slow", "25"));
        assertThat(config.at(at("/strategy/name")).asText()).isEqualTo("sma-cross");
    }

    @Test
    void anExplicitFileTakesThePlaceOfTheWorkingDirectorysFile(@TempDir Path elsewhere) throws IOException {
        Files.writeString(home.resolve("wave.toml"), "[account]\ncurrency = \"EUR\"\n");
        Files.writeString(work.resolve("wave.toml"), "[account]\ncash = 1\n");
        Path explicit = Files.writeString(elsewhere.resolve("run.toml"), "[account]\ncash = 2\n");

        LayeredConfig config = load(explicit);

        assertThat(config.values().toString()).isEqualTo("{\"account\":{\"currency\":\"EUR\",\"cash\":2}}");
        assertThatThrownBy(() -> load(elsewhere.resolve("none.toml"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void relativePathsAreReadFromTheFilesDirectory() throws IOException {
        Files.writeString(home.resolve("wave.toml"), "[data]\npath = \"bars/orcl.csv\"\n[output]\ndir = \"/abs/out\"\n");

        LayeredConfig config = load(null);

        assertThat(config.at(at("/data/path")).asText()).isEqualTo(home.resolve("bars/orcl.csv").toString());
        assertThat(config.at(at("/output/dir")).asText()).isEqualTo("/abs/out");
    }

    @Test
    void everyProblemOfEveryFileIsReported() throws IOException {
        Files.writeString(home.resolve("wave.toml"), "[costs]\nfee_pct = -1\n");
        Files.writeString(work.resolve("wave.toml"), "[data]\npath = 3\n");

        assertThatThrownBy(() -> load(null)).isInstanceOf(DocumentException.class)
                .hasMessage(home.resolve("wave.toml") + ":2: costs.fee_pct: expected a number >= 0 and <= 100, got -1\n"
                        + work.resolve("wave.toml") + ":2: data.path: expected a string not empty, got 3");
    }

    @Test
    void theHomeAsWorkingDirectoryIsReadOnce() throws IOException {
        Files.writeString(home.resolve("wave.toml"), "[account]\ncash = 1\n");

        assertThat(new ConfigLoader(new ConfigLocations(home, home)).files(null)).containsExactly(home.resolve("wave.toml"));
    }
}
