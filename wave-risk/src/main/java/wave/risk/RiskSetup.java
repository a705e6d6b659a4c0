package wave.risk;

import java.util.Objects;

/**
 * A resolved risk configuration.
 *
 * @param description how it was chosen, for summaries ({@code conservative with 2 keys overridden})
 * @param config      the limits and breakers
 * @param sectors     the sector map of the {@code sectors} key, or {@link SectorMap#NONE}
 */
public record RiskSetup(String description, RiskConfig config, SectorMap sectors) {
    /** Requires every field. */
    public RiskSetup {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sectors, "sectors");
    }
}
