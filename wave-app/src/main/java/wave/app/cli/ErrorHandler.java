package wave.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import wave.config.DidYouMean;
import wave.data.csv.DataFormatException;
import wave.data.validate.ValidationException;
import wave.domain.money.FixedPointOverflowException;
import wave.store.StoreException;

/**
 * Turns exceptions into errors of one line each ({@code wave: error: ...}) and exit codes, with the stack trace only
 * under {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        Throwable shown = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = switch (shown) {
            case NoSuchFileException n -> "file not found: " + n.getFile();
            case FileAlreadyExistsException f -> "cannot create " + f.getFile() + ": a file with that name already exists";
            case AccessDeniedException a -> "permission denied: " + a.getFile();
            case FileSystemException f -> f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
            default -> shown.getMessage();
        };
        // one error per line, e.g. every problem of a configuration file
        (message == null ? shown.getClass().getSimpleName() : message).lines().forEach(line -> err.println("wave: error: " + line));
        if (verbose(parseResult)) {
            e.printStackTrace(err);
        } else if (!(e instanceof IllegalArgumentException || e instanceof DataFormatException
                || e instanceof ValidationException || e instanceof FixedPointOverflowException
                || e instanceof StoreException || shown instanceof java.io.IOException)) {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return e instanceof IllegalArgumentException || shown instanceof NoSuchFileException ? USAGE : FAILED;
    }

    static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("wave: error: " + e.getMessage() + suggestion(e));
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    /**
     * {@code ; did you mean 'backtest'?} for a mistyped subcommand or option, from the names the command knows;
     * empty when nothing is close.
     */
    private static String suggestion(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String given = unmatched.getUnmatched().getFirst();
        CommandLine.Model.CommandSpec command = e.getCommandLine().getCommandSpec();
        List<String> names = new ArrayList<>(command.subcommands().keySet());
        if (given.startsWith("-")) {
            command.options().forEach(option -> names.addAll(List.of(option.names())));
        }
        return DidYouMean.hint(given, names);
    }

    private static boolean verbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult current = parseResult;
        while (current != null) {
            if (current.hasMatchedOption("--verbose")) {
                return true;
            }
            current = current.subcommand();
        }
        return false;
    }
}
