package wave.llm.prompt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Rsi;
import wave.indicators.volatility.Atr;
import wave.llm.Tokens;

/**
 * Turns market context into a compact prompt, as of a decision time: the last bars known at that time, indicator
 * values computed from those bars alone (wave-indicators), the position and the account. Every number in the prompt
 * is Wave's, quoted to the model; the model is told to use only them and never asked for a price. Bars after the
 * decision time are never read, so the prompt for a time is the same whatever the series holds after it. Older bars
 * are left out until the estimated tokens fit the budget.
 */
public final class PromptBuilder {
    private final PromptSettings settings;

    /** A builder with these settings. */
    public PromptBuilder(PromptSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The settings. */
    public PromptSettings settings() {
        return settings;
    }

    /**
     * The prompt for the series' instrument as of {@code asOfNanos}.
     *
     * @param asOfNanos the decision time: bars stamped at or before it are known
     * @throws IllegalArgumentException when no bar is known by then, or one bar alone does not fit the token budget
     */
    public Prompt build(BarSeries series, long asOfNanos, AccountSummary account) {
        int known = knownBars(series, asOfNanos);
        if (known == 0) {
            throw new IllegalArgumentException("no bar of " + series.instrument() + " is known at " + instant(asOfNanos));
        }
        double[] high = Arrays.copyOf(series.highs(), known);
        double[] low = Arrays.copyOf(series.lows(), known);
        double[] close = Arrays.copyOf(series.closes(), known);
        String indicators = "SMA(" + settings.smaFast() + ")=" + last(Sma.compute(close, settings.smaFast()))
                + ", SMA(" + settings.smaSlow() + ")=" + last(Sma.compute(close, settings.smaSlow()))
                + ", RSI(" + settings.rsiPeriod() + ")=" + last(Rsi.compute(close, settings.rsiPeriod()))
                + ", ATR(" + settings.atrPeriod() + ")=" + last(Atr.compute(high, low, close, settings.atrPeriod()));
        for (int shown = Math.min(settings.bars(), known); shown >= 1; shown--) {
            String text = text(series, known, shown, indicators, account);
            int tokens = Tokens.estimate(text);
            if (tokens <= settings.maxPromptTokens()) {
                return new Prompt(series.instrument(), text, series.tsNanos(known - 1), tokens, shown);
            }
        }
        throw new IllegalArgumentException("a prompt with one bar of " + series.instrument() + " needs "
                + Tokens.estimate(text(series, known, 1, indicators, account)) + " tokens, more than the budget of "
                + settings.maxPromptTokens());
    }

    private static String text(BarSeries series, int known, int shown, String indicators, AccountSummary account) {
        String symbol = series.instrument().symbol();
        StringBuilder text = new StringBuilder();
        text.append("Instrument: ").append(symbol).append('\n');
        text.append("As of: ").append(time(series.tsNanos(known - 1)))
                .append(" (the last bar below; nothing later is known)\n");
        text.append("Bars, oldest first (time,open,high,low,close,volume):\n");
        for (int i = known - shown; i < known; i++) {
            text.append(time(series.tsNanos(i))).append(',').append(FixedPoint.formatPrice(series.openRaw(i))).append(',')
                    .append(FixedPoint.formatPrice(series.highRaw(i))).append(',').append(FixedPoint.formatPrice(series.lowRaw(i)))
                    .append(',').append(FixedPoint.formatPrice(series.closeRaw(i))).append(',')
                    .append(plain(series.volume(i), 0)).append('\n');
        }
        long first = series.closeRaw(known - shown);
        long lastClose = series.closeRaw(known - 1);
        text.append("Close change over these bars: ").append(percent(first, lastClose)).append('\n');
        text.append("Indicators at the last bar: ").append(indicators).append('\n');
        if (account.quantityRaw() == 0) {
            text.append("Position: none\n");
        } else {
            text.append("Position: ").append(account.quantityRaw() > 0 ? "long " : "short ")
                    .append(FixedPoint.formatQuantity(Math.abs(account.quantityRaw()))).append(" at an average price of ")
                    .append(FixedPoint.formatPrice(account.averagePriceRaw())).append(", unrealised P&L ")
                    .append(FixedPoint.formatMoney(account.unrealizedPnlRaw())).append(' ').append(account.currency()).append('\n');
        }
        text.append("Account: cash ").append(FixedPoint.formatMoney(account.cashRaw())).append(' ').append(account.currency())
                .append(", equity ").append(FixedPoint.formatMoney(account.equityRaw())).append(' ').append(account.currency())
                .append('\n');
        text.append("Task: advise BUY, SELL or HOLD for ").append(symbol)
                .append(". Use only the numbers above; do not state any price that is not among them.");
        return text.toString();
    }

    /** How many bars are stamped at or before the time (binary search: stamps are increasing). */
    static int knownBars(BarSeries series, long asOfNanos) {
        int lo = 0;
        int hi = series.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (series.tsNanos(mid) <= asOfNanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String last(double[] values) {
        double v = values[values.length - 1];
        return Double.isNaN(v) ? "n/a (too few bars)" : plain(v, 4);
    }

    private static String plain(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String percent(long fromRaw, long toRaw) {
        if (fromRaw == 0) {
            return "n/a";
        }
        BigDecimal change = BigDecimal.valueOf(toRaw - fromRaw).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(fromRaw), 2, RoundingMode.HALF_EVEN);
        return (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%";
    }

    /** A date for bars stamped at midnight UTC (daily and longer), else the instant. */
    private static String time(long nanos) {
        Instant instant = instant(nanos);
        return instant.atZone(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)
                ? instant.atZone(ZoneOffset.UTC).toLocalDate().toString() : instant.toString();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
