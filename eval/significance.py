"""Confidence intervals and paired significance tests over per-question scores (pure functions).

- `bootstrap_ci(values)`: the percentile bootstrap 95% interval of the mean (Efron): resample the
  questions with replacement `resamples` times, take the 2.5th and 97.5th percentiles of the means.
- `paired_randomization(a, b)`: the two-sided paired randomization (sign-flip) test of
  mean(a - b) = 0, as in ranx's and sacrebleu's comparisons: each question's difference keeps or
  flips its sign at random; p = (1 + #{|mean of flipped| >= |observed mean|}) / (1 + resamples).
  With 12 or fewer questions every one of the 2^n sign patterns is enumerated and p is exact
  (count / 2^n, the observed pattern included).
- `paired_bootstrap_ci(a, b)`: the bootstrap interval of mean(a - b), resampling questions in pairs.
Seeds are fixed, so a report is reproducible. numpy only (no ranx: it pulls numba).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

RESAMPLES = 2000
PERMUTATIONS = 10000
EXACT_UP_TO = 12
ALPHA = 0.05


def _array(values: Sequence[float]) -> np.ndarray:
    return np.asarray(list(values), dtype=np.float64)


def bootstrap_ci(values: Sequence[float], *, resamples: int = RESAMPLES, seed: int = 0,
                 alpha: float = ALPHA) -> tuple[float, float] | None:
    """(low, high) of the mean's percentile bootstrap interval; None for no values."""
    x = _array(values)
    if x.size == 0:
        return None
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, x.size, size=(resamples, x.size))].mean(axis=1)
    low, high = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)


def paired_bootstrap_ci(a: Sequence[float], b: Sequence[float], **kwargs: float) -> tuple[float, float] | None:
    """The bootstrap interval of mean(a - b) over paired questions."""
    x, y = _array(a), _array(b)
    if x.shape != y.shape:
        raise ValueError(f"paired scores differ in length: {x.size} and {y.size}")
    return bootstrap_ci(x - y, **kwargs)  # type: ignore[arg-type]


def paired_randomization(a: Sequence[float], b: Sequence[float], *, resamples: int = PERMUTATIONS,
                         seed: int = 0) -> float | None:
    """Two-sided p-value of mean(a - b) = 0 by sign flips (exact for n <= 12); None for no pairs."""
    x, y = _array(a), _array(b)
    if x.shape != y.shape:
        raise ValueError(f"paired scores differ in length: {x.size} and {y.size}")
    d = x - y
    if d.size == 0:
        return None
    observed = abs(d.mean())
    tolerance = 1e-12
    if d.size <= EXACT_UP_TO:
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=d.size)))
        extreme = np.abs((signs * d).mean(axis=1)) >= observed - tolerance
        return float(extreme.mean())
    rng = np.random.default_rng(seed)
    signs = rng.choice((1.0, -1.0), size=(resamples, d.size))
    extreme = np.abs((signs * d).mean(axis=1)) >= observed - tolerance
    return float((1 + extreme.sum()) / (1 + resamples))
