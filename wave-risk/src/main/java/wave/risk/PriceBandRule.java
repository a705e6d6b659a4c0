package wave.risk;

import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.domain.portfolio.PositionView;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * The fat-finger check ({@code PRICE_BAND}): an order's limit and stop prices must lie within a band around the
 * instrument's last price (its position's mark), as a % of that price. Market orders and instruments without a last
 * price pass.
 */
final class PriceBandRule implements PreTradeCheck {
    private final double bandPct;

    PriceBandRule(double bandPct) {
        this.bandPct = bandPct;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        PositionView position = request.portfolio().position(request.ticket().instrument());
        long last = position == null ? 0 : position.markRaw();
        if (last <= 0) {
            return null;
        }
        Denial limit = check(request, request.ticket().limitPriceRaw(), "limit", last);
        return limit != null ? limit : check(request, request.ticket().stopPriceRaw(), "stop", last);
    }

    private Denial check(PreTradeRequest request, long price, String kind, long last) {
        if (price <= 0) {
            return null;
        }
        double distance = 100.0 * Math.abs(price - last) / last;
        if (distance <= bandPct) {
            return null;
        }
        return Denials.of(DenyReason.PRICE_BAND, "price_band_pct", kind + " price " + FixedPoint.formatPrice(price) + " of "
                + request.ticket().instrument() + " is " + Denials.pct(distance) + " from the last price "
                + FixedPoint.formatPrice(last) + ", band " + Denials.limitPct(bandPct));
    }
}
