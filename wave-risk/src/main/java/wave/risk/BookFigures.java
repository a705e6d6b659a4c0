package wave.risk;

import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;

/**
 * Computes {@link BookRiskFigures} of an account: exposure, leverage, concentration by instrument and sector, VaR and
 * CVaR of the current book over {@code var_window} returns (see {@link BookRules}), and beta to the {@code benchmark}.
 * Once a step, off the order path.
 */
final class BookFigures {
    private final BookLimits limits;
    private final SectorMap sectors;
    private final ReturnHistory history;
    private final BookPnl pnl;
    private final double[] benchmarkReturns;
    private final double[] tail;
    private final double[] sectorValues;
    private InstrumentId benchmark;
    private boolean benchmarkLooked;

    BookFigures(BookLimits limits, SectorMap sectors, ReturnHistory history) {
        this.limits = limits;
        this.sectors = sectors;
        this.history = history;
        this.pnl = new BookPnl(history, limits.varWindow());
        this.benchmarkReturns = new double[limits.varWindow()];
        this.tail = new double[BookStats.tailCount(limits.varWindow(), limits.varConfidence())];
        this.sectorValues = new double[sectors.size()];
    }

    BookRiskFigures compute(PortfolioView portfolio, long nowNanos) {
        double equity = FixedPoint.moneyToDouble(portfolio.equityRaw());
        double gross = 0;
        double net = 0;
        double largest = 0;
        String largestName = "";
        java.util.Arrays.fill(sectorValues, 0);
        List<PositionView> positions = portfolio.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionView p = positions.get(i);
            double value = FixedPoint.moneyToDouble(p.marketValueRaw());
            gross += Math.abs(value);
            net += value;
            if (Math.abs(value) > largest) {
                largest = Math.abs(value);
                largestName = p.instrumentId().toString();
            }
            int sector = sectors.sectorOf(p.instrumentId());
            if (sector >= 0) {
                sectorValues[sector] += Math.abs(value);
            }
        }
        int topSector = -1;
        for (int s = 0; s < sectorValues.length; s++) {
            if (sectorValues[s] > 0 && (topSector < 0 || sectorValues[s] > sectorValues[topSector])) {
                topSector = s;
            }
        }
        int n = limits.varWindow();
        double confidence = limits.varConfidence();
        double hVar = Double.NaN;
        double hCvar = Double.NaN;
        double pVar = Double.NaN;
        double pCvar = Double.NaN;
        double beta = Double.NaN;
        double[] book = pnl.pnl(portfolio, nowNanos);
        if (pnl.positionsUsed() > 0) {
            hVar = BookStats.historicalVar(book, n, confidence, tail);
            hCvar = BookStats.historicalCvar(book, n, confidence, tail);
            pVar = BookStats.parametricVar(book, n, confidence);
            pCvar = BookStats.parametricCvar(book, n, confidence);
            InstrumentId index = benchmark();
            if (index != null && equity > 0 && history.returns(index, nowNanos, benchmarkReturns, n)) {
                beta = BookStats.beta(book, benchmarkReturns, n) / equity; // the book's returns are its P&L over equity
            }
        }
        return new BookRiskFigures(nowNanos, equity, gross, net, equity <= 0 ? Double.POSITIVE_INFINITY : gross / equity,
                largestName, pct(largest, equity), topSector < 0 ? "" : sectors.nameOf(topSector),
                topSector < 0 ? 0 : pct(sectorValues[topSector], equity), n, confidence, hVar, hCvar, pVar, pCvar, beta);
    }

    private InstrumentId benchmark() {
        if (!benchmarkLooked) {
            benchmarkLooked = true;
            benchmark = limits.benchmark() == null ? null : history.find(limits.benchmark());
        }
        return benchmark;
    }

    private static double pct(double part, double equity) {
        return equity <= 0 ? Double.POSITIVE_INFINITY : 100 * part / equity;
    }
}
