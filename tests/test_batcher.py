"""The micro-batcher's model thread (service/runtime/batcher.py) on a real pack's ONNX session."""
import asyncio
import json

import numpy as np
import pytest

from service.metrics import Metrics
from service.nlu.featurize import Featurizer
from service.runtime.batcher import MicroBatcher
from service.runtime.onnx_backend import OnnxBackend
from tests.conftest import served_folder

PACK = served_folder("assistant-e5s6")
TEXTS = ["play the latest song by adele on spotify", "wake me up at seven", "añade leche a mi lista"]


@pytest.fixture(scope="module")
def backend_and_rows():
    manifest = json.loads((PACK / "manifest.json").read_text())
    featurizer = Featurizer.from_file(PACK / "tokenizer.json", manifest["max_length"], None)
    rows = [f.inputs(manifest["inputs"]) for f in featurizer.encode_batch(TEXTS)]
    return OnnxBackend(PACK / "model.onnx", ["CPUExecutionProvider"], 1, 1), rows


def test_a_failed_run_fails_its_callers_and_the_thread_serves_on(backend_and_rows):
    backend, rows = backend_and_rows

    async def scenario():
        batcher = MicroBatcher(backend, "t", Metrics(), max_batch_size=8, max_wait_ms=0, max_queue=64)
        try:
            # a row of the wrong type makes ONNX Runtime itself refuse the run
            broken = {name: value.astype(np.float32) for name, value in rows[0].items()}
            with pytest.raises(Exception, match="(?i)type|invalid"):
                await batcher.predict([broken])
            assert batcher.pending == 0
            answers = await batcher.predict(rows)
            assert [a["intent_logits"].shape for a in answers] == [answers[0]["intent_logits"].shape] * len(rows)
        finally:
            await batcher.close()
        return batcher

    batcher = asyncio.run(scenario())
    assert batcher._thread is None  # close() stopped and joined the model thread


def test_callers_that_went_away_are_skipped(backend_and_rows):
    backend, rows = backend_and_rows

    async def scenario():
        batcher = MicroBatcher(backend, "t", Metrics(), max_batch_size=8, max_wait_ms=50, max_queue=64)
        try:
            gone = asyncio.ensure_future(batcher.predict([rows[0]]))
            await asyncio.sleep(0.005)  # queued, still waiting for company
            gone.cancel()
            answers = await batcher.predict(rows[1:])
            assert len(answers) == 2
            with pytest.raises(asyncio.CancelledError):
                await gone
        finally:
            await batcher.close()

    asyncio.run(scenario())


def test_a_standing_queue_is_refused_by_its_wait_and_a_drained_one_admits_again(backend_and_rows):
    """max_queue_wait_ms: while the oldest queued utterance has waited longer than the limit, new
    work gets Overloaded at once (however short the queue is against max_queue); once the model
    thread catches up, work is admitted again. Off by default: nothing is tracked."""
    from service.errors import Overloaded
    backend, rows = backend_and_rows

    async def scenario():
        batcher = MicroBatcher(backend, "t", Metrics(), max_batch_size=1, max_wait_ms=0, max_queue=10_000,
                               max_queue_wait_ms=20)
        plain = MicroBatcher(backend, "p", Metrics(), max_batch_size=1, max_wait_ms=0, max_queue=10_000)
        try:
            backlog = asyncio.ensure_future(batcher.predict(rows * 100))  # one run per utterance: a standing queue
            await asyncio.sleep(0.08)
            assert not backlog.done() and batcher.queue_wait() > 0.02
            with pytest.raises(Overloaded, match="has waited"):
                batcher.check_room(1)
            assert len(await backlog) == 300
            assert batcher.queue_wait() == 0.0 and not batcher._enqueued
            assert len(await batcher.predict(rows)) == 3  # admitted again
            await plain.predict(rows * 10)
            assert not plain._enqueued and plain._taken == 30
        finally:
            await batcher.close()
            await plain.close()

    asyncio.run(scenario())
