package wave.domain.portfolio;

/** Direction of a position or a round-trip trade. */
public enum PositionSide {
    /** Holding a positive quantity. */
    LONG,
    /** Holding a negative quantity. */
    SHORT
}
