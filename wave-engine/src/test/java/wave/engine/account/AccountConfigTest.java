package wave.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.engine.backtest.BacktestConfig;

/** Account settings: defaults, validation and the borrow-fee formula. */
class AccountConfigTest {
    @Test
    void theDefaultBacktestAccountIsACashAccountWithoutBorrowFee() {
        AccountConfig account = BacktestConfig.defaults().account();
        assertThat(account).isEqualTo(AccountConfig.cash());
        assertThat(account.isMargin()).isFalse();
        assertThat(account.chargesBorrow()).isFalse();
    }

    @Test
    void theBorrowFeeIsRateTimesValueTimesDaysOver360RoundedOnce() {
        AccountConfig account = AccountConfig.cash().withBorrowRate("0.05");
        // 12,345.67 x 0.05 x 3 / 360 = 5.14402916666... -> 5.144029167 (half-even, nine decimals)
        assertThat(account.borrowFeeRaw(raw("-12345.67"), 3)).isEqualTo(raw("5.144029167"));
        assertThat(account.borrowFeeRaw(raw("7200"), 1)).isEqualTo(raw("1"));
    }

    @Test
    void marginsMustBeOrdered() {
        assertThatThrownBy(() -> AccountConfig.margin("0.25", "0.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < maintenance <= initial <= 1");
        assertThatThrownBy(() -> AccountConfig.margin("0.5", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountConfig.cash().withBorrowRate("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AccountConfig.margin("0.1", "0.05").initialMarginRaw()).isEqualTo(raw("0.1"));
    }
}
