package wave.data.resample;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only market data of {@code ../shared/data}: env {@code WAVE_SHARED_DATA} if set, else
 * {@code ../../shared/data} from the module directory. When missing, tests fail under {@code CI=true} and are
 * skipped elsewhere.
 */
final class SharedData {
    private SharedData() {
    }

    /** The shared data directory. */
    static Path dir() {
        String env = System.getenv("WAVE_SHARED_DATA");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("../../shared/data");
        if (!Files.isDirectory(dir)) {
            String message = "shared market data not found at " + dir.toAbsolutePath().normalize()
                    + " (set WAVE_SHARED_DATA to the shared/data directory)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.assumeTrue(false, message);
        }
        return dir;
    }

    /** A file of the shared data, e.g. {@code backtrader/orcl-2014.txt}. */
    static Path file(String relative) {
        return dir().resolve(relative);
    }
}
