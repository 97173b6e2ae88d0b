"""A/B of runtime settings: the same replicas-behind-the-proxy layout under two or more registries.

    python -m loadtests.compare_registries A.yaml B.yaml --replicas 2 --rate 250 --repeats 2

For each repeat, registries in turn: start the replicas (cache off) behind the shedding proxy, run a
closed loop (8 connections) and then an open loop at `--rate` req/s (Poisson), print one line each.
Alternating in the same period is what makes the rows comparable on this noisy VM.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from pathlib import Path

from loadtests.benchmark import start_replicas
from loadtests.httpload import closed_loop, open_loop
from loadtests.utterances import benchmark_texts


def measure(registry: Path, texts: list[str], replicas: int, limit: int, rate: float, seconds: float) -> dict:
    with contextlib.ExitStack() as running:
        url, _ = start_replicas(running, registry, replicas, limit)
        closed = asyncio.run(closed_loop(url, texts, 8, seconds)).summary()
        opened = asyncio.run(open_loop(url, texts, rate, seconds)).summary()
    return {"registry": registry.name, "closed_rps": round(closed["throughput_rps"], 1),
            "closed_p99_ms": round(closed["p99_ms"], 1), "open_rate": rate, "open_p50_ms": round(opened["p50_ms"], 1),
            "open_p99_ms": round(opened["p99_ms"], 1), "open_statuses": opened["statuses"],
            "open_rejected_p99_ms": opened["rejected_p99_ms"] and round(opened["rejected_p99_ms"], 1)}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("registries", type=Path, nargs="+")
    p.add_argument("--replicas", type=int, default=2)
    p.add_argument("--proxy-limit", type=int, default=16)
    p.add_argument("--rate", type=float, default=250.0, help="open-loop requests per second")
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--repeats", type=int, default=2)
    args = p.parse_args(argv)
    texts = benchmark_texts()
    for _ in range(args.repeats):
        for registry in args.registries:
            row = measure(registry.resolve(), texts, args.replicas, args.proxy_limit, args.rate, args.seconds)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
