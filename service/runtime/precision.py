"""Float graphs for the GPU from the shipped int8 packs.

Packs ship dynamically quantized graphs (onnxruntime.quantization.quantize_dynamic): int8 weights,
activations quantized at run time. That is the fast form on CPU. On CUDA, DynamicQuantizeLinear
has no kernel, so the int8 graph runs partly on the CPU with copies in between; a float graph runs
wholly on the GPU. An fp16 copy would not fit the 40 MB pack limit (the 61.7k x 384 embedding table
alone is 47 MB in fp16), so the float graph is derived here, at load time, from the int8 one:

- `dequantize`: every MatMulInteger chain (DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul by
  the two scales) becomes one MatMul by the dequantized weight, and every quantized embedding
  lookup (Gather of int8 rows -> DequantizeLinear) a Gather of float rows. The weights are exactly
  the int8 values times their scales, so the float graph computes what the int8 model was trained
  and measured to compute, without the activation rounding.
  Fused ops are undone the same way: QAttention (activation from DynamicQuantizeLinear, int8 QKV
  weight) becomes Attention on the float activation and weight, QEmbedLayerNormalization (int8
  tables, gamma and beta) EmbedLayerNormalization.
- `to_fp16`: the float graph in half precision (ONNX Runtime's converter), inputs and outputs kept
  as they were (int64 ids in, float32 logits out), so callers do not change.

Which one the GPU runs is `runtime.gpu_precision` in the registry (loadtests/RESULTS.md, GPU).
"""
from __future__ import annotations

import numpy as np
import onnx
from onnx import helper, numpy_helper

PRECISIONS = ("int8", "fp32", "fp16")
QUANTIZED_OPS = {"MatMulInteger", "DynamicQuantizeLinear", "DequantizeLinear", "QAttention", "QEmbedLayerNormalization"}


class NotQuantized(ValueError):
    """The graph has no dynamically quantized MatMul: there is nothing to dequantize."""


def _index(graph: onnx.GraphProto):
    producer = {out: node for node in graph.node for out in node.output}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    return producer, consumers


def _sole_consumer(consumers, name: str, op_type: str) -> onnx.NodeProto:
    found = consumers.get(name, [])
    if len(found) != 1 or found[0].op_type != op_type:
        raise ValueError(f"{name}: expected one {op_type} consumer, found {[n.op_type for n in found]}")
    return found[0]


def _dequantized(q: np.ndarray, scale: np.ndarray, zero_point: np.ndarray) -> np.ndarray:
    # per-tensor scalars or per-column vectors ([N] for a [K, N] weight) broadcast the same way
    return ((q.astype(np.float32) - zero_point.astype(np.float32)) * scale.astype(np.float32)).astype(np.float32)


def _drop_dead(graph: onnx.GraphProto) -> None:
    """Remove nodes whose outputs nobody reads, then initializers nobody reads."""
    wanted = {o.name for o in graph.output}
    while True:
        used = wanted | {name for node in graph.node for name in node.input}
        dead = [n for n in graph.node if not any(out in used for out in n.output)]
        if not dead:
            break
        for node in dead:
            graph.node.remove(node)
    used = wanted | {name for node in graph.node for name in node.input}
    for init in [i for i in graph.initializer if i.name not in used]:
        graph.initializer.remove(init)


def dequantize(model: onnx.ModelProto) -> onnx.ModelProto:
    """A float32 copy of a dynamically quantized model (see the module docstring)."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    array = {}

    def value(name: str) -> np.ndarray:
        if name not in array:
            array[name] = numpy_helper.to_array(inits[name])
        return array[name]

    producer, consumers = _index(graph)
    replaced: dict[int, onnx.NodeProto] = {}  # position of the chain's last node -> its replacement
    removed: set[int] = set()
    position = {id(n): k for k, n in enumerate(graph.node)}
    new_inits = []
    matmuls = [n for n in graph.node if n.op_type == "MatMulInteger" and n.input[1] in inits]
    if not matmuls:
        raise NotQuantized("no MatMulInteger with a constant weight in this graph")
    for mmi in matmuls:
        quantize = producer.get(mmi.input[0])
        if quantize is None or quantize.op_type != "DynamicQuantizeLinear":
            raise ValueError(f"{mmi.name}: its activation is not from DynamicQuantizeLinear")
        cast = _sole_consumer(consumers, mmi.output[0], "Cast")
        rescale = _sole_consumer(consumers, cast.output[0], "Mul")
        scales = producer[next(i for i in rescale.input if i != cast.output[0])]
        weight_scale = [i for i in scales.input if i in inits]
        if scales.op_type != "Mul" or len(weight_scale) != 1:
            raise ValueError(f"{mmi.name}: the rescale is not activation scale x weight scale")
        weight = _dequantized(value(mmi.input[1]), value(weight_scale[0]), _zero_point(value, mmi.input, 3))
        name = mmi.input[1] + "_float"
        new_inits.append(numpy_helper.from_array(weight, name))
        replaced[position[id(rescale)]] = helper.make_node("MatMul", [quantize.input[0], name], [rescale.output[0]],
                                                           name=mmi.name.replace("_quant", "") + "_float")
        removed.update(position[id(n)] for n in (mmi, cast))
    for node in graph.node:  # quantized lookups: Gather(int8 table) -> DequantizeLinear
        if node.op_type != "DequantizeLinear":
            continue
        if node.input[0] in inits:  # a quantized constant that float ops read (a shared LayerNorm weight)
            new_inits.append(numpy_helper.from_array(
                _dequantized(value(node.input[0]), value(node.input[1]), _zero_point(value, node.input, 2)),
                node.output[0]))
            removed.add(position[id(node)])
            continue
        gather = producer.get(node.input[0])
        if gather is None or gather.op_type != "Gather" or gather.input[0] not in inits:
            continue
        table = _dequantized(value(gather.input[0]), value(node.input[1]), _zero_point(value, node.input, 2))
        name = gather.input[0] + "_float"
        new_inits.append(numpy_helper.from_array(table, name))
        replaced[position[id(node)]] = helper.make_node("Gather", [name, gather.input[1]], [node.output[0]],
                                                        name=gather.name + "_float",
                                                        axis=helper.get_node_attr_value(gather, "axis")
                                                        if any(a.name == "axis" for a in gather.attribute) else 0)
        removed.add(position[id(gather)])
    for node in graph.node:
        if node.op_type == "QAttention":
            replaced[position[id(node)]], weight = _float_attention(node, producer, value)
            new_inits.append(weight)
        elif node.op_type == "QEmbedLayerNormalization":
            replaced[position[id(node)]], tables = _float_embeddings(node, value)
            new_inits.extend(tables)
    # the replacement takes the place of the chain's last node, so the topological order holds
    nodes = [replaced.get(k, n) for k, n in enumerate(graph.node) if k not in removed]
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(new_inits)
    _drop_dead(graph)
    left = sorted({n.op_type for n in graph.node} & QUANTIZED_OPS)
    if left:
        raise ValueError(f"quantized ops left after dequantizing: {left}")
    onnx.checker.check_model(model)
    return model


def _zero_point(value, inputs, k: int) -> np.ndarray:
    """Input k of a node, the zero point: absent (or empty) means 0."""
    return value(inputs[k]) if len(inputs) > k and inputs[k] else np.zeros(1, np.int8)


def _float_attention(node: onnx.NodeProto, producer, value) -> tuple[onnx.NodeProto, onnx.TensorProto]:
    """QAttention(quantized x, int8 qkv, bias, x scale, w scale, mask, x zero point, w zero point[, past])
    -> Attention(x, float qkv, bias, mask[, past]), with the same attributes (num_heads...)."""
    inputs = list(node.input) + [""] * (9 - len(node.input))
    quantize = producer.get(inputs[0])
    if quantize is None or quantize.op_type != "DynamicQuantizeLinear":
        raise ValueError(f"{node.name}: its activation is not from DynamicQuantizeLinear")
    weight = numpy_helper.from_array(_dequantized(value(inputs[1]), value(inputs[4]), _zero_point(value, inputs, 7)),
                                     inputs[1] + "_float")
    float_inputs = [quantize.input[0], weight.name, inputs[2], inputs[5], inputs[8]]
    while float_inputs[-1] == "":  # optional trailing inputs stay absent, as the fused graph had them
        float_inputs.pop()
    attention = helper.make_node("Attention", float_inputs, list(node.output), name=node.name + "_float",
                                 domain="com.microsoft")
    attention.attribute.extend(node.attribute)
    return attention, weight


# QEmbedLayerNormalization's quantized inputs (2..6) and where their scales and zero points follow
_EMBEDDING_TABLES, _SCALES, _ZERO_POINTS = range(2, 7), 8, 13


def _float_embeddings(node: onnx.NodeProto, value) -> tuple[onnx.NodeProto, list[onnx.TensorProto]]:
    """QEmbedLayerNormalization(ids, segments, int8 word/position/segment tables, gamma, beta, mask,
    5 scales, 5 zero points) -> EmbedLayerNormalization(ids, segments, float tables, gamma, beta, mask)."""
    inputs, tables = list(node.input), []
    for k, i in enumerate(_EMBEDDING_TABLES):
        if not inputs[i]:
            continue
        table = _dequantized(value(inputs[i]), value(inputs[_SCALES + k]), _zero_point(value, inputs, _ZERO_POINTS + k))
        tables.append(numpy_helper.from_array(table, inputs[i] + "_float"))
        inputs[i] = tables[-1].name
    embed = helper.make_node("EmbedLayerNormalization", inputs[:8], list(node.output), name=node.name + "_float",
                             domain="com.microsoft")
    embed.attribute.extend(node.attribute)
    return embed, tables


def to_fp16(model: onnx.ModelProto) -> onnx.ModelProto:
    """Half-precision copy of a float32 model; int64 inputs and float32 outputs stay as they are."""
    from onnxruntime.transformers.float16 import convert_float_to_float16  # imports onnx helpers: load lazily

    return convert_float_to_float16(model, keep_io_types=True, disable_shape_infer=True)


def model_bytes(path, precision: str) -> bytes | None:
    """The graph to run for `precision`, or None when the file as shipped is that graph."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision {precision!r}: expected one of {PRECISIONS}")
    if precision == "int8":
        return None
    model = onnx.load(str(path))
    try:
        model = dequantize(model)
    except NotQuantized:
        if precision == "fp32":
            return None  # already a float32 graph
    if precision == "fp16":
        model = to_fp16(model)
    return model.SerializeToString()
