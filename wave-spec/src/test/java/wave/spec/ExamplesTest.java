package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wave.config.DocumentFormat;
import wave.engine.order.Sizing;
import wave.spec.indicator.IndicatorCatalog;
import wave.spec.model.Value;

/** Every bundled example parses, from its file and from the classpath, and the JSON twin reads like the TOML one. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("src/main/resources/wave/spec/examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleParses(Path file) {
        SpecStrategyDefinition definition = StrategySpecs.load(file);

        String stem = file.getFileName().toString().replaceFirst("\\.(toml|json)$", "");
        assertThat(definition.name()).isEqualTo(stem);
        assertThat(definition.description()).isNotBlank();
        assertThat(definition.create(Map.of()).params()).isEqualTo(definition.defaults());
    }

    @Test
    void exampleNamesListTheTomlFiles() throws IOException {
        List<String> onDisk = examples().map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".toml")).map(n -> n.substring(0, n.length() - 5)).toList();
        assertThat(StrategySpecs.exampleNames()).containsExactlyElementsOf(onDisk);
        for (String name : StrategySpecs.exampleNames()) {
            assertThat(StrategySpecs.example(name).name()).isEqualTo(name);
        }
    }

    @Test
    void jsonAndTomlDescribeTheSameModel() throws IOException {
        IndicatorCatalog catalog = IndicatorCatalog.standard();
        var toml = StrategySpecs.read(Files.readString(EXAMPLES.resolve("rsi-trend.toml")), "rsi-trend.toml", DocumentFormat.TOML, catalog);
        var json = StrategySpecs.read(Files.readString(EXAMPLES.resolve("rsi-trend.json")), "rsi-trend.json", DocumentFormat.JSON, catalog);
        assertThat(json).isEqualTo(toml);
    }

    @Test
    void theRsiTrendExampleReadsAsWritten() {
        var spec = StrategySpecs.example("rsi-trend").spec();
        assertThat(spec.instruments()).containsExactly("*");
        assertThat(spec.params()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("rsi_period");
            assertThat(p.type()).isEqualTo(int.class);
            assertThat(p.rangeText()).isEqualTo("[2, 50]");
        });
        assertThat(spec.indicators()).extracting(i -> i.name() + ":" + i.type().name()).containsExactly("rsi:rsi", "trend:sma");
        assertThat(spec.indicators().get(0).arguments()).containsEntry("period", new Value.ParamRef("rsi_period"))
                .containsEntry("source", new Value.Choice("close"));
        assertThat(spec.risk().stopLossPct()).isEqualTo(new Value.Literal(5.0));
        assertThat(spec.risk().trailingStopPct()).isEqualTo(new Value.Literal(3.0));
        assertThat(spec.sizing()).isEqualTo(new Sizing.AllIn());
    }
}
