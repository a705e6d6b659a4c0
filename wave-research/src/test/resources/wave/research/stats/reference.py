#!/usr/bin/python3
"""Reference values for wave.research.stats, from SciPy and statsmodels (Debian's python3-scipy 1.10 and
python3-statsmodels 0.13).

Run from this directory:  /usr/bin/python3 reference.py > reference.txt
The Java test (ReferenceValuesTest) reads reference.txt; it never runs Python.

Each output line is `name: value [value ...]`, numbers written with repr (shortest round-trip form).
"""
import numpy as np
from scipy import stats
from statsmodels.stats.diagnostic import acorr_ljungbox
from statsmodels.stats.stattools import durbin_watson

rng = np.random.default_rng(20261204)
N = 250          # daily returns of the strategy
M = 180          # returns of a second sample for the F-test
LAGS = 10        # Ljung-Box lags
RESAMPLES = 400  # bootstrap resamples
CONFIDENCE = 0.90
PERIODS = 252.0

# Fat-tailed, slightly autocorrelated strategy returns and a correlated benchmark.
noise = 0.01 * rng.standard_t(5, size=N)
returns = np.empty(N)
returns[0] = noise[0]
for t in range(1, N):
    returns[t] = 0.0006 + 0.2 * returns[t - 1] + noise[t]
benchmark = 0.7 * returns + 0.006 * rng.standard_normal(N)
other = 0.013 * rng.standard_normal(M)


def line(name, values):
    values = np.atleast_1d(values)
    print(name + ": " + " ".join(repr(float(v)) for v in values))


def sharpe(r):
    return r.mean() / r.std(ddof=1) * np.sqrt(PERIODS)


def max_drawdown(r):
    equity = np.concatenate(([1.0], np.cumprod(1.0 + r)))
    peak = np.maximum.accumulate(equity)
    return float(np.max((peak - equity) / peak))


line("returns", returns)
line("benchmark", benchmark)
line("other", other)

t = stats.ttest_1samp(returns, 0.0)
line("ttest_mean", [t.statistic, N - 1, t.pvalue])
t = stats.ttest_rel(returns, benchmark)
line("ttest_difference", [t.statistic, N - 1, t.pvalue])
diff = returns - benchmark
line("information_ratio", diff.mean() / diff.std(ddof=1) * np.sqrt(PERIODS))

f = returns.var(ddof=1) / other.var(ddof=1)
cdf = stats.f.cdf(f, N - 1, M - 1)
line("ftest", [f, N - 1, M - 1, 2 * min(cdf, 1 - cdf)])

lb = acorr_ljungbox(returns, lags=[LAGS], return_df=True)
line("ljung_box", [lb["lb_stat"].iloc[0], LAGS, lb["lb_pvalue"].iloc[0]])
# Durbin-Watson of the residuals of a regression of the returns on a constant: the demeaned returns.
line("durbin_watson", durbin_watson(returns - returns.mean()))

# Percentile bootstrap. The resampled indices come from SplitMix64 (Steele, Lea and Flood 2014), which the Java test
# implements too, so both resample exactly the same returns: index = next() mod N, N draws per resample, resample after
# resample.
MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


SEED = 42
splitmix = SplitMix64(SEED)
draws = np.array([[splitmix.next() % N for _ in range(N)] for _ in range(RESAMPLES)])
sharpes = np.array([sharpe(returns[d]) for d in draws])
drawdowns = np.array([max_drawdown(returns[d]) for d in draws])
alpha = (1 - CONFIDENCE) / 2
line("bootstrap_settings", [RESAMPLES, CONFIDENCE, PERIODS, SEED])
line("bootstrap_sharpe", [sharpe(returns), np.percentile(sharpes, 100 * alpha), np.percentile(sharpes, 100 * (1 - alpha))])
line("bootstrap_max_drawdown", [max_drawdown(returns), np.percentile(drawdowns, 100 * alpha),
                                np.percentile(drawdowns, 100 * (1 - alpha))])
