package wave.engine.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Bars.ts;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.engine.testkit.Bars;

/** TWAP and VWAP child schedules against schedules computed by hand. */
class ChildScheduleTest {
    private static final long LOT = FixedPoint.quantityOfUnits(1);
    private static final long MINUTE = 60_000_000_000L;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /**
     * Two days of one-minute bars 09:30-09:34 New York (EST): volumes 1000, 600, 400, 300, 700 and 1400, 400, 200, 500,
     * 1300, so the expected volumes are 1200, 500, 300, 400 and 1000 (3400 in all).
     */
    private static final BarSeries HISTORY = Bars.table(Bars.ACME, BarSpec.MINUTE_1, """
            2024-03-04T14:30 O=10 H=10 L=10 C=10 V=1000
            2024-03-04T14:31 O=10 H=10 L=10 C=10 V=600
            2024-03-04T14:32 O=10 H=10 L=10 C=10 V=400
            2024-03-04T14:33 O=10 H=10 L=10 C=10 V=300
            2024-03-04T14:34 O=10 H=10 L=10 C=10 V=700
            2024-03-05T14:30 O=10 H=10 L=10 C=10 V=1400
            2024-03-05T14:31 O=10 H=10 L=10 C=10 V=400
            2024-03-05T14:32 O=10 H=10 L=10 C=10 V=200
            2024-03-05T14:33 O=10 H=10 L=10 C=10 V=500
            2024-03-05T14:34 O=10 H=10 L=10 C=10 V=1300
            """);

    @Test
    void twapSplitsAThousandSharesIntoSevenNearlyEqualChildrenAtEqualIntervals() {
        // cumulative targets 1000 x k / 7 rounded down to a share: 142, 285, 428, 571, 714, 857, then 1000
        long start = ts("2024-03-12T13:30");
        ChildSchedule schedule = Twap.schedule(FixedPoint.quantityOfUnits(1000), start, start + 30 * MINUTE, 7, LOT, null);

        assertThat(quantities(schedule)).containsExactly(142L, 143L, 143L, 143L, 143L, 143L, 143L);
        // 1800 s / 7 = 257.142857142... s, each time rounded down to the nanosecond
        assertThat(schedule.children()).extracting(c -> c.atNanos() - start).containsExactly(0L, 257_142_857_142L,
                514_285_714_285L, 771_428_571_428L, 1_028_571_428_571L, 1_285_714_285_714L, 1_542_857_142_857L);
        assertThat(schedule.unplacedRaw()).isZero();
    }

    @Test
    void twapUnderAParticipationCapCarriesWhatACapHoldsBackToTheNextSlice() {
        // four slices of 250 at 09:30-09:33 (expected volumes 1200, 500, 300, 400): caps at 25% are 300, 125, 75, 100
        long start = ts("2024-03-12T13:30");
        VolumeProfile profile = VolumeProfile.of(HISTORY, NEW_YORK);
        ChildSchedule capped = Twap.schedule(FixedPoint.quantityOfUnits(1000), start, start + 4 * MINUTE, 4, LOT,
                ParticipationCap.percent("25", profile));

        // 250; 250 -> 125 (125 carried); 375 -> 75 (300 carried); 550 -> 100: 450 left unplaced
        assertThat(quantities(capped)).containsExactly(250L, 125L, 75L, 100L);
        assertThat(capped.unplacedRaw()).isEqualTo(FixedPoint.quantityOfUnits(450));
        assertThat(capped.scheduledRaw() + capped.unplacedRaw()).isEqualTo(FixedPoint.quantityOfUnits(1000));
    }

    @Test
    void vwapFollowsTheVolumeProfileOnTheExchangeClockAcrossDaylightSaving() {
        // 2024-03-12 is after the switch to EDT: 09:30 New York is 13:30 UTC, where the history's 09:30 was 14:30 UTC
        long start = ts("2024-03-12T13:30");
        VolumeProfile profile = VolumeProfile.of(HISTORY, NEW_YORK);
        assertThat(profile.expectedVolume(start)).isEqualTo(1200.0);
        assertThat(profile.days(start)).isEqualTo(2);
        // a time inside a bar reads that bar; after the last bar's end there is none
        assertThat(profile.expectedVolume(start + MINUTE + MINUTE / 2)).isEqualTo(500.0);
        assertThat(profile.expectedVolume(start + 5 * MINUTE)).isZero();

        // window 09:30-09:36: the 09:35 bar has no history and gets nothing; cumulative weights 1200, 1700, 2000, 2400,
        // 3400 of 3400 give targets 352, 500, 588, 705, 1000
        ChildSchedule schedule = Vwap.schedule(FixedPoint.quantityOfUnits(1000), start, start + 6 * MINUTE, MINUTE, profile,
                LOT, null);
        assertThat(quantities(schedule)).containsExactly(352L, 148L, 88L, 117L, 295L);
        assertThat(schedule.children()).extracting(ChildOrder::atNanos).containsExactly(start, start + MINUTE,
                start + 2 * MINUTE, start + 3 * MINUTE, start + 4 * MINUTE);
    }

    @Test
    void vwapUnderAParticipationCap() {
        long start = ts("2024-03-12T13:30");
        VolumeProfile profile = VolumeProfile.of(HISTORY, NEW_YORK);
        ChildSchedule capped = Vwap.schedule(FixedPoint.quantityOfUnits(1000), start, start + 5 * MINUTE, MINUTE, profile,
                LOT, ParticipationCap.percent("25", profile));

        // caps 300, 125, 75, 100, 250: 352 -> 300 (52 carried); 200 -> 125 (75); 163 -> 75 (88); 205 -> 100 (105);
        // 400 -> 250, 150 unplaced
        assertThat(quantities(capped)).containsExactly(300L, 125L, 75L, 100L, 250L);
        assertThat(capped.unplacedRaw()).isEqualTo(FixedPoint.quantityOfUnits(150));
    }

    @Test
    void refusesWhatCannotBeScheduled() {
        long start = ts("2024-03-12T13:30");
        VolumeProfile profile = VolumeProfile.of(HISTORY, NEW_YORK);
        assertThatThrownBy(() -> Twap.schedule(FixedPoint.parseQuantity("10.5"), start, start + MINUTE, 2, LOT, null))
                .hasMessage("parent quantity must be a positive whole number of lots (1), got 10.5");
        assertThatThrownBy(() -> Vwap.schedule(LOT, start + 10 * MINUTE, start + 20 * MINUTE, MINUTE, profile, LOT, null))
                .hasMessage("every slice has weight 0 (no expected volume in the window)");
        assertThatThrownBy(() -> VolumeProfile.of(Bars.table("2024-01-02 O=1 H=1 L=1 C=1 V=5"), NEW_YORK))
                .hasMessage("a volume profile needs intraday bars, got 1d bars of ACME.SIM");
        assertThatThrownBy(() -> ParticipationCap.percent("150", profile))
                .hasMessage("participation cap must be above 0% and at most 100%, got 1.5");
    }

    private static List<Long> quantities(ChildSchedule schedule) {
        return schedule.children().stream().map(c -> c.quantityRaw() / LOT).toList();
    }
}
