package wave.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;
import wave.spec.indicator.IndicatorCatalog;
import wave.spec.model.StrategySpec;

/**
 * Reads strategy specs: TOML or JSON files describing a strategy as parameters, indicators, entry and exit rules,
 * risk levels and sizing (see {@code wave-spec/SPEC.md} and the JSON Schema {@value #SCHEMA_RESOURCE}).
 *
 * <pre>{@code
 * SpecStrategyDefinition definition = StrategySpecs.load(Path.of("rsi-trend.toml"));
 * Backtest backtest = new Backtest(config, data, definition.name(), id -> definition.create(params), false);
 * }</pre>
 *
 * Every problem is a {@link SpecException} naming the file and the line (syntax errors) or the key path.
 */
public final class StrategySpecs {
    /** Classpath resource of the spec's JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "wave/spec/strategy-spec.schema.json";
    /** Classpath folder of the bundled example specs. */
    public static final String EXAMPLES_RESOURCE = "wave/spec/examples/";
    private static final List<String> EXAMPLES = List.of("bollinger-reversion", "buy-and-hold", "donchian-breakout",
            "ema-cross", "macd-trend", "rsi-reversion", "rsi-trend", "sma-cross-ls", "sma-cross");

    private StrategySpecs() {
    }

    /**
     * Loads a {@code .toml} or {@code .json} spec with the standard indicator catalog.
     *
     * @throws SpecException if the file cannot be read or the spec is invalid
     */
    public static SpecStrategyDefinition load(Path file) {
        return load(file, IndicatorCatalog.standard());
    }

    /** Loads a spec whose indicators come from the given catalog. */
    public static SpecStrategyDefinition load(Path file, IndicatorCatalog catalog) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        DocumentFormat format = DocumentFormat.ofFileName(fileName).orElseThrow(() -> new SpecException(fileName, "",
                "unknown spec format; expected a .toml or .json file"));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new SpecException(fileName, "", "no such file: " + file.toAbsolutePath(), e);
        } catch (CharacterCodingException e) {
            throw new SpecException(fileName, "", "not UTF-8 text", e);
        } catch (IOException e) {
            throw new SpecException(fileName, "", "cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return parse(text, fileName, format, catalog);
    }

    /**
     * Parses spec text with the standard indicator catalog.
     *
     * @param sourceName the file name used in messages; its name without extension is the default strategy name
     */
    public static SpecStrategyDefinition parse(String text, String sourceName, DocumentFormat format) {
        return parse(text, sourceName, format, IndicatorCatalog.standard());
    }

    /** Parses spec text whose indicators come from the given catalog. */
    public static SpecStrategyDefinition parse(String text, String sourceName, DocumentFormat format, IndicatorCatalog catalog) {
        StrategySpec spec = read(text, sourceName, format, catalog);
        return new SpecStrategyDefinition(spec, sourceName);
    }

    /** Parses and checks spec text into its model, without building a strategy. */
    public static StrategySpec read(String text, String sourceName, DocumentFormat format, IndicatorCatalog catalog) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Document document = document(text, sourceName, format);
        return new SpecReader(sourceName, stem(sourceName), catalog, document::line).read(document.root());
    }

    /** The names of the bundled example specs ({@code sma-cross}, {@code rsi-trend}, ...). */
    public static List<String> exampleNames() {
        return EXAMPLES;
    }

    /**
     * A bundled example spec, e.g. {@code example("sma-cross")}.
     *
     * @throws SpecException naming the examples if there is no such example
     */
    public static SpecStrategyDefinition example(String name) {
        String fileName = name + ".toml";
        if (!EXAMPLES.contains(name)) {
            throw new SpecException(fileName, "", "no bundled example '" + name + "'; examples: " + String.join(", ", EXAMPLES));
        }
        try (InputStream in = StrategySpecs.class.getClassLoader().getResourceAsStream(EXAMPLES_RESOURCE + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + EXAMPLES_RESOURCE + fileName);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName, DocumentFormat.TOML);
        } catch (IOException e) {
            throw new SpecException(fileName, "", "cannot read the bundled example: " + e.getMessage(), e);
        }
    }

    private static Document document(String text, String sourceName, DocumentFormat format) {
        try {
            return Documents.parse(text, sourceName, format);
        } catch (DocumentException e) {
            Problem syntax = e.problems().getFirst();
            throw SpecException.syntax(sourceName, syntax.line(), syntax.column(), syntax.message(), e);
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
