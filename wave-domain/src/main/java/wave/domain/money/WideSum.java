package wave.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A running total of raw amounts (money scale) in 128 bits, for totals that may outgrow a {@code long} long
 * before any single value does (e.g. the notional traded over a long, active run: about 1.7e29 units fit). Adding
 * allocates nothing; reading the total as a decimal allocates. Not thread-safe.
 */
public final class WideSum {
    private static final double TWO_TO_64 = 18446744073709551616.0;

    private long high;
    private long low;

    /** Adds a raw value (either sign). */
    public void add(long raw) {
        long sum = low + raw;
        long carry = Long.compareUnsigned(sum, low) < 0 ? 1 : 0;
        high += (raw >> 63) + carry;
        low = sum;
    }

    /** The total as an exact decimal (units, at the money scale). */
    public BigDecimal toBigDecimal() {
        BigInteger raw = BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
        return new BigDecimal(raw, Scales.MONEY_DIGITS);
    }

    /** The total in units as the nearest double (relative error about 1e-16). */
    public double toDouble() {
        if (high == low >> 63) {
            return (double) low / Scales.MONEY; // fits one long: exact up to the double's rounding
        }
        double unsignedLow = (low >>> 1) * 2.0 + (low & 1);
        return (high * TWO_TO_64 + unsignedLow) / Scales.MONEY;
    }
}
