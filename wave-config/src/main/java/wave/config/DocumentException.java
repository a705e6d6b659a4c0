package wave.config;

import java.io.Serial;
import java.util.List;

/**
 * A document that cannot be used: every {@link Problem} found, one per line of the message. It is an
 * {@link IllegalArgumentException}: the input is wrong, not the program.
 */
public final class DocumentException extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * An exception listing problems.
     *
     * @param problems at least one problem
     */
    public DocumentException(List<Problem> problems) {
        this(problems, null);
    }

    /** An exception listing problems, caused by another exception (e.g. the parser's). */
    public DocumentException(List<Problem> problems, Throwable cause) {
        super(String.join("\n", problems.stream().map(Problem::toString).toList()), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DocumentException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
