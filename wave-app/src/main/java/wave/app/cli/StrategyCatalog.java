package wave.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import wave.engine.strategy.StrategyClasses;
import wave.engine.strategy.StrategyDefinition;
import wave.engine.strategy.StrategyProvider;
import wave.strategies.BundledStrategies;

/**
 * The strategies a command can use: the bundled ones, those contributed by {@link StrategyProvider} plugins found on
 * a user class path (jars or class directories), and any strategy class on it named with {@code --strategy-class}.
 */
final class StrategyCatalog {
    private final ClassLoader loader;
    private final Map<String, StrategyDefinition<?>> byName = new LinkedHashMap<>();

    private StrategyCatalog(ClassLoader loader) {
        this.loader = loader;
        for (StrategyDefinition<?> definition : BundledStrategies.all()) {
            byName.put(definition.name(), definition);
        }
        for (StrategyDefinition<?> definition : BundledStrategies.portfolios()) {
            byName.put(definition.name(), definition);
        }
    }

    /** The bundled strategies only. */
    static StrategyCatalog bundled() {
        return new StrategyCatalog(StrategyCatalog.class.getClassLoader());
    }

    /**
     * The bundled strategies and the plugins on {@code classpath}.
     *
     * @throws IllegalArgumentException if an entry does not exist, a plugin cannot load, or two strategies share a name
     */
    static StrategyCatalog of(List<Path> classpath) {
        if (classpath.isEmpty()) {
            return bundled();
        }
        StrategyCatalog catalog = new StrategyCatalog(new URLClassLoader("wave-user", urls(classpath),
                StrategyCatalog.class.getClassLoader()));
        catalog.loadPlugins();
        return catalog;
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new IllegalArgumentException("--classpath " + entry + ": no such jar or directory");
            }
            try {
                urls.add(entry.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(new IOException("--classpath " + entry + ": " + e.getMessage(), e));
            }
        }
        return urls.toArray(URL[]::new);
    }

    private void loadPlugins() {
        try {
            for (StrategyProvider provider : ServiceLoader.load(StrategyProvider.class, loader)) {
                for (StrategyDefinition<?> definition : provider.strategies()) {
                    StrategyDefinition<?> previous = byName.putIfAbsent(definition.name(), definition);
                    if (previous != null) {
                        throw new IllegalArgumentException("strategy name '" + definition.name() + "' of plugin "
                                + provider.getClass().getName() + " is already taken (" + previous.description() + ")");
                    }
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("a strategy plugin on --classpath cannot load: " + e.getMessage(), e);
        }
    }

    /** Every strategy, bundled first, then plugins in class-path order. */
    List<StrategyDefinition<?>> all() {
        return List.copyOf(byName.values());
    }

    /**
     * A strategy by name.
     *
     * @throws IllegalArgumentException listing the valid names
     */
    StrategyDefinition<?> byName(String name) {
        StrategyDefinition<?> definition = byName.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'; valid strategies: "
                    + String.join(", ", byName.keySet()));
        }
        return definition;
    }

    /**
     * A strategy class on the user class path, by its fully qualified name.
     *
     * @throws IllegalArgumentException if it is not found or is not a usable strategy
     */
    StrategyDefinition<?> byClass(String className) {
        try {
            return StrategyClasses.definition(Class.forName(className, true, loader));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("strategy class " + className + " not found"
                    + (loader instanceof URLClassLoader ? " on --classpath" : "; give the jar or class directory with --classpath"));
        } catch (LinkageError e) {
            throw new IllegalArgumentException("strategy class " + className + " cannot load: " + e);
        }
    }
}
