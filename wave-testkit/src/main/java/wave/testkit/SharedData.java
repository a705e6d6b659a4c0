package wave.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only market data of {@code ../shared/data} for every module's tests: the directory named by
 * {@code WAVE_SHARED_DATA} if set (the build sets it), else {@code ../../shared/data} from the module directory. When a
 * file is missing, the test fails under {@code CI=true} and is skipped elsewhere, with a message naming the path.
 */
public final class SharedData {
    /** backtrader's ORCL daily file, 1995-2014. */
    public static final String ORCL = "backtrader/orcl-1995-2014.txt";
    /** backtrader's NVDA daily file, 1999-2014. */
    public static final String NVDA = "backtrader/nvda-1999-2014.txt";

    private SharedData() {
    }

    /** The shared data directory. */
    public static Path dir() {
        String env = System.getenv("WAVE_SHARED_DATA");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("../../shared/data");
        if (!Files.isDirectory(dir)) {
            missing("shared market data not found at " + dir.toAbsolutePath().normalize());
        }
        return dir;
    }

    /** A file of the shared data, e.g. {@code backtrader/orcl-1995-2014.txt}; it must exist. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            missing("shared data file " + file + " is missing");
        }
        return file;
    }

    private static void missing(String what) {
        String message = what + " (set WAVE_SHARED_DATA to the shared/data directory)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message + "; skipping");
    }
}
