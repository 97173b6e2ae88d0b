"""Length buckets: one micro-batch runs as a few padded runs of similar lengths instead of one.

On CPU an encoder's cost is nearly linear in the padded tokens it is given (B x T), plus a small
fixed cost per ONNX Runtime run. Utterances differ in length (the load-test mix: mean 12.6 pieces,
p90 19, max 30), so padding a batch of 8 to its longest row wastes a third of the work; of 32, half
(loadtests/RESULTS.md, "Length buckets"). Sorting the rows by length and cutting where the padding
saved is worth more than one more run's fixed cost recovers most of that.

`run_cost_tokens` is that fixed cost in padded-token units (`python -m loadtests.cpu_runs` fits it
and sweeps it: for the shopping pack on this machine a run costs 5-13 tokens' worth, and 8 to 24
throughput alike within noise). `None` keeps one padded run: on a GPU the fixed cost of a run
dominates and padding is nearly free.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np


def pad_batch(rows: list[dict[str, np.ndarray]], pad_values: dict[str, int]) -> dict[str, np.ndarray]:
    """Stack 1-D per-utterance inputs into [B, T] arrays, right-padded to the longest row."""
    longest = max(next(iter(r.values())).shape[0] for r in rows)
    out = {}
    for name in rows[0]:
        batch = np.full((len(rows), longest), pad_values.get(name, 0), dtype=rows[0][name].dtype)
        for i, r in enumerate(rows):
            batch[i, : r[name].shape[0]] = r[name]
        out[name] = batch
    return out


def plan_runs(lengths: list[int], run_cost_tokens: float | None) -> list[list[int]]:
    """Row indices grouped into runs, each run's rows of similar length, minimising
    sum over runs of (run_cost_tokens + rows x longest row): an exact split of the sorted rows."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    if run_cost_tokens is None or len(order) < 2:
        return [order] if order else []
    n = len(order)
    cost = [0.0] + [float("inf")] * n  # cost[j]: best cost of the j shortest rows
    start = [0] * (n + 1)  # where the last run of that best split starts
    for j in range(1, n + 1):
        longest = lengths[order[j - 1]]
        for i in range(j):
            c = cost[i] + run_cost_tokens + (j - i) * longest
            if c < cost[j]:
                cost[j], start[j] = c, i
    runs, j = [], n
    while j:
        runs.append(order[start[j]:j])
        j = start[j]
    return runs[::-1]


def run_bucketed(predict: Callable[[dict[str, np.ndarray]], dict[str, np.ndarray]],
                 rows: list[dict[str, np.ndarray]], pad_values: dict[str, int],
                 run_cost_tokens: float | None) -> list[dict[str, np.ndarray]]:
    """Each row's outputs (its own slice of its run's outputs), in the order of `rows`."""
    lengths = [next(iter(r.values())).shape[0] for r in rows]
    answers: list[dict[str, np.ndarray]] = [{}] * len(rows)
    for run in plan_runs(lengths, run_cost_tokens):
        outputs = predict(pad_batch([rows[k] for k in run], pad_values))
        for position, k in enumerate(run):
            answers[k] = {name: value[position] for name, value in outputs.items()}
    return answers
