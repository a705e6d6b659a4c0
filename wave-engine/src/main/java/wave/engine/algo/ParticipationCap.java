package wave.engine.algo;

import wave.domain.money.FixedPoint;

/**
 * At most a fraction of each bar's expected volume per child order.
 *
 * @param fractionRaw the largest share of a bar's volume, a raw ratio in (0, 1] (0.1: at most 10%)
 * @param volumes     the expected volume of each bar
 */
public record ParticipationCap(long fractionRaw, VolumeProfile volumes) {
    /** Requires a fraction in (0, 1] and a profile. */
    public ParticipationCap {
        if (fractionRaw <= 0 || fractionRaw > FixedPoint.ratioOfUnits(1)) {
            throw new IllegalArgumentException("participation cap must be above 0% and at most 100%, got "
                    + FixedPoint.formatRatio(fractionRaw));
        }
        if (volumes == null) {
            throw new IllegalArgumentException("participation cap needs a volume profile");
        }
    }

    /** A cap of {@code percent} (e.g. "10") of each bar's volume. */
    public static ParticipationCap percent(String percent, VolumeProfile volumes) {
        return new ParticipationCap(FixedPoint.parseRatio(percent) / 100, volumes);
    }

    /** The largest child of the bar starting at {@code atNanos}: the fraction of its expected volume, down to a lot. */
    public long capRaw(long atNanos, long lotRaw) {
        long volume = FixedPoint.quantityFromDouble(volumes.expectedVolume(atNanos));
        return FixedPoint.floorToUnit(FixedPoint.timesRatio(volume, fractionRaw), lotRaw);
    }

    /** The caps of slices at {@code atNanos}. */
    long[] capsRaw(long[] atNanos, long lotRaw) {
        long[] caps = new long[atNanos.length];
        for (int i = 0; i < atNanos.length; i++) {
            caps[i] = capRaw(atNanos[i], lotRaw);
        }
        return caps;
    }
}
