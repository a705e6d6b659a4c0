package wave.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;
import wave.engine.strategy.ParamSpec;
import wave.engine.strategy.StrategyDefinition;

/** {@code wave strategies}: lists strategies and their parameters. */
@Command(name = "strategies", mixinStandardHelpOptions = true, description = "List the strategies (bundled, and plugins on --classpath) with their parameters and ranges.")
final class StrategiesCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (StrategyDefinition<?> definition : plugins.catalog().all()) {
            out.println(definition.name() + " - " + definition.description());
            if (definition.params().isEmpty()) {
                out.println("    (no parameters)");
            }
            for (ParamSpec p : definition.params()) {
                out.printf("    %-12s %-8s default %-6s %-14s %s%n", p.name(), p.typeName(),
                        p.defaultValue() == null ? "-" : p.defaultValue(), p.hasRange() ? "range " + p.rangeText() : "", p.description());
            }
        }
        return 0;
    }
}
