"""Prometheus metrics. One registry per app instance (tests build many apps in one process).

Labels carry endpoints, packs, tasks and outcomes, never user text.
"""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "nlu_http_requests_total", "HTTP requests by route template and status code", ["endpoint", "status"], registry=r
        )
        self.request_latency = Histogram(
            "nlu_http_request_duration_seconds", "HTTP request latency", ["endpoint"], buckets=LATENCY_BUCKETS, registry=r
        )
        self.inference_latency = Histogram(
            "nlu_inference_duration_seconds", "Time of one ONNX Runtime run (one batch)", ["pack"],
            buckets=LATENCY_BUCKETS, registry=r,
        )
        self.batch_size = Histogram(
            "nlu_batch_size", "Utterances per ONNX Runtime run", ["pack"], buckets=BATCH_BUCKETS, registry=r
        )
        self.queue_depth = Gauge("nlu_batcher_queue_depth", "Utterances waiting for a batch", ["pack"], registry=r)
        self.rejected = Counter("nlu_rejected_total", "Requests refused at once because a queue was full", ["pack"], registry=r)
        self.cache = Counter(
            "nlu_cache_requests_total", "Result-cache lookups by outcome (hit, miss, error, bypass)", ["backend", "result"],
            registry=r,
        )
        self.model_info = Gauge(
            "nlu_model_info", "Packs loaded per task (1 = loaded; default=true marks the task's default)",
            ["task", "pack", "version", "default", "provider"], registry=r,
        )
        self.reloads = Counter("nlu_registry_reloads_total", "Registry reloads by outcome", ["outcome"], registry=r)
        self.utterances = Counter("nlu_utterances_total", "Utterances answered, by task", ["task"], registry=r)
        self.gate_decisions = Counter(
            "nlu_gate_decisions_total", "Translation-gate decisions by decision and detected language",
            ["decision", "language"], registry=r,
        )
        self.translations = Counter(
            "nlu_translations_total",
            "Translator calls by outcome (ok, cached, timeout, error, rejected, breaker_open, busy, unsupported)",
            ["backend", "outcome"], registry=r,
        )
        self.translator_latency = Histogram(
            "nlu_translator_duration_seconds", "Time of one translator call (cache misses only)", ["backend"],
            buckets=LATENCY_BUCKETS, registry=r,
        )
        self.translator_breaker = Gauge(
            "nlu_translator_breaker_state", "Translator circuit breaker: 0 closed, 1 half-open, 2 open", ["backend"],
            registry=r,
        )
