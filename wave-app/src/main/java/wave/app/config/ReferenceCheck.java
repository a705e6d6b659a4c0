package wave.app.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import wave.config.DidYouMean;
import wave.config.KeyPaths;
import wave.config.Problem;
import wave.engine.strategy.ParamSpec;
import wave.engine.strategy.StrategyDefinition;
import wave.spec.SpecStrategyDefinition;
import wave.spec.StrategySpecs;

/**
 * Checks what the schema cannot: that what a configuration refers to exists. The strategy (a bundled strategy, or a
 * spec file that loads), its parameters (known, and if asked valid together), the data file or directory. Each
 * problem names the file and line the value came from.
 */
public final class ReferenceCheck {
    private static final JsonPointer NAME = JsonPointer.compile("/strategy/name");
    private static final JsonPointer SPEC = JsonPointer.compile("/strategy/spec");
    private static final JsonPointer DATA = JsonPointer.compile("/data/path");

    private ReferenceCheck() {
    }

    /** The problem of a data path that does not exist; none when it does or no data is named. */
    public static List<Problem> data(LayeredConfig config) {
        JsonNode path = config.at(DATA);
        if (path.isTextual() && !Files.exists(Path.of(path.textValue()))) {
            return List.of(problem(config, DATA, "no such file or directory: " + path.textValue()));
        }
        return List.of();
    }

    /**
     * The problems of the configuration's strategy and parameters; none when it names no strategy.
     *
     * @param strategies the strategies a name may refer to
     * @param bind       also bind the parameters (false when flags may still add to them)
     */
    public static List<Problem> strategy(LayeredConfig config, List<StrategyDefinition<?>> strategies, boolean bind) {
        Optional<Target> target = target(config, strategies);
        if (target.isEmpty() || target.get().problem() != null) {
            return target.map(t -> List.of(t.problem())).orElse(List.of());
        }
        Target strategy = target.get();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> params = config.params();
        for (String name : params.keySet()) {
            if (!strategy.paramNames().contains(name)) {
                problems.add(problem(config, ConfigKeys.PARAMS.appendProperty(name), "unknown parameter '" + name + "' of "
                        + strategy.name() + DidYouMean.hint(name, strategy.paramNames()) + " (valid parameters: "
                        + (strategy.paramNames().isEmpty() ? "none" : String.join(", ", strategy.paramNames())) + ")"));
            }
        }
        if (bind && problems.isEmpty() && !params.isEmpty()) {
            try {
                strategy.binder().accept(params);
            } catch (IllegalArgumentException e) {
                problems.add(problem(config, ConfigKeys.PARAMS, e.getMessage()));
            }
        }
        return problems;
    }

    private static Optional<Target> target(LayeredConfig config, List<StrategyDefinition<?>> strategies) {
        if (config.at(NAME).isTextual()) {
            String name = config.at(NAME).textValue();
            Optional<StrategyDefinition<?>> definition = strategies.stream().filter(s -> s.name().equals(name)).findFirst();
            if (definition.isEmpty()) {
                List<String> names = strategies.stream().map(StrategyDefinition::name).toList();
                return Optional.of(Target.failed(problem(config, NAME, "unknown strategy '" + name + "'"
                        + DidYouMean.hint(name, names) + " (valid strategies: " + String.join(", ", names) + ")")));
            }
            StrategyDefinition<?> d = definition.get();
            return Optional.of(new Target(d.name(), names(d.params()), d::bind, null));
        }
        if (config.at(SPEC).isTextual()) {
            try {
                SpecStrategyDefinition d = StrategySpecs.load(Path.of(config.at(SPEC).textValue()));
                return Optional.of(new Target(d.name(), names(d.params()), d::bind, null));
            } catch (IllegalArgumentException e) {
                return Optional.of(Target.failed(problem(config, SPEC, e.getMessage())));
            }
        }
        return Optional.empty();
    }

    private static List<String> names(List<ParamSpec> params) {
        return params.stream().map(ParamSpec::name).toList();
    }

    private static Problem problem(LayeredConfig config, JsonPointer pointer, String message) {
        Origin origin = config.origin(pointer);
        return Problem.at(origin.source(), origin.line(), KeyPaths.dotted(pointer), message);
    }

    /** The strategy named, or the problem of naming it. */
    private record Target(String name, List<String> paramNames, Consumer<Map<String, String>> binder, Problem problem) {
        static Target failed(Problem problem) {
            return new Target("", List.of(), params -> { }, problem);
        }
    }
}
