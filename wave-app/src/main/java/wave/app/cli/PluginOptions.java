package wave.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --classpath}: jars and class directories holding user strategies and strategy plugins. */
final class PluginOptions {
    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}",
            description = "Jars or class directories with your strategies (a --strategy-class, or StrategyProvider plugins "
                    + "found by --strategy NAME); repeatable, or separated by '${sys:path.separator}'.")
    List<Path> classpath = new ArrayList<>();

    /** The catalog of bundled strategies and the plugins on the class path. */
    StrategyCatalog catalog() {
        return StrategyCatalog.of(classpath);
    }
}
