"""The float graphs a GPU runs, derived from a shipped int8 pack (service/runtime/precision.py).

The GPU itself is measured by loadtests/gpu_bench.py; here the graphs are checked on the CPU, which
runs fp32 and (more slowly) fp16 graphs too.
"""
import json

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from service.nlu.featurize import Featurizer
from service.runtime.buckets import pad_batch
from service.runtime.onnx_backend import OnnxBackend
from service.runtime.precision import QUANTIZED_OPS, NotQuantized, dequantize, model_bytes
from tests.conftest import served_folder

PACK = served_folder("assistant-e5s6")
TEXTS = ["play the latest song by adele on spotify", "wake me up at seven tomorrow",
         "quel temps fera-t-il à paris demain", "set a reminder to call mom", "añade leche a mi lista"]


@pytest.fixture(scope="module")
def feeds():
    manifest = json.loads((PACK / "manifest.json").read_text())
    featurizer = Featurizer.from_file(PACK / "tokenizer.json", manifest["max_length"], None)
    return pad_batch([f.inputs(manifest["inputs"]) for f in featurizer.encode_batch(TEXTS)], {})


def run(graph, feeds):
    session = ort.InferenceSession(graph, providers=["CPUExecutionProvider"])
    return dict(zip([o.name for o in session.get_outputs()], session.run(None, feeds)))


@pytest.fixture(scope="module")
def int8(feeds):
    return run(str(PACK / "model.onnx"), feeds)


@pytest.mark.parametrize("precision", ["fp32", "fp16"])
def test_float_graph_agrees_with_the_int8_pack(precision, feeds, int8):
    graph = model_bytes(PACK / "model.onnx", precision)
    model = onnx.load_from_string(graph)
    assert not {n.op_type for n in model.graph.node} & QUANTIZED_OPS
    # callers see the same interface: int64 ids in, float32 logits out
    assert {i.name: i.type.tensor_type.elem_type for i in model.graph.input} == {
        "input_ids": onnx.TensorProto.INT64, "attention_mask": onnx.TensorProto.INT64}
    assert all(o.type.tensor_type.elem_type == onnx.TensorProto.FLOAT for o in model.graph.output)
    floats = (onnx.TensorProto.FLOAT, onnx.TensorProto.FLOAT16)
    weights = {i.data_type for i in model.graph.initializer if len(i.dims) == 2 and i.data_type in floats}
    assert weights == {onnx.TensorProto.FLOAT16 if precision == "fp16" else onnx.TensorProto.FLOAT}
    out = run(graph, feeds)
    # same intents; logits differ only by the int8 activation rounding the float graph leaves out
    assert (out["intent_logits"].argmax(-1) == int8["intent_logits"].argmax(-1)).all()
    assert np.abs(out["intent_logits"] - int8["intent_logits"]).max() < 1.5
    real = feeds["attention_mask"].astype(bool)
    agree = (out["slot_logits"].argmax(-1) == int8["slot_logits"].argmax(-1))[real].mean()
    assert agree > 0.9


@pytest.mark.parametrize("pack", sorted(p.parent.name + "/" + p.name for p in PACK.parent.parent.glob("*/*")
                                         if (p / "model.onnx").is_file()))
def test_every_committed_pack_has_a_float_graph(pack):
    """A pack whose graph the converter does not know would run as shipped on a GPU (slowly)."""
    model = dequantize(onnx.load(str(PACK.parent.parent / pack / "model.onnx")))
    assert not {n.op_type for n in model.graph.node} & QUANTIZED_OPS


def test_int8_is_the_file_as_shipped():
    assert model_bytes(PACK / "model.onnx", "int8") is None
    with pytest.raises(ValueError, match="precision"):
        model_bytes(PACK / "model.onnx", "bf16")


def test_a_float_graph_has_nothing_to_dequantize():
    fp32 = dequantize(onnx.load(str(PACK / "model.onnx")))
    with pytest.raises(NotQuantized):
        dequantize(fp32)


def test_the_cpu_runs_the_pack_as_shipped_whatever_the_gpu_precision(feeds, int8):
    backend = OnnxBackend(PACK / "model.onnx", ["CUDAExecutionProvider", "CPUExecutionProvider"],
                          intra_op_threads=1, gpu_precision="fp16")
    if backend.provider == "CUDAExecutionProvider":
        pytest.skip("a GPU is present: loadtests/gpu_bench.py measures it")
    assert backend.precision == "int8"
    np.testing.assert_array_equal(backend.predict(feeds)["intent_logits"], int8["intent_logits"])
