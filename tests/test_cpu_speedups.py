"""The two CPU speed-ups of the runtime: length buckets (service/runtime/buckets.py) and the
SkipLayerNormalization split (service/runtime/cpu_graph.py), checked on a committed pack's real graph.

Exactness is checked on the float graph derived from the pack (precision.dequantize): there, a
row's answer must not depend on which rows share its run, nor on the fused or split LayerNorm. The
int8 graph quantizes activations per run, so it is checked for the same answers instead.
"""
import asyncio
import itertools
import json
import random

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from service.metrics import Metrics
from service.nlu.featurize import Featurizer
from service.packs import load_pack
from service.registry import RuntimeConfig
from service.runtime.batcher import MicroBatcher
from service.runtime.buckets import pad_batch, plan_runs, run_bucketed
from service.runtime.cpu_graph import FUSED, cpu_model_bytes, split_skip_layer_norm
from service.runtime.onnx_backend import OnnxBackend
from service.runtime.precision import dequantize
from service.syntax.parsers import SyntaxConfig
from tests.conftest import REPO, served_folder

MODELS = REPO / "models"
PACK = served_folder("assistant-e5s6")
TEXTS = ["play the latest song by adele on spotify", "wake me up at seven", "quel temps fera-t-il à paris demain",
         "set a reminder to call mom at five in the afternoon tomorrow please", "añade leche", "weather",
         "what will the weather be like in the next hour in new york city", "rappelle-moi d'appeler marie"]


def plan_cost(lengths, runs, run_cost):
    return sum(run_cost + len(run) * max(lengths[k] for k in run) for run in runs)


def test_plan_covers_every_row_once_and_keeps_runs_sorted():
    lengths = [12, 3, 30, 12, 7, 7, 19, 3]
    for run_cost in (None, 0, 5.5, 8, 1000):
        runs = plan_runs(lengths, run_cost)
        assert sorted(k for run in runs for k in run) == list(range(len(lengths)))
        flat = [lengths[k] for run in runs for k in run]
        assert flat == sorted(flat)
    assert plan_runs(lengths, None) == [sorted(range(8), key=lengths.__getitem__)]
    assert len(plan_runs(lengths, 1000)) == 1  # a run costs more than any padding
    assert all(len({lengths[k] for k in run}) == 1 for run in plan_runs(lengths, 0))  # free runs: no padding
    assert plan_runs([], 8) == [] and plan_runs([5], 8) == [[0]]


def test_plan_is_the_cheapest_split_of_the_sorted_rows():
    rng = random.Random(0)
    for _ in range(200):
        lengths = [rng.randint(3, 40) for _ in range(rng.randint(2, 8))]
        run_cost = rng.choice([0, 2, 5.5, 8, 20])
        order = sorted(range(len(lengths)), key=lengths.__getitem__)
        best = min(
            plan_cost(lengths, [order[a:b] for a, b in zip((0, *cuts), (*cuts, len(order)))], run_cost)
            for r in range(len(order)) for cuts in itertools.combinations(range(1, len(order)), r))
        assert plan_cost(lengths, plan_runs(lengths, run_cost), run_cost) == pytest.approx(best)


@pytest.fixture(scope="module")
def rows():
    manifest = json.loads((PACK / "manifest.json").read_text())
    featurizer = Featurizer.from_file(PACK / "tokenizer.json", manifest["max_length"], None)
    return [f.inputs(manifest["inputs"]) for f in featurizer.encode_batch(TEXTS)]


@pytest.fixture(scope="module")
def float_graph():
    return dequantize(onnx.load(str(PACK / "model.onnx")))


def session(graph: onnx.ModelProto) -> ort.InferenceSession:
    return ort.InferenceSession(graph.SerializeToString(), providers=["CPUExecutionProvider"])


def predictor(sess: ort.InferenceSession, calls: list | None = None):
    names = [o.name for o in sess.get_outputs()]

    def predict(feeds):
        if calls is not None:
            calls.append(feeds["input_ids"].shape)
        return dict(zip(names, sess.run(names, feeds)))
    return predict


def test_bucketed_runs_give_each_row_its_own_answer(rows, float_graph):
    calls = []
    sess = session(float_graph)
    bucketed = run_bucketed(predictor(sess, calls), rows, {}, 2.0)
    assert len(bucketed) == len(rows) and len(calls) > 1  # split, and each run no longer than needed
    assert sum(b * t for b, t in calls) < len(rows) * max(len(r["input_ids"]) for r in rows)
    whole = predictor(sess)(pad_batch(rows, {}))
    for k, row in enumerate(rows):
        n = len(row["input_ids"])
        np.testing.assert_allclose(bucketed[k]["intent_logits"], whole["intent_logits"][k], atol=1e-4)
        np.testing.assert_allclose(bucketed[k]["slot_logits"][:n], whole["slot_logits"][k][:n], atol=1e-4)


def test_split_layer_norm_computes_what_the_fused_op_computes(rows, float_graph):
    split = onnx.ModelProto.FromString(float_graph.SerializeToString())
    fused = sum(n.op_type == FUSED for n in split.graph.node)
    assert split_skip_layer_norm(split) == fused == 12  # two per layer, six layers
    assert not any(n.op_type == FUSED for n in split.graph.node)
    onnx.checker.check_model(split)
    feeds = pad_batch(rows, {})
    want, got = predictor(session(float_graph))(feeds), predictor(session(split))(feeds)
    for name in want:
        np.testing.assert_allclose(got[name], want[name], atol=1e-4)


@pytest.mark.parametrize("pack", sorted(f"{p.parent.name}/{p.name}" for p in MODELS.glob("*/*") if (p / "model.onnx").is_file()))
def test_every_committed_pack_runs_split_on_cpu_with_the_same_answers(pack):
    """The service loads each pack with the split; its int8 answers must match the graph as shipped."""
    path = MODELS / pack / "model.onnx"
    graph = cpu_model_bytes(path)
    assert graph is not None
    # the pack as shipped, and its featurizer (no parser: UD packs read the no-parse ids)
    loaded = load_pack(MODELS / pack, RuntimeConfig(providers=["CPUExecutionProvider"], split_skip_layer_norm=False,
                                                    syntax=SyntaxConfig(backend="none")))
    shipped = loaded.backend.session
    split = ort.InferenceSession(graph, providers=["CPUExecutionProvider"])
    assert [i.name for i in split.get_inputs()] == [i.name for i in shipped.get_inputs()]
    feeds = loaded.feeds(loaded.featurizer.encode_batch(TEXTS))
    real = feeds["attention_mask"].astype(bool)
    for want, got in zip(shipped.run(None, feeds), split.run(None, feeds)):
        agree = want.argmax(-1) == got.argmax(-1)
        assert (agree[real] if agree.shape == real.shape else agree).mean() >= 0.9


def test_graph_without_the_fused_op_is_left_as_shipped(tmp_path):
    node = onnx.helper.make_node("Relu", ["x"], ["y"])
    graph = onnx.helper.make_graph([node], "g", [onnx.helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [1])],
                                   [onnx.helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [1])])
    onnx.save(onnx.helper.make_model(graph), tmp_path / "m.onnx")
    assert cpu_model_bytes(tmp_path / "m.onnx") is None


def test_the_batcher_answers_each_caller_from_length_buckets(rows):
    backend = OnnxBackend(PACK / "model.onnx", ["CPUExecutionProvider"], 1, 1, split_skip_layer_norm=True)
    alone = [backend.predict(pad_batch([row], {})) for row in rows]

    async def together():
        batcher = MicroBatcher(backend, "t", Metrics(), max_batch_size=len(rows), max_wait_ms=50, max_queue=64,
                               run_cost_tokens=8.0)
        try:
            return await asyncio.gather(*(batcher.predict([row]) for row in rows))
        finally:
            await batcher.close()

    answers = asyncio.run(together())
    for row, solo, (got,) in zip(rows, alone, answers):
        assert got["intent_logits"].argmax() == solo["intent_logits"][0].argmax()
        assert len(got["slot_logits"]) >= len(row["input_ids"])
