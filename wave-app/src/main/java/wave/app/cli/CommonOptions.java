package wave.app.cli;

import picocli.CommandLine.Option;

/** Options every command accepts. */
final class CommonOptions {
    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;
}
