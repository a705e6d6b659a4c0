package wave.engine.strategy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The valid (and optimisable) range of a numeric strategy parameter, inclusive at both ends. Put it on a
 * component of the strategy's parameter record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Range {
    /** Smallest valid value. */
    double min();

    /** Largest valid value. */
    double max();
}
