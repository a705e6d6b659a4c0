package wave.store.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHA-256 and size of input files, against the published test vectors. */
class FileDigestTest {

    @Test
    void knownDigests(@TempDir Path dir) throws IOException {
        FileDigest abc = FileDigest.of(Files.writeString(dir.resolve("abc.csv"), "abc"));
        assertThat(abc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(abc.sizeBytes()).isEqualTo(3);
        assertThat(abc.path()).isEqualTo(dir.resolve("abc.csv").toString());

        FileDigest empty = FileDigest.of(Files.write(dir.resolve("empty.csv"), new byte[0]));
        assertThat(empty.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

        byte[] big = new byte[1_000_000];
        java.util.Arrays.fill(big, (byte) 'a');
        FileDigest million = FileDigest.of(Files.write(dir.resolve("a.csv"), big));
        assertThat(million.sha256()).isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        assertThat(million.sizeBytes()).isEqualTo(1_000_000);
    }

    @Test
    void aMalformedDigestIsRefused() {
        assertThatThrownBy(() -> new FileDigest("/x", 1, "ABC")).hasMessage("sha256 must be 64 lower-case hex digits, got ABC");
    }

    @Test
    void metricValuesMustFitTheirUnit() {
        assertThatThrownBy(() -> new MetricValue("bars", "Bars", "count", 1.0))
                .hasMessage("metric bars: a Double does not fit unit count (count: Integer, time: Instant, others: Double)");
        assertThatThrownBy(() -> new MetricValue("x", "X", "percent", 1.0)).hasMessageContaining("unit 'percent' not understood");
    }
}
