package wave.risk;

import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Limits on one position and its share of the book, for orders that open or increase a position: its value as a %
 * of equity and in absolute terms ({@code MAX_POSITION}), its share of the gross exposure
 * ({@code INSTRUMENT_CONCENTRATION}) and its sector's value as a % of equity ({@code SECTOR_CONCENTRATION}).
 */
final class PositionRules implements PreTradeCheck {
    private final RiskLimits limits;
    private final OrderImpact impact;

    PositionRules(RiskLimits limits, OrderImpact impact) {
        this.limits = limits;
        this.impact = impact;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        if (!impact.increases()) {
            return null;
        }
        long position = Math.abs(impact.positionAfterRaw());
        long equity = impact.equityRaw();
        if (limits.maxPositionPctOfEquity() > 0 && OrderImpact.pct(position, equity) > limits.maxPositionPctOfEquity()) {
            return Denials.of(DenyReason.MAX_POSITION, "max_position_pct", request.ticket().instrument() + " would be "
                    + Denials.pct(OrderImpact.pct(position, equity)) + " of equity (" + Denials.money(position) + " of "
                    + Denials.money(equity) + "), limit " + Denials.limitPct(limits.maxPositionPctOfEquity()));
        }
        if (limits.maxPositionValueRaw() > 0 && position > limits.maxPositionValueRaw()) {
            return Denials.of(DenyReason.MAX_POSITION, "max_position_value", request.ticket().instrument()
                    + " would be worth " + Denials.money(position) + ", limit " + FixedPoint.formatMoney(limits.maxPositionValueRaw()));
        }
        long gross = impact.grossAfterRaw();
        if (limits.maxInstrumentPctOfGross() > 0 && OrderImpact.pct(position, gross) > limits.maxInstrumentPctOfGross()) {
            return Denials.of(DenyReason.INSTRUMENT_CONCENTRATION, "max_instrument_pct_of_gross", request.ticket().instrument()
                    + " would be " + Denials.pct(OrderImpact.pct(position, gross)) + " of gross exposure ("
                    + Denials.money(position) + " of " + Denials.money(gross) + "), limit "
                    + Denials.limitPct(limits.maxInstrumentPctOfGross()));
        }
        long sector = impact.sectorAfterRaw();
        if (limits.maxSectorPctOfEquity() > 0 && sector > 0 && OrderImpact.pct(sector, equity) > limits.maxSectorPctOfEquity()) {
            return Denials.of(DenyReason.SECTOR_CONCENTRATION, "max_sector_pct", "sector " + impact.sectorName(request)
                    + " would be " + Denials.pct(OrderImpact.pct(sector, equity)) + " of equity (" + Denials.money(sector)
                    + " of " + Denials.money(equity) + ") with " + request.ticket().instrument() + ", limit "
                    + Denials.limitPct(limits.maxSectorPctOfEquity()));
        }
        return null;
    }
}
