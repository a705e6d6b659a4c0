package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code wave} command pays for what building the command tree loads: picocli instantiates every command and
 * mixin at start-up, so a field that builds an HTTP client (TLS, about 900 classes) or a Jackson mapper (about 500)
 * there made even {@code wave --version} take 0.73 s instead of 0.30 s. A fresh JVM runs {@code --version} with class
 * loading logged, and none of those may appear (a command's option types may name Jackson's tree nodes: a few
 * interfaces, no mapper).
 */
class StartupClassLoadingTest {
    private static final List<String> NOT_AT_STARTUP = List.of("sun.security.ssl.", "java.net.http.", "jdk.internal.net.http.",
            "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.databind.ser.",
            "com.fasterxml.jackson.databind.deser.", "io.javalin.", "org.eclipse.jetty.", "dev.langchain4j.", "org.sqlite.",
            "org.postgresql.", "org.flywaydb.");

    @TempDir
    Path dir;

    @Test
    void buildingTheCommandTreeLoadsNoClientServerOrDatabaseLibrary() throws Exception {
        Path log = dir.resolve("classes.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), WaveCli.class.getName(),
                "--version").redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor()).as("exit status").isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("Wave 0.1.0");

        List<String> loaded = Files.readAllLines(log).stream().filter(line -> line.contains("[class,load]"))
                .map(line -> line.substring(line.indexOf("[class,load]") + "[class,load]".length()).trim().split(" ")[0]).toList();
        assertThat(loaded).as("classes loaded by wave --version").contains(WaveCli.class.getName());
        assertThat(loaded.stream().filter(name -> NOT_AT_STARTUP.stream().anyMatch(name::startsWith)).toList())
                .as("client, server and database classes loaded while building the command tree").isEmpty();
    }
}
