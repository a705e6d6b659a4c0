package wave.indicators.registry;

/** The type of an indicator parameter as typed on a command line. */
public enum ParamType {
    /** A whole number, e.g. a period in bars. */
    INT,
    /** A floating-point number, e.g. a multiplier. */
    DOUBLE,
    /** One of a fixed set of lower-case names, e.g. a price field or a moving-average type. */
    ENUM
}
