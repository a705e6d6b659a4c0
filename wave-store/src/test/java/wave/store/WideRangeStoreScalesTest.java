package wave.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.domain.money.RangeMode;
import wave.domain.money.Scales;

/**
 * In a wide-range JVM ({@code -Dwave.range=wide}), a new store takes the wide scales, and a store holding values
 * written in the standard range is refused with an error naming the store and both scales (its raw longs would be
 * misread by 100 and 1000 times).
 */
@Tag("wide-range")
class WideRangeStoreScalesTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreTakesTheWideScales() {
        assertThat(Scales.MODE).isEqualTo(RangeMode.WIDE);
        StoreUrl url = StoreUrl.sqlite(dir.resolve("wide.db"));
        try (Store store = Store.open(url)) {
            assertThat(scales(store)).isEqualTo("11 6 6 9");
        }
        try (Store again = Store.open(url)) {
            assertThat(scales(again)).isEqualTo("11 6 6 9");
        }
    }

    @Test
    void aStoreWrittenInTheStandardRangeIsRefused() {
        StoreUrl url = StoreUrl.sqlite(dir.resolve("standard.db"));
        try (Store store = Store.open(url)) {
            store.jdbi().useHandle(h -> {
                h.execute("UPDATE fixed_point_scales SET price_digits = 9, quantity_digits = 9, money_digits = 9");
                h.execute("INSERT INTO bar_series (symbol, instrument, bar_length, label, bars, first_ts_nanos, last_ts_nanos) "
                        + "VALUES ('ORCL', 'ORCL.SIM', '1d', 'start', 0, 0, 0)");
            });
        }
        assertThatThrownBy(() -> Store.open(url)).isInstanceOf(StoreException.class)
                .hasMessage("the store " + url + " holds values at prices 9, quantities 9, money 9 decimals (range standard), "
                        + "but this Wave runs at prices 11, quantities 6, money 6 decimals (range wide); open it with "
                        + "WAVE_RANGE=standard, or use another store (--store-url or --home)");
    }

    private static String scales(Store store) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT price_digits || ' ' || quantity_digits || ' ' || money_digits "
                + "|| ' ' || ratio_digits FROM fixed_point_scales").mapTo(String.class).one());
    }
}
