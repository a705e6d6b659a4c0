package wave.store;

import java.util.Optional;
import wave.domain.money.Scales;

/**
 * The fixed-point scales of the raw values a store holds (table {@code fixed_point_scales}, schema version 4). Raw
 * {@code long}s written in one range mode mean other numbers in the other (a price of 1 is 10^9 raw in the standard
 * range, 10^11 in the wide one), so a store is only read and written at the scales it was written at: an empty store
 * takes this JVM's scales, a store holding runs or bars at other scales is refused with an error naming both.
 */
final class StoreScales {
    /** The schema version that added the table. */
    static final int SINCE_VERSION = 4;

    private StoreScales() {
    }

    /**
     * Checks that {@code store} holds values at this JVM's scales ({@link Scales}), first adopting them if it holds
     * nothing yet.
     *
     * @throws StoreException naming the store, its scales and this JVM's, when they differ and it holds data
     */
    static void check(Store store) {
        int[] here = {Scales.PRICE_DIGITS, Scales.QUANTITY_DIGITS, Scales.MONEY_DIGITS, Scales.RATIO_DIGITS};
        int[] stored = StoreCalls.call(store, "read the fixed-point scales of", () -> store.jdbi().withHandle(h -> {
            Optional<int[]> row = h.createQuery("SELECT price_digits, quantity_digits, money_digits, ratio_digits "
                            + "FROM fixed_point_scales WHERE id = 1")
                    .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}).findOne();
            return row.orElse(null);
        }));
        if (stored != null && java.util.Arrays.equals(stored, here)) {
            return;
        }
        boolean empty = StoreCalls.call(store, "count the runs and bar series of", () -> store.jdbi().withHandle(h ->
                h.createQuery("SELECT (SELECT COUNT(*) FROM run) + (SELECT COUNT(*) FROM bar_series)").mapTo(Long.class).one() == 0));
        if (stored == null || empty) {
            StoreCalls.call(store, "record the fixed-point scales of", () -> store.jdbi().inTransaction(h -> {
                h.execute("DELETE FROM fixed_point_scales");
                return h.execute("INSERT INTO fixed_point_scales (id, price_digits, quantity_digits, money_digits, ratio_digits) "
                        + "VALUES (1, ?, ?, ?, ?)", here[0], here[1], here[2], here[3]);
            }));
            return;
        }
        throw new StoreException("the store " + store.url() + " holds values at " + describe(stored) + " (range "
                + rangeOf(stored) + "), but this Wave runs at " + describe(here) + " (range " + Scales.MODE.label()
                + "); open it with WAVE_RANGE=" + rangeOf(stored) + ", or use another store (--store-url or --home)");
    }

    private static String describe(int[] digits) {
        return "prices " + digits[0] + ", quantities " + digits[1] + ", money " + digits[2] + " decimals";
    }

    private static String rangeOf(int[] digits) {
        for (wave.domain.money.RangeMode mode : wave.domain.money.RangeMode.values()) {
            if (mode.priceDigits() == digits[0] && mode.quantityDigits() == digits[1] && mode.moneyDigits() == digits[2]) {
                return mode.label();
            }
        }
        return "unknown";
    }
}
