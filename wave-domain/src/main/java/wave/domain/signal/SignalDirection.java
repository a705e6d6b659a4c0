package wave.domain.signal;

/** Which way a signal points. */
public enum SignalDirection {
    /** Expect the price to rise: hold or add a long position. */
    LONG,
    /** Expect the price to fall: hold or add a short position. */
    SHORT,
    /** No view, or close: hold nothing. */
    FLAT
}
