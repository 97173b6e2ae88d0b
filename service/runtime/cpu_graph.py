"""CPU-side graph edit: SkipLayerNormalization runs as Add + LayerNormalization.

The packs are exported with ONNX Runtime's BERT fusions, which turn each residual add + LayerNorm
into one `SkipLayerNormalization` (com.microsoft). On this project's CPUs, ONNX Runtime 1.31's CPU
kernel for it takes ~150 us per call on a [4, 15, 384] batch, against ~45 us for the plain Add and
LayerNormalization it replaces: 19% of a 6-layer encoder's run time went to it (ONNX Runtime's
profiler, loadtests/RESULTS.md "Length buckets and the SkipLayerNormalization split"). The split is
the same arithmetic (input + skip + bias, then LayerNorm with the node's epsilon), so the float graph
computes the same values up to rounding order; the int8 packs keep their int8 weights untouched.

Applied at load, on CPU only (`runtime.split_skip_layer_norm`); the GPU's float graph keeps the
fused op, whose CUDA kernel is fast.
"""
from __future__ import annotations

import onnx
from onnx import helper

FUSED = "SkipLayerNormalization"


def split_skip_layer_norm(model: onnx.ModelProto) -> int:
    """Rewrite every SkipLayerNormalization of `model` in place; returns how many were rewritten.

    Only nodes whose optional outputs (mean, inverse std, the pre-norm sum) nobody reads, or only the
    sum, are rewritten; the sum keeps its name so its readers still find it."""
    graph = model.graph
    nodes, count = [], 0
    for node in graph.node:
        if node.op_type != FUSED or node.domain != "com.microsoft" or any(node.output[1:3]):
            nodes.append(node)
            continue
        x, skip, gamma = node.input[:3]
        beta = node.input[3] if len(node.input) > 3 else ""
        bias = node.input[4] if len(node.input) > 4 else ""
        epsilon = next((a.f for a in node.attribute if a.name == "epsilon"), 1e-12)
        summed = node.output[3] if len(node.output) > 3 and node.output[3] else f"{node.name}_sum"
        residual = f"{node.name}_residual" if bias else summed
        nodes.append(helper.make_node("Add", [x, skip], [residual], name=f"{node.name}_add"))
        if bias:
            nodes.append(helper.make_node("Add", [residual, bias], [summed], name=f"{node.name}_bias"))
        nodes.append(helper.make_node("LayerNormalization", [summed, gamma] + ([beta] if beta else []), [node.output[0]],
                                      name=f"{node.name}_norm", axis=-1, epsilon=epsilon))
        count += 1
    if count:
        del graph.node[:]
        graph.node.extend(nodes)
    return count


def cpu_model_bytes(path) -> bytes | None:
    """The pack's graph with its SkipLayerNormalization nodes split, or None when it has none (or its
    opset predates LayerNormalization, 17)."""
    model = onnx.load(str(path))
    opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 0)
    if opset < 17 or not split_skip_layer_norm(model):
        return None
    return model.SerializeToString()
