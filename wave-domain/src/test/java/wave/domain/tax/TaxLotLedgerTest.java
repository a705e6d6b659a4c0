package wave.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;

/**
 * Tax lots of a scripted sequence against tables made by hand: three buys (100 at 10, 50 at 12, 50 at 11, fees 1.00,
 * 0.50, 0.50), a sale of 120 at 13 (fee 1.20), a sale of 130 at 9 (fee 1.30) that closes the last 80 and opens a short
 * of 50, and a purchase of 50 at 8 (fee 0.40) that covers it. Every method's gains add up to 175.10: sales 2,730 less
 * purchases 2,550 less fees 4.90.
 */
class TaxLotLedgerTest {
    private static final InstrumentId ABC = InstrumentId.of("ABC");
    private static final Function<InstrumentId, Instrument> INSTRUMENTS = id -> id.equals(ABC) ? Equity.usd(ABC) : null;

    private static final List<OrderFilled> SCRIPT = List.of(
            fill(1, "2024-01-02", OrderSide.BUY, 100, "10", "1.00"),
            fill(2, "2024-02-01", OrderSide.BUY, 50, "12", "0.50"),
            fill(3, "2024-03-01", OrderSide.BUY, 50, "11", "0.50"),
            fill(4, "2024-04-01", OrderSide.SELL, 120, "13", "1.20"),
            fill(5, "2024-05-01", OrderSide.SELL, 130, "9", "1.30"),
            fill(6, "2024-06-03", OrderSide.BUY, 50, "8", "0.40"));

    @Test
    void fifoEqualsTheHandMadeTable() {
        assertThat(rows(TaxLotLedger.closedLots(SCRIPT, LotMethod.FIFO, INSTRUMENTS))).containsExactly(
                "LONG 2024-01-02 2024-04-01 100 1001 1299 298 O-1 O-4",
                "LONG 2024-02-01 2024-04-01 20 240.2 259.8 19.6 O-2 O-4",
                "LONG 2024-02-01 2024-05-01 30 360.3 269.7 -90.6 O-2 O-5",
                "LONG 2024-03-01 2024-05-01 50 550.5 449.5 -101 O-3 O-5",
                "SHORT 2024-05-01 2024-06-03 50 400.4 449.5 49.1 O-5 O-6");
    }

    @Test
    void lifoClosesTheNewestLotFirst() {
        assertThat(rows(TaxLotLedger.closedLots(SCRIPT, LotMethod.LIFO, INSTRUMENTS))).containsExactly(
                "LONG 2024-03-01 2024-04-01 50 550.5 649.5 99 O-3 O-4",
                "LONG 2024-02-01 2024-04-01 50 600.5 649.5 49 O-2 O-4",
                "LONG 2024-01-02 2024-04-01 20 200.2 259.8 59.6 O-1 O-4",
                "LONG 2024-01-02 2024-05-01 80 800.8 719.2 -81.6 O-1 O-5",
                "SHORT 2024-05-01 2024-06-03 50 400.4 449.5 49.1 O-5 O-6");
    }

    @Test
    void hifoClosesTheHighestCostPerShareFirst() {
        // cost per share with fees: O-1 10.01, O-2 12.01, O-3 11.01
        assertThat(rows(TaxLotLedger.closedLots(SCRIPT, LotMethod.HIFO, INSTRUMENTS))).containsExactly(
                "LONG 2024-02-01 2024-04-01 50 600.5 649.5 49 O-2 O-4",
                "LONG 2024-03-01 2024-04-01 50 550.5 649.5 99 O-3 O-4",
                "LONG 2024-01-02 2024-04-01 20 200.2 259.8 59.6 O-1 O-4",
                "LONG 2024-01-02 2024-05-01 80 800.8 719.2 -81.6 O-1 O-5",
                "SHORT 2024-05-01 2024-06-03 50 400.4 449.5 49.1 O-5 O-6");
    }

    @Test
    void everyMethodRealisesTheSameTotalOnceFlat() {
        for (LotMethod method : LotMethod.values()) {
            long total = TaxLotLedger.closedLots(SCRIPT, method, INSTRUMENTS).stream().mapToLong(TaxLot::gainRaw).sum();
            assertThat(FixedPoint.formatMoney(total)).as(method.name()).isEqualTo("175.1");
        }
    }

    @Test
    void hifoOnShortsCoversTheLowestProceedsFirst() {
        List<OrderFilled> shorts = List.of(
                fill(1, "2024-01-02", OrderSide.SELL, 10, "25", "0"),
                fill(2, "2024-01-03", OrderSide.SELL, 10, "20", "0"),
                fill(3, "2024-01-04", OrderSide.BUY, 10, "22", "0"));
        assertThat(rows(TaxLotLedger.closedLots(shorts, LotMethod.HIFO, INSTRUMENTS)))
                .containsExactly("SHORT 2024-01-03 2024-01-04 10 220 200 -20 O-2 O-3");
        assertThat(rows(TaxLotLedger.closedLots(shorts, LotMethod.FIFO, INSTRUMENTS)))
                .containsExactly("SHORT 2024-01-02 2024-01-04 10 220 250 30 O-1 O-3");
    }

    @Test
    void specificIdentificationClosesTheChosenLotsThenFallsBack() {
        SpecificLots chosen = new SpecificLots(Map.of(new ClientOrderId(4), List.of(new ClientOrderId(3))), LotMethod.FIFO);
        assertThat(rows(TaxLotLedger.closedLots(SCRIPT.subList(0, 4), chosen, INSTRUMENTS))).containsExactly(
                "LONG 2024-03-01 2024-04-01 50 550.5 649.5 99 O-3 O-4",
                "LONG 2024-01-02 2024-04-01 70 700.7 909.3 208.6 O-1 O-4");
    }

    @Test
    void openLotsKeepWhatIsLeftAndSplitsRestateThem() {
        TaxLotLedger ledger = new TaxLotLedger(LotMethod.FIFO, INSTRUMENTS);
        SCRIPT.subList(0, 4).forEach(ledger::apply);
        ledger.split(ABC, FixedPoint.parseRatio("2"), FixedPoint.quantityOfUnits(160), 0, 0);
        List<OpenLot> open = ledger.open(ABC);
        assertThat(open).extracting(l -> FixedPoint.formatQuantity(l.quantityRaw()) + " " + FixedPoint.formatMoney(l.amountRaw()))
                .containsExactly("60 360.3", "100 550.5");
    }

    @Test
    void aSplitsFractionPaidInCashClosesFromTheNewestLot() {
        // 3 shares at 10 and 2 at 12, a 3:2 split: 4.5 and 3 shares, of which the position keeps 7; the half share is
        // sold from the newest lot for 3.50 in cash
        TaxLotLedger ledger = new TaxLotLedger(LotMethod.FIFO, INSTRUMENTS);
        ledger.apply(fill(1, "2024-01-02", OrderSide.BUY, 3, "10", "0"));
        ledger.apply(fill(2, "2024-01-03", OrderSide.BUY, 2, "12", "0"));
        long splitTs = LocalDate.parse("2024-02-01").atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        ledger.split(ABC, FixedPoint.parseRatio("1.5"), FixedPoint.quantityOfUnits(7), FixedPoint.parseMoney("3.5"), splitTs);

        assertThat(ledger.closed()).hasSize(1);
        TaxLot fraction = ledger.closed().getFirst();
        // the newest lot: 3 shares costing 24, of which half a share costs 4
        assertThat(List.of(FixedPoint.formatQuantity(fraction.quantityRaw()), FixedPoint.formatMoney(fraction.costBasisRaw()),
                FixedPoint.formatMoney(fraction.proceedsRaw()), FixedPoint.formatMoney(fraction.gainRaw())))
                .containsExactly("0.5", "4", "3.5", "-0.5");
        assertThat(fraction.closeOrder()).isNull();
        assertThat(date(fraction.closeTsNanos())).isEqualTo(LocalDate.parse("2024-02-01"));
        assertThat(ledger.open(ABC)).extracting(l -> FixedPoint.formatQuantity(l.quantityRaw()) + " "
                + FixedPoint.formatMoney(l.amountRaw())).containsExactly("4.5 30", "2.5 20");
    }

    @Test
    void aPartialCloseSharesTheFeeExactly() {
        // 3 shares at 10 with a fee of 0.10 (basis 30.10), sold one at a time: a third of 30.10, half of what is left
        // (10.0333333335, half-even), then the rest.
        List<OrderFilled> fills = List.of(
                fill(1, "2024-01-02", OrderSide.BUY, 3, "10", "0.10"),
                fill(2, "2024-01-03", OrderSide.SELL, 1, "11", "0"),
                fill(3, "2024-01-04", OrderSide.SELL, 1, "11", "0"),
                fill(4, "2024-01-05", OrderSide.SELL, 1, "11", "0"));
        assertThat(TaxLotLedger.closedLots(fills, LotMethod.FIFO, INSTRUMENTS))
                .extracting(l -> FixedPoint.formatMoney(l.costBasisRaw()))
                .containsExactly("10.033333333", "10.033333334", "10.033333333");
    }

    @Test
    void refusesAnUnknownInstrumentAndAnUnknownMethod() {
        OrderFilled other = new OrderFilled(new ClientOrderId(9), 0, InstrumentId.of("XYZ"), OrderSide.BUY,
                FixedPoint.quantityOfUnits(1), FixedPoint.parsePrice("1"), 0, Currency.USD);
        assertThatThrownBy(() -> new TaxLotLedger(LotMethod.FIFO, INSTRUMENTS).apply(other))
                .hasMessage("fill of O-9: unknown instrument XYZ.SIM");
        assertThatThrownBy(() -> LotMethod.parse("average"))
                .hasMessage("unknown lot method 'average': expected fifo, lifo or hifo");
    }

    private static OrderFilled fill(long sequence, String date, OrderSide side, long quantity, String price, String fee) {
        long ts = LocalDate.parse(date).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        return new OrderFilled(new ClientOrderId(sequence), ts, ABC, side, FixedPoint.quantityOfUnits(quantity),
                FixedPoint.parsePrice(price), FixedPoint.parseMoney(fee), Currency.USD);
    }

    private static List<String> rows(List<TaxLot> lots) {
        return lots.stream().map(l -> l.side() + " " + date(l.openTsNanos()) + " " + date(l.closeTsNanos()) + " "
                + FixedPoint.formatQuantity(l.quantityRaw()) + " " + FixedPoint.formatMoney(l.costBasisRaw()) + " "
                + FixedPoint.formatMoney(l.proceedsRaw()) + " " + FixedPoint.formatMoney(l.gainRaw()) + " "
                + l.openOrder() + " " + l.closeOrder()).toList();
    }

    private static LocalDate date(long nanos) {
        return LocalDate.ofEpochDay(Math.floorDiv(nanos, 86_400_000_000_000L));
    }
}
