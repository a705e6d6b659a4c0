package wave.store.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run was configured.
 *
 * @param arguments  the command-line arguments as given, in order (e.g. {@code --data}, {@code orcl.csv}, ...)
 * @param parameters the strategy's validated parameter values by name, in declaration order, as text
 * @param settings   the effective options by name (cash, fees, sizing, execution, data, ...), as text
 */
public record RunConfiguration(List<String> arguments, Map<String, String> parameters, Map<String, String> settings) {
    /** Copies the lists and maps, keeping their order. */
    public RunConfiguration {
        arguments = List.copyOf(arguments);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
