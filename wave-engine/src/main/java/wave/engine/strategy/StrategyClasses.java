package wave.engine.strategy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Locale;

/**
 * Turns a user's strategy class into a {@link StrategyDefinition}: a public, non-abstract subclass of {@link Strategy}
 * with a public constructor taking its parameter record (the same shape as the bundled strategies), named after the
 * class in kebab case ({@code MyMeanReversion} becomes {@code my-mean-reversion}).
 */
public final class StrategyClasses {
    private StrategyClasses() {
    }

    /**
     * The definition of a strategy class.
     *
     * @throws IllegalArgumentException naming the class and what it lacks
     */
    public static StrategyDefinition<?> definition(Class<?> type) {
        if (!Strategy.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a strategy: it must extend " + Strategy.class.getName());
        }
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " must be a public, non-abstract class");
        }
        Constructor<?> constructor = null;
        for (Constructor<?> candidate : type.getConstructors()) {
            if (candidate.getParameterCount() == 1 && candidate.getParameterTypes()[0].isRecord()) {
                constructor = candidate;
            }
        }
        if (constructor == null) {
            throw new IllegalArgumentException(type.getName() + " needs a public constructor taking its parameter record, "
                    + "e.g. public " + type.getSimpleName() + "(Params params)");
        }
        return definition(type, constructor, constructor.getParameterTypes()[0].asSubclass(Record.class));
    }

    private static <P extends Record> StrategyDefinition<P> definition(Class<?> type, Constructor<?> constructor,
                                                                       Class<P> paramsType) {
        return new StrategyDefinition<>(kebabCase(type.getSimpleName()), "user strategy " + type.getName(), paramsType,
                params -> instantiate(type, constructor, params));
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> Strategy<P> instantiate(Class<?> type, Constructor<?> constructor, P params) {
        try {
            return (Strategy<P>) constructor.newInstance(params);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(type.getName() + " failed to start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** {@code MyMeanReversion} to {@code my-mean-reversion}; acronyms as words ({@code RsiTrend} to {@code rsi-trend}). */
    static String kebabCase(String simpleName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
