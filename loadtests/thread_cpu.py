"""Where a request's CPU goes: per-thread CPU time of the service processes under a closed loop.

    python -m loadtests.thread_cpu loadtests/registry-shopping-1thread.yaml --replicas 2

Runs the replicas behind the shedding proxy (cache off), drives 8 closed-loop connections for
`--seconds`, and reads /proc (Linux) before and after: CPU milliseconds per request of each
replica's event-loop thread (the main thread) and of its other threads (the model thread and ONNX
Runtime's), of nginx and of the load generator itself.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
from pathlib import Path

from loadtests.benchmark import start_replicas
from loadtests.httpload import closed_loop
from loadtests.utterances import benchmark_texts

TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(stat_path: str) -> float:
    with open(stat_path) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds of a process: its main thread and the rest of its threads."""
    main = other = 0.0
    for tid in os.listdir(f"/proc/{pid}/task"):
        seconds = _cpu_s(f"/proc/{pid}/task/{tid}/stat")
        if int(tid) == pid:
            main += seconds
        else:
            other += seconds
    return {"event_loop": main, "other_threads": other}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("registry", type=Path)
    p.add_argument("--replicas", type=int, default=2)
    p.add_argument("--proxy-limit", type=int, default=16)
    p.add_argument("--seconds", type=float, default=10.0)
    args = p.parse_args(argv)
    texts = benchmark_texts()
    with contextlib.ExitStack() as running:
        url, procs = start_replicas(running, args.registry.resolve(), args.replicas, args.proxy_limit)
        asyncio.run(closed_loop(url, texts, 8, 3))  # warm
        replicas = [proc.pid for proc in procs]
        nginx = [int(x) for x in subprocess.run(["pgrep", "-x", "nginx"], capture_output=True, text=True).stdout.split()]
        before = ([thread_cpu(pid) for pid in replicas], sum(_cpu_s(f"/proc/{n}/stat") for n in nginx),
                  _cpu_s(f"/proc/{os.getpid()}/stat"))
        result = asyncio.run(closed_loop(url, texts, 8, args.seconds, warmup=0)).summary()
        after = ([thread_cpu(pid) for pid in replicas], sum(_cpu_s(f"/proc/{n}/stat") for n in nginx),
                 _cpu_s(f"/proc/{os.getpid()}/stat"))
    n = result["requests"]
    per_request = {
        "replicas": [{k: round((a[k] - b[k]) / n * 1000, 3) for k in a} for a, b in zip(after[0], before[0])],
        "nginx": round((after[1] - before[1]) / n * 1000, 3),
        "load_generator": round((after[2] - before[2]) / n * 1000, 3),
    }
    print(json.dumps({"throughput_rps": round(result["throughput_rps"], 1), "p99_ms": round(result["p99_ms"], 1),
                      "cpu_ms_per_request": per_request}, indent=2))


if __name__ == "__main__":
    main()
