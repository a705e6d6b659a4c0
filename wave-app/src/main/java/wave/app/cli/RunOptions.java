package wave.app.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wave.data.csv.LoadOptions;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.Equity;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.money.Scales;
import wave.engine.account.AccountConfig;
import wave.engine.backtest.BacktestConfig;
import wave.engine.execution.ExecutionConfig;
import wave.engine.execution.FeeModel;
import wave.engine.execution.FixedFeeModel;
import wave.engine.execution.IntrabarPath;
import wave.engine.execution.PerShareFeeModel;
import wave.engine.execution.PercentFeeModel;
import wave.engine.execution.SizingPrice;
import wave.engine.order.Sizing;

/** Account, fee, sizing and data options shared by the commands that run backtests. */
final class RunOptions {
    @Option(names = "--cash", defaultValue = "100000", paramLabel = "AMOUNT", description = "Starting cash (default: ${DEFAULT-VALUE}).")
    String cash;

    @Option(names = "--currency", defaultValue = "USD", paramLabel = "CODE", description = "Account and quote currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--fee-pct", paramLabel = "PERCENT", description = "Fee per fill as a percentage of notional, e.g. 0.1.")
    String feePercent;

    @Option(names = "--fee-per-share", paramLabel = "AMOUNT", description = "Fee per share or contract (with --fee-min).")
    String feePerShare;

    @Option(names = "--fee-min", defaultValue = "0", paramLabel = "AMOUNT", description = "Minimum fee per fill for --fee-per-share (default: ${DEFAULT-VALUE}).")
    String feeMinimum;

    @Option(names = "--fee-fixed", paramLabel = "AMOUNT", description = "Fixed fee per fill.")
    String feeFixed;

    @Option(names = "--sizing", defaultValue = "all-in", paramLabel = "RULE",
            description = "Entry size: all-in, fixed:<quantity> or percent:<0-100> of equity (default: ${DEFAULT-VALUE}).")
    String sizing;

    @Mixin
    LoadingOptions loading;

    @Option(names = "--calendar", defaultValue = "24/7", paramLabel = "nyse|nasdaq|fx|24/7",
            description = "Market sessions: daily bars are handled at the session close, DAY orders end there (default: ${DEFAULT-VALUE}, one session per UTC day).")
    String calendar;

    @Mixin
    PeriodsPerYear periods;

    @Option(names = "--latency-bars", defaultValue = "0", paramLabel = "N",
            description = "Extra bars an order takes to reach the market: it fills on bar t+1+N (default: ${DEFAULT-VALUE}).")
    String latencyBars;

    @Option(names = "--max-volume-pct", defaultValue = "100", paramLabel = "PERCENT",
            description = "Largest share of each bar's volume the orders may fill; the rest fills later (default: ${DEFAULT-VALUE}, no cap).")
    String maxVolumePercent;

    @Option(names = "--slippage", defaultValue = "none", paramLabel = "none|bps:B|spread-bps:S|sqrt:K",
            description = {"Price move against each fill: fixed basis points, half of a spread in basis points, or square-root",
                    "impact with coefficient K over " + ExecutionOptions.SQRT_WINDOW_BARS + " bars of volatility (default: ${DEFAULT-VALUE})."})
    String slippage;

    @Option(names = "--slippage-outside-bar", negatable = true,
            description = "Let slippage move a fill's price beyond its bar's high (buys) or low (sells); by default fills "
                    + "stay within the bar and the cost that did not fit is reported.")
    boolean slippageOutsideBar;

    @Option(names = "--margin", paramLabel = "INITIAL/MAINTENANCE",
            description = "Margin account with these margin fractions, e.g. 0.5/0.25 (2x buying power); default: a cash account.")
    String margin;

    @Option(names = "--lot-size", paramLabel = "QUANTITY",
            description = "Smallest quantity traded, e.g. 0.000001 for fractional shares as some brokers offer (default: 1 share).")
    String lotSize;

    @Option(names = "--borrow-rate", paramLabel = "PERCENT", description = "Annual borrow fee on short positions, e.g. 3.6 (charged daily, actual/360).")
    String borrowRatePercent;

    @Option(names = "--latency-ms", defaultValue = "0", paramLabel = "MS",
            description = "Order latency in milliseconds for intraday data: an order is matched from the first bar that "
                    + "starts after it arrives (default: ${DEFAULT-VALUE}).")
    long latencyMillis;

    @Option(names = "--intrabar-path", defaultValue = "adverse", paramLabel = "adverse|nearest-extreme",
            description = "Which of several orders reached in one bar fills first: adverse (a bracket's stop-loss) or "
                    + "nearest-extreme (open, nearer extreme, other extreme, close) (default: ${DEFAULT-VALUE}).")
    String intrabarPath;

    @Option(names = "--size-at", defaultValue = "fill", paramLabel = "fill|signal-close",
            description = "Price percent and all-in orders are sized at: the fill price, or the signal bar's close when "
                    + "placed (backtrader's default; a gap up can then make the order unaffordable) (default: ${DEFAULT-VALUE}).")
    String sizeAt;

    @Option(names = "--fill-at-signal-close", negatable = true,
            description = "Lookahead opt-in: fill market orders at the close of the bar that produced them instead of the next open.")
    boolean fillAtSignalClose;

    @Option(names = "--allow-short", negatable = true, description = "Let sells open short positions.")
    boolean allowShort;

    @Option(names = "--close-at-end", negatable = true, description = "Close open positions at the last close (with fees) when the data ends.")
    boolean closeAtEnd;

    /** The loading options, with the run's calendar so that nights and weekends of intraday bars are not gaps. */
    LoadOptions loadOptions() {
        return loading.loadOptions().withCalendar(tradingCalendar());
    }

    BacktestConfig config() {
        Money initial = Money.ofRaw(amount("--cash", "cash", cash), Currency.of(currency));
        BacktestConfig.Builder config = BacktestConfig.builder().initialCash(initial).feeModel(feeModel())
                .sizing(Sizing.parse(sizing)).allowShort(allowShort).closeAtEnd(closeAtEnd)
                .execution(execution()).account(account());
        if (lotSize != null) {
            Quantity lot = lot();
            Currency quote = initial.currency();
            config.instruments(id -> new Equity(id, quote, Price.of("0.01"), lot));
        }
        return config.build();
    }

    /** {@code --lot-size} as a positive quantity. */
    private Quantity lot() {
        long raw;
        try {
            raw = FixedPoint.parseQuantity(lotSize.strip());
        } catch (RuntimeException e) {
            raw = 0;
        }
        if (raw <= 0) {
            throw new IllegalArgumentException("--lot-size '" + lotSize + "' is not a positive quantity with at most "
                    + Scales.QUANTITY_DIGITS + " decimals; expected e.g. 1 or 0.000001");
        }
        return Quantity.ofRaw(raw);
    }

    /** Cash or margin account, with the borrow fee on shorts. */
    AccountConfig account() {
        AccountConfig account = AccountConfig.cash();
        if (margin != null) {
            String[] parts = margin.split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--margin '" + margin + "' not understood; expected INITIAL/MAINTENANCE fractions, e.g. 0.5/0.25");
            }
            try {
                account = AccountConfig.margin(parts[0].trim(), parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--margin '" + margin + "': margins must be numbers, e.g. 0.5/0.25");
            }
        }
        if (borrowRatePercent != null) {
            long percent = amount("--borrow-rate", "borrow rate", borrowRatePercent, " (annual percent, e.g. 3.6)");
            account = account.withBorrowRate(FixedPoint.formatRatio(FixedPoint.ratio(percent, FixedPoint.moneyOfUnits(100))));
        }
        return account;
    }

    /** The venue's execution: calendar, latency, volume cap and slippage. */
    ExecutionConfig execution() {
        return ExecutionConfig.defaults().withCalendar(tradingCalendar())
                .withLatencyBars(ExecutionOptions.latencyBars(latencyBars))
                .withMaxVolumeParticipation(ExecutionOptions.participation(maxVolumePercent))
                .withSlippage(ExecutionOptions.slippage(slippage))
                .withFillAtSignalClose(fillAtSignalClose)
                .withIntrabarPath(intrabarPath())
                .withLatency(latency())
                .withSizingPrice(sizingPrice())
                .withSlippageOutsideBar(slippageOutsideBar);
    }

    private Duration latency() {
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("--latency-ms '" + latencyMillis + "' is not valid; expected milliseconds >= 0");
        }
        return Duration.ofMillis(latencyMillis);
    }

    private IntrabarPath intrabarPath() {
        return switch (intrabarPath) {
            case "adverse" -> IntrabarPath.ADVERSE;
            case "nearest-extreme" -> IntrabarPath.NEAREST_EXTREME_FIRST;
            default -> throw new IllegalArgumentException("--intrabar-path '" + intrabarPath
                    + "' not understood; expected adverse or nearest-extreme");
        };
    }

    private SizingPrice sizingPrice() {
        return switch (sizeAt) {
            case "fill" -> SizingPrice.FILL;
            case "signal-close" -> SizingPrice.SIGNAL_CLOSE;
            default -> throw new IllegalArgumentException("--size-at '" + sizeAt + "' not understood; expected fill or signal-close");
        };
    }

    /** {@code --periods-per-year} as a positive number, or NaN to infer it from the data. */
    double periodsPerYear() {
        return periods.value();
    }

    TradingCalendar tradingCalendar() {
        return CalendarOption.parse(calendar);
    }

    FeeModel feeModel() {
        int given = (feePercent != null ? 1 : 0) + (feePerShare != null ? 1 : 0) + (feeFixed != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("choose one of --fee-pct, --fee-per-share, --fee-fixed");
        }
        if (feePerShare == null && amount("--fee-min", "minimum fee", feeMinimum) != 0) {
            throw new IllegalArgumentException("--fee-min " + feeMinimum + " applies only with --fee-per-share (a minimum "
                    + "per fill of a per-share fee); give --fee-per-share, or drop --fee-min");
        }
        if (feePercent != null) {
            amount("--fee-pct", "fee percentage", feePercent);
            return PercentFeeModel.ofPercent(feePercent);
        }
        if (feePerShare != null) {
            return new PerShareFeeModel(perUnit("--fee-per-share", "fee per share", feePerShare),
                    amount("--fee-min", "minimum fee", feeMinimum));
        }
        if (feeFixed != null) {
            return new FixedFeeModel(amount("--fee-fixed", "fixed fee", feeFixed));
        }
        return FeeModel.none();
    }

    private static long amount(String option, String subject, String text) {
        return amount(option, subject, text, "");
    }

    /**
     * An option's decimal value, raw: text that is not a number, or a value beyond what fixed point holds (e.g.
     * {@code cash 1000000000000 is above the largest amount Wave holds exactly (9223372036.854775807)}), is a one-line
     * usage error.
     *
     * @param subject what the value is, named in the out-of-range error
     * @param hint    appended to the not-a-number error
     */
    private static long amount(String option, String subject, String text, String hint) {
        BigDecimal value = number(option, text, hint);
        try {
            return FixedPoint.moneyFromBigDecimal(value, subject + " " + text.strip());
        } catch (FixedPointOverflowException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** An option's price-like value (money per unit, e.g. a fee per share), raw at the price scale; errors as {@link #amount}. */
    private static long perUnit(String option, String subject, String text) {
        BigDecimal value = number(option, text, "");
        try {
            return FixedPoint.priceFromBigDecimal(value, subject + " " + text.strip());
        } catch (FixedPointOverflowException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static BigDecimal number(String option, String text, String hint) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a number" + hint);
        }
        return value;
    }

    /** One line describing the account settings for the summary. */
    String describe() {
        return "cash " + cash + " " + currency + ", fees " + feeModel()
                + ", sizing " + Sizing.parse(sizing) + ", " + loading.describePrices() + (allowShort ? ", shorts allowed" : ", long only")
                + (closeAtEnd ? ", positions closed at end" : "") + describeExecution();
    }

    /** The execution settings that differ from the defaults, for the summary line ("" when none do). */
    private String describeExecution() {
        ExecutionConfig execution = execution();
        StringBuilder text = new StringBuilder();
        if (execution.fillAtSignalClose()) {
            text.append(", market orders filled at the signal bar's close (LOOKAHEAD)");
        }
        if (execution.sizingPrice() == SizingPrice.SIGNAL_CLOSE) {
            text.append(", percent and all-in orders sized at the signal bar's close");
        }
        if (execution.latencyBars() > 0) {
            text.append(", latency ").append(execution.latencyBars()).append(execution.latencyBars() == 1 ? " bar" : " bars");
        }
        if (!execution.latency().isZero()) {
            text.append(", latency ").append(execution.latency().toMillis()).append(" ms");
        }
        if (execution.capsVolume()) {
            text.append(", at most ").append(maxVolumePercent.strip()).append("% of bar volume");
        }
        if (!slippage.strip().equalsIgnoreCase("none")) {
            text.append(", slippage ").append(execution.slippage())
                    .append(slippageOutsideBar ? " (may leave the bar)" : "");
        }
        return text.toString();
    }

    /** Settings echoed into summary.json. */
    Map<String, Object> settings() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cash", cash);
        map.put("currency", currency);
        map.put("fees", feeModel().toString());
        map.put("sizing", Sizing.parse(sizing).toString());
        map.put("price_column", loading.priceColumn);
        map.put("on_bad_data", loading.onBadData);
        map.put("splits", loading.splits);
        map.put("allow_short", allowShort);
        map.put("close_at_end", closeAtEnd);
        map.put("intrabar_path", intrabarPath);
        map.put("latency_ms", latencyMillis);
        map.put("fill_model", fillAtSignalClose ? "signal-bar-close (lookahead)" : "next-bar-open");
        map.put("size_at", sizeAt);
        map.put("calendar", calendar);
        map.put("periods_per_year", periods.describe());
        map.put("latency_bars", ExecutionOptions.latencyBars(latencyBars));
        map.put("max_volume_pct", maxVolumePercent);
        map.put("slippage", slippage);
        map.put("slippage_model", ExecutionOptions.slippage(slippage).toString());
        map.put("slippage_outside_bar", slippageOutsideBar);
        map.put("account", margin == null ? "cash" : "margin " + margin);
        map.put("borrow_rate_pct", borrowRatePercent == null ? "0" : borrowRatePercent);
        map.put("lot_size", lotSize == null ? "1" : lotSize);
        return map;
    }

}
