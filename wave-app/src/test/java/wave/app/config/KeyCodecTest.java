package wave.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.config.DocumentFormat;
import wave.config.Documents;

/** Keys in percent, flags in their own units: each conversion and its way back. */
class KeyCodecTest {
    private static JsonNode table(String toml) {
        return Documents.parse(toml, "t.toml", DocumentFormat.TOML).root();
    }

    private static String roundTrip(KeyCodec codec, String flag) {
        ObjectNode table = JsonNodeFactory.instance.objectNode();
        codec.values(flag).forEach(table::set);
        return codec.flag(table);
    }

    @Test
    void slippageInPercentIsBasisPointsOnTheFlag() {
        KeyCodec slippage = new KeyCodec.Slippage();

        assertThat(slippage.flag(table("slippage_pct = 0.05"))).isEqualTo("bps:5");
        assertThat(slippage.flag(table("spread_pct = 0.125"))).isEqualTo("spread-bps:12.5");
        assertThat(slippage.flag(table("impact_coefficient = 0.5"))).isEqualTo("sqrt:0.5");
        assertThat(slippage.flag(table("fee_pct = 1"))).isNull();
        assertThat(slippage.values("bps:5").toString()).isEqualTo("{slippage_pct=0.05}");
        assertThat(slippage.values("none")).isEmpty();
        for (String flag : new String[] {"bps:5", "bps:0.5", "spread-bps:10", "sqrt:1.5", "bps:0"}) {
            assertThat(roundTrip(slippage, flag)).isEqualTo(flag);
        }
    }

    @Test
    void marginInPercentIsFractionsOnTheFlag() {
        KeyCodec margin = new KeyCodec.Margin();

        assertThat(margin.flag(table("initial_margin_pct = 50\nmaintenance_margin_pct = 25"))).isEqualTo("0.5/0.25");
        assertThat(margin.flag(table("initial_margin_pct = 50"))).isNull();
        assertThat(margin.values("0.1/0.05")).isEqualTo(Map.of("initial_margin_pct", JsonNodeFactory.instance.numberNode(10L),
                "maintenance_margin_pct", JsonNodeFactory.instance.numberNode(5L)));
        assertThat(roundTrip(margin, "0.5/0.25")).isEqualTo("0.5/0.25");
    }

    @Test
    void scalarsKeepTheirValue() {
        KeyCodec fee = new KeyCodec.Scalar("fee_pct", KeyCodec.Kind.NUMBER);
        KeyCodec shorts = new KeyCodec.Scalar("allow_short", KeyCodec.Kind.SWITCH);

        assertThat(fee.flag(table("fee_pct = 0.10"))).isEqualTo("0.1");
        assertThat(fee.flag(table("fee_pct = 1e2"))).isEqualTo("100");
        assertThat(fee.values("100000").get("fee_pct").isIntegralNumber()).isTrue();
        assertThat(shorts.flag(table("allow_short = true"))).isEqualTo("true");
        assertThat(shorts.values("false").get("allow_short").asBoolean(true)).isFalse();
    }
}
