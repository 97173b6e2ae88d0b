"""Micro-batcher: utterances that arrive together share padded ONNX Runtime runs (one, or a few
of similar lengths on CPU: buckets.py).

Admission is a non-blocking check against `max_queue`: the excess is refused at once (429) rather
than queued without bound. With `max_queue_wait_ms`, new work is also refused while the oldest
utterance still waiting for a run has waited longer than that: a count limit must be set high
enough for bursts, and then lets a standing queue (sustained overload) stretch every admitted
request's latency; the head-of-line wait tells a burst (it drains within the limit) from a standing
queue (CoDel's observation, applied to admission rather than to dropping).

Runs happen on one dedicated model thread that takes its next batch straight from a thread-safe
queue, so it never waits for the event loop between runs (the loop only enqueues work and receives
each finished batch in one callback); ONNX Runtime's own intra-op threads use the cores.
"""
from __future__ import annotations

import asyncio
import collections
import queue
import threading
import time
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..errors import Overloaded
from ..metrics import Metrics
from .buckets import run_bucketed

_STOP = object()  # tells the model thread to finish


class Backend(Protocol):
    def predict(self, feeds: dict[str, np.ndarray]) -> dict[str, np.ndarray]: ...


@dataclass
class _Item:
    feeds: dict[str, np.ndarray]  # 1-D arrays of one utterance
    future: asyncio.Future


class MicroBatcher:
    def __init__(
        self,
        backend: Backend,
        name: str,
        metrics: Metrics,
        max_batch_size: int = 32,
        max_wait_ms: float = 2.0,
        max_queue: int = 512,
        pad_values: dict[str, int] | None = None,
        run_cost_tokens: float | None = None,
        max_queue_wait_ms: float = 0.0,
    ):
        self.backend = backend
        self.name = name
        self.metrics = metrics
        self.max_batch_size = max_batch_size
        self.max_wait = max_wait_ms / 1000.0
        self.max_queue = max_queue
        self.pad_values = pad_values or {}
        self.run_cost_tokens = run_cost_tokens  # None: one padded run per batch (see buckets.py)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()  # _Item, or _STOP
        self._pending = 0  # admitted and not yet answered (event-loop side only)
        self.max_queue_wait = max_queue_wait_ms / 1000.0  # 0: no wait limit
        # enqueue times in queue order (event-loop side) and how many items the model thread has
        # taken off the queue (written by that thread only): the difference is who still waits
        self._enqueued: collections.deque[tuple[int, float]] = collections.deque()
        self._put = 0
        self._taken = 0
        self._thread: threading.Thread | None = None

    @property
    def pending(self) -> int:
        return self._pending

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name=f"ort-{self.name}", daemon=True)
            self._thread.start()

    def queue_wait(self) -> float:
        """Seconds the oldest utterance not yet taken for a run has waited (0 when none waits)."""
        taken = self._taken
        while self._enqueued and self._enqueued[0][0] < taken:
            self._enqueued.popleft()
        return time.monotonic() - self._enqueued[0][1] if self._enqueued else 0.0

    def check_room(self, count: int) -> None:
        """Refuse at once (Overloaded) when `count` more utterances would overfill the queue, or
        when the queue has stood longer than `max_queue_wait_ms`.

        Callers check before they spend time on featurization, so a refusal costs almost nothing.
        """
        if self._pending + count > self.max_queue:
            self._refuse(f"has {self._pending} utterances queued (limit {self.max_queue})")
        if self.max_queue_wait and (waited := self.queue_wait()) > self.max_queue_wait:
            self._refuse(f"is behind: its oldest queued utterance has waited {waited * 1e3:.0f} ms "
                         f"(limit {self.max_queue_wait * 1e3:g} ms)")

    def _refuse(self, why: str) -> None:
        self.metrics.rejected.labels(self.name).inc()
        raise Overloaded(f"pack {self.name!r} {why}; retry shortly")

    async def predict(self, rows: list[dict[str, np.ndarray]]) -> list[dict[str, np.ndarray]]:
        """Answer every row, or refuse them all at once when the queue cannot take them."""
        self.check_room(len(rows))
        self.start()
        loop = asyncio.get_running_loop()
        items = [_Item(r, loop.create_future()) for r in rows]
        self._pending += len(items)
        self.metrics.queue_depth.labels(self.name).set(self._pending)
        now = time.monotonic()
        for item in items:
            if self.max_queue_wait:  # only read (and trimmed) by the wait limit
                self._enqueued.append((self._put, now))
            self._put += 1
            self._queue.put(item)
        try:
            return list(await asyncio.gather(*(i.future for i in items)))
        finally:
            self._pending -= len(items)
            self.metrics.queue_depth.labels(self.name).set(self._pending)

    def _collect(self, first: _Item) -> tuple[list[_Item], bool]:
        """`first` and what else is queued, up to max_batch_size, waiting at most max_wait for company;
        and whether the stop sign was taken on the way."""
        batch = [first]
        deadline = time.monotonic() + self.max_wait
        while len(batch) < self.max_batch_size:
            remaining = deadline - time.monotonic()
            try:
                item = self._queue.get(timeout=remaining) if remaining > 0 else self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                return batch, True
            self._taken += 1
            batch.append(item)
        return batch, False

    def _work(self) -> None:
        """The model thread: take a batch, run it, hand the answers to the callers' event loop."""
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is _STOP:
                return
            self._taken += 1
            batch, stopping = self._collect(first)
            batch = [i for i in batch if not i.future.done()]  # callers that went away
            if not batch:
                continue
            try:
                started = time.perf_counter()
                outputs = run_bucketed(self.backend.predict, [i.feeds for i in batch], self.pad_values,
                                       self.run_cost_tokens)
                self.metrics.inference_latency.labels(self.name).observe(time.perf_counter() - started)
                self.metrics.batch_size.labels(self.name).observe(len(batch))
            except Exception as exc:  # a failed run fails its callers, never the thread
                self._hand_over(batch, None, exc)
                continue
            self._hand_over(batch, outputs, None)

    @staticmethod
    def _hand_over(batch: list[_Item], outputs: list | None, error: Exception | None) -> None:
        """One callback per event loop (normally one) sets every caller's future there."""
        by_loop: dict[asyncio.AbstractEventLoop, list[int]] = {}
        for k, item in enumerate(batch):
            by_loop.setdefault(item.future.get_loop(), []).append(k)

        def settle(indices: list[int]) -> None:
            for k in indices:
                future = batch[k].future
                if future.done():
                    continue
                if error is not None:
                    future.set_exception(error)
                else:
                    future.set_result(outputs[k])

        for loop, indices in by_loop.items():
            try:
                loop.call_soon_threadsafe(settle, indices)
            except RuntimeError:  # that loop has closed: nobody is waiting there any more
                pass

    async def close(self) -> None:
        """Stop after the admitted work is done (used when a reload retires this pack)."""
        while self._pending:
            await asyncio.sleep(0.01)
        if self._thread is not None:
            self._queue.put(_STOP)
            await asyncio.to_thread(self._thread.join, 5)
            self._thread = None
