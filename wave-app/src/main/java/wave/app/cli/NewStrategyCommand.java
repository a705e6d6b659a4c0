package wave.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code wave new-strategy NAME}: writes a documented strategy to start from, in Java or as a spec. */
@Command(name = "new-strategy", mixinStandardHelpOptions = true,
        description = "Write a documented strategy template that compiles and runs as it is (Java, or a spec with --spec).")
final class NewStrategyCommand implements Callable<Integer> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Strategy name, e.g. my-cross (class MyCross) or MyCross.")
    String name;

    @Option(names = "--spec", description = "Write a declarative spec (.toml) instead of a Java class.")
    boolean asSpec;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory to write to (default: the current directory).")
    Path out = Path.of(".");

    @Option(names = "--package", paramLabel = "PKG", description = "Java package of the class (default: none).")
    String packageName;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("strategy name '" + name + "' must start with a letter and hold only letters, "
                    + "digits and '-', e.g. my-cross");
        }
        if (packageName != null && !PACKAGE.matcher(packageName).matches()) {
            throw new IllegalArgumentException("--package '" + packageName + "' is not a Java package name, e.g. com.example");
        }
        Files.createDirectories(out);
        Path file = asSpec ? writeSpec() : writeJava();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + file);
        stdout.println(asSpec ? "Backtest it: ./wave backtest --data FILE --spec " + file
                : "Compile and backtest it: see the first lines of " + file.getFileName());
        return 0;
    }

    private Path writeJava() throws IOException {
        String className = className(name);
        String qualified = packageName == null ? className : packageName + "." + className;
        String text = template("Strategy.java.template")
                .replace("{{PACKAGE}}", packageName == null ? "" : "package " + packageName + ";\n")
                .replace("{{CLASS}}", className)
                .replace("{{QUALIFIED}}", qualified)
                .replace("{{WAVE_JAR}}", waveJar());
        return write(out.resolve(className + ".java"), text);
    }

    private Path writeSpec() throws IOException {
        String kebab = kebab(name);
        Path file = out.resolve(kebab + ".toml");
        return write(file, template("strategy.toml.template").replace("{{NAME}}", kebab).replace("{{FILE}}", file.toString()));
    }

    private static Path write(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; choose another name or --out directory");
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code my-cross} or {@code myCross} to {@code MyCross}. */
    static String className(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code MyCross} or {@code my-cross} to {@code my-cross}. */
    static String kebab(String name) {
        return name.contains("-") ? name.toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The jar this command runs from (what a user compiles against), or a placeholder outside a jar. */
    private static String waveJar() {
        try {
            Path location = Path.of(NewStrategyCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location.toString() : "wave-app/target/wave.jar";
        } catch (Exception e) {
            return "wave-app/target/wave.jar";
        }
    }

    private static String template(String resource) {
        try (InputStream in = NewStrategyCommand.class.getResourceAsStream("/wave/app/templates/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
