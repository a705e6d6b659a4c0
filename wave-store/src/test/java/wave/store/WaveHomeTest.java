package wave.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the home, and the errors when it cannot be used. */
class WaveHomeTest {

    @Test
    void optionBeatsTheEnvironmentWhichBeatsTheUserHome() {
        Map<String, String> env = Map.of(WaveHome.ENV, "/env/home");
        assertThat(WaveHome.resolve("/opt/wave", env, "/home/me").dir()).isEqualTo(Path.of("/opt/wave"));
        assertThat(WaveHome.resolve(null, env, "/home/me").dir()).isEqualTo(Path.of("/env/home"));
        assertThat(WaveHome.resolve("", Map.of(WaveHome.ENV, " "), "/home/me").dir()).isEqualTo(Path.of("/home/me/.wave"));
        Path relative = WaveHome.resolve("relative", Map.of(), "/home/me").dir();
        assertThat(relative.isAbsolute() && relative.endsWith("relative")).as(relative.toString()).isTrue();
    }

    @Test
    void theStoreFileAndOtherFilesLiveInTheHome() {
        WaveHome home = new WaveHome(Path.of("/home/me/.wave/../.wave"));
        assertThat(home.dir()).isEqualTo(Path.of("/home/me/.wave"));
        assertThat(home.storeFile()).isEqualTo(Path.of("/home/me/.wave/wave.db"));
        assertThat(home.path("wave.toml")).isEqualTo(Path.of("/home/me/.wave/wave.toml"));
    }

    @Test
    void ensureWritableCreatesTheHome(@TempDir Path dir) {
        WaveHome home = new WaveHome(dir.resolve("a/b/home"));
        assertThat(home.ensureWritable()).isSameAs(home);
        assertThat(home.dir()).isDirectory();
    }

    @Test
    void aHomeThatIsAFileIsRefusedClearly(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> new WaveHome(file).ensureWritable())
                .isInstanceOf(StoreException.class)
                .hasMessage("Wave home " + file + " is not a directory (" + file + " is a file); expected a writable "
                        + "directory (choose another with --home or WAVE_HOME)");
    }

    @Test
    void aHomeThatCannotBeCreatedIsRefusedClearly(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path home = file.resolve("home");

        assertThatThrownBy(() -> new WaveHome(home).ensureWritable())
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot create the Wave home " + home + " (" + home + ": Not a directory); expected a writable directory"
                        + " (choose another with --home or WAVE_HOME)");
    }
}
