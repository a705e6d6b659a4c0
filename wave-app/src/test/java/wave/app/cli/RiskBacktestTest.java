package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.app.backtest.RiskRun;
import wave.data.csv.LoadOptions;
import wave.data.csv.PriceColumn;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.execution.ExecutionConfig;
import wave.engine.kernel.KernelListener;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;
import wave.risk.RiskSettings;
import wave.risk.RiskSetup;
import wave.risk.TradingStateChanged;
import wave.strategies.BundledStrategies;

/**
 * Acceptance of the risk engine in backtests: sma-cross on the 40 Alpha Vantage stocks (adjusted closes, NYSE
 * calendar, 1.9% of equity per entry) under the conservative preset with the shared sector map.
 */
class RiskBacktestTest {
    @TempDir
    Path dir;

    Path riskFile() throws IOException {
        Path file = dir.resolve("risk.toml");
        Files.writeString(file, "preset = \"conservative\"\nsectors = \"" + SharedData.require(SharedData.SECTORS) + "\"\n");
        return file;
    }

    @Test
    void theSummaryListsEveryRefusalWithItsRuleAndTheBreakersStateChanges() throws IOException {
        Path data = SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).getParent();
        Path out = dir.resolve("out");

        Cli run = Cli.run("backtest", "--data", data.toString(), "--strategy", "sma-cross", "--sizing", "percent:1.9",
                "--price-column", "adj-close", "--calendar", "nyse", "--risk", riskFile().toString(), "--out", out.toString(),
                "--no-record");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Risk conservative with 1 key overridden (" + dir.resolve("risk.toml") + "): "
                + "1 order refused, 2 trading state changes\n"
                + "  refused by risk.max_sector_pct: 1\n"
                + "  2020-06-11T20:00:00Z ACTIVE -> HALTED by breaker:daily_loss: the day's loss is 5.26%, threshold 5\n"
                + "  2020-06-11T20:00:00.000000001Z HALTED -> ACTIVE by breaker:daily_loss: resume = next-day: a new trading "
                + "day began\n");
        JsonNode risk = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("risk");
        List<String> rows = Files.readAllLines(out.resolve("risk-refusals.csv"));
        Map<String, Integer> counted = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(",", 9);
            String rule = fields[6];
            counted.merge(rule, 1, Integer::sum);
            assertThat(rule.startsWith("trading_state.") || fields[8].startsWith("\"" + rule + ": ")).as(row).isTrue();
        }
        Map<String, Integer> summarized = new HashMap<>();
        risk.get("refusals_by_rule").properties().forEach(e -> summarized.put(e.getKey(), e.getValue().asInt()));
        assertThat(counted).isEqualTo(summarized);
        assertThat(risk.get("refused_orders").asInt()).isEqualTo(rows.size() - 1).isPositive();
        List<JsonNode> changes = new ArrayList<>();
        risk.get("state_changes").forEach(changes::add);
        for (int i = 0; i < changes.size(); i += 2) {   // every halt is followed by its breaker's resume
            JsonNode halt = changes.get(i);
            JsonNode resume = changes.get(i + 1);
            assertThat(halt.get("to").asText()).isEqualTo("HALTED");
            assertThat(resume.get("to").asText()).isEqualTo("ACTIVE");
            assertThat(resume.get("who").asText()).isEqualTo(halt.get("who").asText());
        }
        assertThat(changes).extracting(c -> c.get("who").asText()).containsExactly("breaker:daily_loss", "breaker:daily_loss");
        List<String> figures = Files.readAllLines(out.resolve("risk-figures.csv"));
        assertThat(figures.getFirst()).isEqualTo(wave.risk.BookRiskFigures.CSV_HEADER);
        assertThat(figures.size()).as("a row per step").isEqualTo(Files.readAllLines(out.resolve("equity.csv")).size());
        String[] last = figures.getLast().split(",");
        assertThat(last[11]).as("historical VaR at the end").isNotEmpty();
        assertThat(Double.parseDouble(last[4])).as("leverage = gross / equity")
                .isCloseTo(Double.parseDouble(last[2]) / Double.parseDouble(last[1]), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(run.out()).contains("risk-figures.csv");
        assertThat(rows.get(1)).isEqualTo("2017-01-26T00:00:00Z,O-6259,sma-cross:CSCO,CSCO.SIM,BUY,percent:1.9,"
                + "risk.max_sector_pct,SECTOR_CONCENTRATION,\"risk.max_sector_pct: sector Information Technology would be "
                + "20.21% of equity (46,089.45 of 228,064.57) with CSCO.SIM, limit 20%\"");
    }

    /**
     * Checks, beside the engine and with its own arithmetic, every order the engine let through: an order that opens
     * or increases a position is at most 2% of equity and leaves its sector at most 20% of equity (at the marks the
     * decision sees). Every buy fill is at most 2% of the equity at the fill.
     */
    static final class LimitWatcher implements PreTradeCheck, KernelListener {
        final Map<String, String> sectors;
        final PortfolioView book;
        final List<String> breaches = new ArrayList<>();
        int increasesChecked;
        int buysFilled;

        LimitWatcher(Map<String, String> sectors, PortfolioView book) {
            this.sectors = sectors;
            this.book = book;
        }

        @Override
        public Denial check(PreTradeRequest request) {
            PositionView position = book.position(request.ticket().instrument());
            boolean increases = request.isNotional() || request.ticket().side() == OrderSide.BUY && position.quantityRaw() >= 0;
            if (!increases) {
                return null;
            }
            increasesChecked++;
            double equity = FixedPoint.moneyToDouble(book.equityRaw());
            double order = FixedPoint.moneyToDouble(request.notionalRaw());
            String sector = sectors.get(request.ticket().instrument().symbol());
            double sectorValue = order;
            for (PositionView p : book.positions()) {
                if (sector != null && sector.equals(sectors.get(p.instrumentId().symbol()))) {
                    sectorValue += Math.abs(FixedPoint.moneyToDouble(p.marketValueRaw()));
                }
            }
            if (order > 0.02 * equity || sector != null && sectorValue > 0.20 * equity) {
                breaches.add(request.ticket() + ": order " + order + ", sector " + sectorValue + ", equity " + equity);
            }
            return null;
        }

        @Override
        public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
            if (event instanceof OrderFilled fill && fill.side() == OrderSide.BUY) {
                buysFilled++;
                double notional = FixedPoint.quantityToDouble(fill.quantityRaw()) * FixedPoint.priceToDouble(fill.priceRaw());
                if (notional > 0.02 * FixedPoint.moneyToDouble(book.equityRaw())) {
                    breaches.add("fill " + fill);
                }
            }
        }
    }

    @Test
    void noOrderTakesAPositionOrASectorBeyondItsLimitAndTheDailyLossBreakerHaltsAndResumes() throws IOException {
        Path data = SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).getParent();
        List<BarSeries> series = SeriesLoader.load(DataFiles.resolve(data),
                LoadOptions.defaults().withPriceColumn(PriceColumn.ADJ_CLOSE), new PrintWriter(new StringWriter()));
        BacktestConfig config = BacktestConfig.defaults().withSizing(new Sizing.PercentOfEquity(1.9))
                .withExecution(ExecutionConfig.defaults().withCalendar(ExchangeCalendars.nyse()));
        var definition = BundledStrategies.find("sma-cross").orElseThrow();
        Backtest backtest = new Backtest(config, series, "sma-cross", id -> definition.create(Map.of()), false);
        RiskSetup setup = RiskSettings.resolve(riskFile().toString(), List.of());
        RiskRun risk = RiskRun.attach(setup, backtest, series, config);
        Map<String, String> sectors = new HashMap<>();
        for (String line : Files.readAllLines(SharedData.require(SharedData.SECTORS)).subList(1, 41)) {
            sectors.put(line.split(",")[0], line.split(",")[1]);
        }
        LimitWatcher watcher = new LimitWatcher(sectors, backtest.kernel().portfolio());
        backtest.kernel().usePreTradeCheck(backtest.kernel().preTradeCheck().then(watcher));
        backtest.listen(watcher);

        backtest.run();

        assertThat(watcher.breaches).isEmpty();
        assertThat(watcher.increasesChecked).isGreaterThan(1000);
        assertThat(watcher.buysFilled).isGreaterThan(1000);
        List<TradingStateChanged> dailyLoss = risk.engine().transitions().stream()
                .filter(t -> t.who().equals("breaker:daily_loss")).toList();
        assertThat(dailyLoss).extracting(TradingStateChanged::reason).containsExactly("the day's loss is 5.26%, threshold 5",
                "resume = next-day: a new trading day began");
        // resumed just after the session close it tripped at (2020-06-11 16:00 New York), before the next day's bar
        assertThat(dailyLoss.get(0).tsNanos()).isEqualTo(1_591_905_600_000_000_000L);
        assertThat(dailyLoss.get(1).tsNanos()).isEqualTo(dailyLoss.get(0).tsNanos() + 1);
        assertThat(risk.refusals().countsByRule()).isEqualTo(Map.of("risk.max_sector_pct", 1));
    }

    @Test
    void anInvalidRiskConfigurationRefusesToRun() throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path config = dir.resolve("wave.toml");
        Files.writeString(config, "[risk]\npreset = \"conservative\"\nmax_order_pct = -1\n");

        Cli bad = Cli.run("backtest", "--config", config.toString(), "--data", orcl, "--strategy", "sma-cross", "--no-record");
        Cli unknown = Cli.run("backtest", "--data", orcl, "--strategy", "sma-cross", "--risk", "reckless", "--no-record");

        assertThat(bad.exitCode()).as(bad.toString()).isNotZero();
        assertThat(bad.out()).doesNotContain("Final equity");
        assertThat(bad.err()).contains(config + ":3: risk.max_order_pct: expected a number > 0, got -1");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip())
                .isEqualTo("wave: error: --risk: 'reckless' is neither a preset (conservative, agent) nor a file");
    }

    @Test
    void configCheckNamesTheRiskKeys() throws IOException {
        Path config = dir.resolve("wave.toml");
        Files.writeString(config, "[risk]\nmax_sector_pct = 20\n[risk.breakers.weekly_loss]\naction = \"reduce\"\n");

        Cli check = Cli.run("config", "check", config.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(config + ":4: risk.breakers.weekly_loss.action: action reduce needs "
                + "breakers.weekly_loss.reduce_fraction\n" + config + ":4: risk.breakers.weekly_loss.action: breaker "
                + "weekly_loss has no threshold\n2 errors\n");
    }
}
