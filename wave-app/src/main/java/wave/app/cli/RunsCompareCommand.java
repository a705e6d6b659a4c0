package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.app.runs.EquityOverlayPage;
import wave.app.runs.RunComparison;

/** {@code wave runs compare ID1 ID2}: two runs side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs: what they ran and every metric side by side, with the difference.",
                "--html FILE also writes a self-contained page overlaying the two equity curves (inline SVG, no script, "
                        + "nothing downloaded)."})
final class RunsCompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID1", description = "The first run (the baseline of the difference): an id or 'last'.")
    String first;

    @Parameters(index = "1", paramLabel = "ID2", description = "The second run: an id or 'last'.")
    String second;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the comparison with both equity curves as an HTML page.")
    Path html;

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RunComparison comparison = new RunComparison(RunLookup.find(store, first), RunLookup.find(store, second));
        out.println(comparison.text());
        if (html != null) {
            Path parent = html.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(html, EquityOverlayPage.render(comparison), StandardCharsets.UTF_8);
            out.println();
            out.println("Wrote " + html);
        }
        return 0;
    }
}
