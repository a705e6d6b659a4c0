package wave.risk;

import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;
import wave.engine.pretrade.PreTradeRequest;

/**
 * What one order would do to the book, computed once per check and read by every rule: the account's equity, the
 * position before and after, the book's gross and net exposure and the order's sector's value after it. Values are raw
 * fixed point in the account's base currency, estimated at the order's reference price (its limit or stop price, else
 * the last close); a notional order counts its cash amount. Positions are taken to be valued in the base currency. Reused from check to check (nothing allocated).
 */
public final class OrderImpact {
    private final SectorMap sectors;
    private long equityRaw;
    private long orderValueRaw;
    private long positionAfterRaw;
    private long grossAfterRaw;
    private long netAfterRaw;
    private long sectorAfterRaw;
    private boolean increases;

    /** Figures for a book whose instruments belong to {@code sectors}. */
    public OrderImpact(SectorMap sectors) {
        this.sectors = sectors;
    }

    /** Computes the figures of {@code request}. */
    public void compute(PreTradeRequest request) {
        PortfolioView book = request.portfolio();
        int sign = request.ticket().side().sign();
        InstrumentId id = request.ticket().instrument();
        PositionView position = book.position(id);
        long held = position == null ? 0 : position.quantityRaw();
        long value = request.instrument() == null ? request.notionalRaw()
                : book.toBaseRaw(request.instrument().quoteCurrency(), request.notionalRaw());
        equityRaw = book.equityRaw();
        orderValueRaw = value;
        long before = position == null ? 0 : position.marketValueRaw();
        positionAfterRaw = FixedPoint.addMoney(before, sign * value, "position value");
        long after = FixedPoint.addQuantity(held, sign * request.quantityRaw(), "position quantity");
        increases = request.isNotional() || Math.abs(after) > Math.abs(held) || Long.signum(after) == -Long.signum(held);
        int sector = sectors.sectorOf(id);
        long gross = 0;
        long net = 0;
        long sectorValue = 0;
        List<PositionView> positions = book.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionView p = positions.get(i);
            long v = p == position ? positionAfterRaw : p.marketValueRaw();
            gross = FixedPoint.addMoney(gross, Math.abs(v), "gross exposure");
            net = FixedPoint.addMoney(net, v, "net exposure");
            if (sector >= 0 && sectors.sectorOf(p.instrumentId()) == sector) {
                sectorValue = FixedPoint.addMoney(sectorValue, Math.abs(v), "sector exposure");
            }
        }
        if (position == null) {
            gross = FixedPoint.addMoney(gross, Math.abs(positionAfterRaw), "gross exposure");
            net = FixedPoint.addMoney(net, positionAfterRaw, "net exposure");
            sectorValue = sector >= 0 ? FixedPoint.addMoney(sectorValue, Math.abs(positionAfterRaw), "sector exposure") : 0;
        }
        grossAfterRaw = gross;
        netAfterRaw = net;
        sectorAfterRaw = sectorValue;
    }

    /** Equity of the account, raw base currency. */
    public long equityRaw() {
        return equityRaw;
    }

    /** Estimated absolute value of the order, raw base currency (0 when no price is known). */
    public long orderValueRaw() {
        return orderValueRaw;
    }

    /** Signed value of the position after the order, raw base currency. */
    public long positionAfterRaw() {
        return positionAfterRaw;
    }

    /** Sum of the absolute position values after the order, raw base currency. */
    public long grossAfterRaw() {
        return grossAfterRaw;
    }

    /** Longs minus shorts after the order, raw base currency. */
    public long netAfterRaw() {
        return netAfterRaw;
    }

    /** Absolute value held in the order's sector after it, raw base currency; 0 when its sector is unknown. */
    public long sectorAfterRaw() {
        return sectorAfterRaw;
    }

    /** The order's sector name, or null when unknown. */
    public String sectorName(PreTradeRequest request) {
        return sectors.nameOf(sectors.sectorOf(request.ticket().instrument()));
    }

    /** True when the order opens, increases or flips a position (a notional order always counts). */
    public boolean increases() {
        return increases;
    }

    /** {@code part} as a percentage of {@code whole} (raw values); infinite for a non-positive whole. */
    public static double pct(long part, long whole) {
        return whole <= 0 ? Double.POSITIVE_INFINITY : 100.0 * part / whole;
    }
}
