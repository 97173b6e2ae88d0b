"""Locust users that talk to the service the way a voice assistant does.

    make loadtest HOST_URL=http://127.0.0.1:8080 USERS=16 RUN_TIME=60s P99_MS=250

Mix: mostly single utterances to /v1/intent-entity (English, multilingual, shopping), some batches,
some repeats (cache hits), every other endpoint now and then. The run fails (exit 1) when any
request failed or the aggregated p99 is over --p99-budget-ms: checked in a `quitting` listener on
locust's own statistics. Endpoints that answer 501 (task without a pack yet) count as expected.
"""
from __future__ import annotations

import logging
import random

from locust import FastHttpUser, between, events, task

from loadtests.utterances import load_mix

MIX = load_mix(seed=1)
ALL = [t for texts in MIX.values() for t in texts]
REPEATS = ALL[:20]  # a small hot set: the cache should answer these


@events.init_command_line_parser.add_listener
def _arguments(parser):
    parser.add_argument("--p99-budget-ms", type=float, default=250.0, help="fail the run when p99 is above this")


@events.quitting.add_listener
def _verdict(environment, **_kwargs):
    total = environment.stats.total
    budget = environment.parsed_options.p99_budget_ms
    p99 = total.get_response_time_percentile(0.99) or 0.0
    if total.num_requests == 0:
        logging.error("no request was sent")
        environment.process_exit_code = 1
    elif total.fail_ratio > 0:
        logging.error("%d of %d requests failed", total.num_failures, total.num_requests)
        environment.process_exit_code = 1
    elif p99 > budget:
        logging.error("p99 %.1f ms is over the %.1f ms budget", p99, budget)
        environment.process_exit_code = 1
    else:
        logging.info("ok: %d requests, 0 failures, p99 %.1f ms (budget %.1f)", total.num_requests, p99, budget)
        environment.process_exit_code = 0


class VoiceAssistant(FastHttpUser):
    wait_time = between(0.01, 0.05)

    def _post(self, path: str, body: dict, name: str | None = None, allow_501: bool = False):
        with self.client.post(path, json=body, name=name or path, catch_response=True) as r:
            if r.status_code == 200 or (allow_501 and r.status_code == 501):
                r.success()
            else:
                r.failure(f"{r.status_code}: {r.text[:200]}")

    @task(40)
    def english(self):
        self._post("/v1/intent-entity", {"text": random.choice(MIX["en"])})

    @task(20)
    def multilingual(self):
        self._post("/v1/intent-entity", {"text": random.choice(MIX["multilingual"] or MIX["en"])}, "/v1/intent-entity [ml]")

    @task(15)
    def shopping(self):
        self._post("/v1/intent-entity", {"text": random.choice(MIX["shopping"] or MIX["en"])}, "/v1/intent-entity [shop]")

    @task(10)
    def repeat(self):
        self._post("/v1/intent-entity", {"text": random.choice(REPEATS)}, "/v1/intent-entity [repeat]")

    @task(5)
    def batch(self):
        self._post("/v1/intent-entity", {"texts": random.sample(ALL, 16)}, "/v1/intent-entity [batch16]")

    @task(4)
    def nlu(self):
        self._post("/v1/nlu", {"text": random.choice(ALL)})

    @task(2)
    def sentiment(self):
        self._post("/v1/sentiment", {"text": random.choice(ALL)}, allow_501=True)

    @task(2)
    def titles(self):
        self._post("/v1/titles/shorten", {"text": "sony wh-1000xm4 wireless noise cancelling headphones black"},
                   allow_501=True)

    @task(2)
    def codemix(self):
        self._post("/v1/codemix/intent", {"text": "mujhe kal subah 7 baje ka alarm set karna hai"}, allow_501=True)

    @task(1)
    def models(self):
        with self.client.get("/v1/models", catch_response=True) as r:
            if r.status_code != 200:
                r.failure(str(r.status_code))
