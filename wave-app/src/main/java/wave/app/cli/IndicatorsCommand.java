package wave.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.indicators.registry.IndicatorDefinition;
import wave.indicators.registry.IndicatorRegistry;
import wave.indicators.registry.ParamSpec;
import wave.indicators.registry.ParamType;

/** {@code wave indicators}: lists the indicators with their parameters, defaults, ranges and outputs. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "List the indicators with their parameters, defaults, ranges and outputs.")
final class IndicatorsCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Only these indicators (default: all).")
    List<String> names = new ArrayList<>();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        IndicatorRegistry registry = IndicatorRegistry.standard();
        List<IndicatorDefinition> shown = new ArrayList<>();
        if (names.isEmpty()) {
            shown.addAll(registry.all());
        } else {
            for (String name : names) {
                shown.add(registry.get(name));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                out.println();
            }
            print(out, shown.get(i));
        }
        if (names.isEmpty()) {
            out.println();
            out.println(shown.size() + " indicators. Compute one with 'wave indicator --data FILE --name NAME [--param KEY=VALUE]...';");
            out.println("indicators reading close (parameter field) also apply to another indicator's output: --of NAME[:output].");
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, IndicatorDefinition d) {
        out.println(d.name() + " - " + d.description());
        out.println("    reads      " + d.reads());
        out.println("    outputs    " + String.join(", ", d.outputs()));
        if (d.params().isEmpty()) {
            out.println("    parameters (none)");
        }
        for (ParamSpec p : d.params()) {
            String rest = p.type() == ParamType.ENUM ? p.description() + ": " + p.rangeText()
                    : String.format("%-15s %s", p.rangeText(), p.description());
            out.printf("    %-17s %-6s default %-6s %s%n", p.name(), p.typeName(), p.defaultValue(), rest);
        }
    }
}
