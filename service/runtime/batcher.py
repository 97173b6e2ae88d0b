"""Micro-batcher: utterances that arrive together share padded ONNX Runtime runs (one, or a few
of similar lengths on CPU: buckets.py).

Admission is a non-blocking check against `max_queue`: the excess is refused at once (429) rather
than queued without bound. Runs happen on one dedicated thread, off the event loop; ONNX Runtime's
own intra-op threads use the cores.
"""
from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..errors import Overloaded
from ..metrics import Metrics
from .buckets import run_bucketed


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
    ):
        self.backend = backend
        self.name = name
        self.metrics = metrics
        self.max_batch_size = max_batch_size
        self.max_wait = max_wait_ms / 1000.0
        self.max_queue = max_queue
        self.pad_values = pad_values or {}
        self.run_cost_tokens = run_cost_tokens  # None: one padded run per batch (see buckets.py)
        self._queue: asyncio.Queue[_Item] = asyncio.Queue()
        self._pending = 0  # admitted and not yet answered
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"ort-{name}")
        self._worker: asyncio.Task | None = None

    @property
    def pending(self) -> int:
        return self._pending

    def start(self) -> None:
        if self._worker is None:
            self._worker = asyncio.get_running_loop().create_task(self._run(), name=f"batcher-{self.name}")

    def check_room(self, count: int) -> None:
        """Refuse at once (Overloaded) when `count` more utterances would overfill the queue.

        Callers check before they spend time on featurization, so a refusal costs almost nothing.
        """
        if self._pending + count > self.max_queue:
            self.metrics.rejected.labels(self.name).inc()
            raise Overloaded(
                f"pack {self.name!r} has {self._pending} utterances queued (limit {self.max_queue}); retry shortly"
            )

    async def predict(self, rows: list[dict[str, np.ndarray]]) -> list[dict[str, np.ndarray]]:
        """Answer every row, or refuse them all at once when the queue cannot take them."""
        self.check_room(len(rows))
        self.start()
        loop = asyncio.get_running_loop()
        items = [_Item(r, loop.create_future()) for r in rows]
        self._pending += len(items)
        self.metrics.queue_depth.labels(self.name).set(self._pending)
        for item in items:
            self._queue.put_nowait(item)
        try:
            return list(await asyncio.gather(*(i.future for i in items)))
        finally:
            self._pending -= len(items)
            self.metrics.queue_depth.labels(self.name).set(self._pending)

    async def _collect(self) -> list[_Item]:
        batch = [await self._queue.get()]
        deadline = time.monotonic() + self.max_wait
        while len(batch) < self.max_batch_size:
            if not self._queue.empty():
                batch.append(self._queue.get_nowait())
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                batch.append(await asyncio.wait_for(self._queue.get(), remaining))
            except asyncio.TimeoutError:
                break
        return batch

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = await self._collect()
            batch = [i for i in batch if not i.future.done()]  # callers that went away
            if not batch:
                continue
            try:
                started = time.perf_counter()
                outputs = await loop.run_in_executor(self._executor, run_bucketed, self.backend.predict,
                                                     [i.feeds for i in batch], self.pad_values, self.run_cost_tokens)
                self.metrics.inference_latency.labels(self.name).observe(time.perf_counter() - started)
                self.metrics.batch_size.labels(self.name).observe(len(batch))
            except Exception as exc:  # a failed run fails its callers, never the worker
                for i in batch:
                    if not i.future.done():
                        i.future.set_exception(exc)
                continue
            for item, answer in zip(batch, outputs):
                if not item.future.done():
                    item.future.set_result(answer)

    async def close(self) -> None:
        """Stop after the admitted work is done (used when a reload retires this pack)."""
        while self._pending:
            await asyncio.sleep(0.01)
        if self._worker is not None:
            self._worker.cancel()
            try:
                await self._worker
            except asyncio.CancelledError:
                pass
            self._worker = None
        self._executor.shutdown(wait=False)
