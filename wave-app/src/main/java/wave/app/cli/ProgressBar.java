package wave.app.cli;

import java.io.PrintWriter;
import wave.engine.kernel.KernelListener;

/**
 * A text progress bar on standard error for runs that take longer than about a second; silent for short runs
 * so that quick commands print nothing extra, and silent when Wave does not run in a terminal (output piped or
 * redirected, a CI log), where its carriage returns would only clutter the text.
 */
final class ProgressBar implements KernelListener {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private final boolean interactive;
    private final long showAfterNanos;
    private final long startNanos = System.nanoTime();
    private boolean shown;
    private int lastPercent = -1;

    /** A bar that draws when the console is a terminal, after a second. */
    ProgressBar(PrintWriter out, String label) {
        this(out, label, isTerminal(), SHOW_AFTER_NANOS);
    }

    ProgressBar(PrintWriter out, String label, boolean interactive, long showAfterNanos) {
        this.out = out;
        this.label = label;
        this.interactive = interactive;
        this.showAfterNanos = showAfterNanos;
    }

    private static boolean isTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    @Override
    public void onProgress(double fraction) {
        update(fraction);
    }

    /** Reports progress from 0 to 1; draws once the run has lasted a second. */
    void update(double fraction) {
        if (!interactive || !shown && System.nanoTime() - startNanos < showAfterNanos) {
            return;
        }
        int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent == lastPercent) {
            return;
        }
        shown = true;
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        if (percent == 100) {
            out.println();
        }
        out.flush();
    }
}
