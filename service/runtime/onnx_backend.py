"""ONNX Runtime backend: one InferenceSession, providers and threads from the registry.

Contract (what the batcher and pack loader use): `inputs`, `outputs`, `provider`, `predict(feeds)`.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort

from .cpu_graph import cpu_model_bytes
from .precision import model_bytes

log = logging.getLogger(__name__)

OPT_LEVELS = {
    "disable": ort.GraphOptimizationLevel.ORT_DISABLE_ALL,
    "basic": ort.GraphOptimizationLevel.ORT_ENABLE_BASIC,
    "extended": ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
    "all": ort.GraphOptimizationLevel.ORT_ENABLE_ALL,
}


@dataclass(frozen=True)
class TensorSpec:
    name: str
    type: str
    shape: tuple  # ints for fixed dims, strings/None for dynamic ones


def choose_providers(requested: list[str]) -> list[str]:
    """Requested providers that this onnxruntime build offers, in order; CPU is always last resort."""
    available = set(ort.get_available_providers())
    chosen = [p for p in requested if p in available]
    if "CPUExecutionProvider" not in chosen:
        chosen.append("CPUExecutionProvider")
    skipped = [p for p in requested if p not in available]
    if skipped:
        log.info("execution providers not available here, skipped: %s", ", ".join(skipped))
    return chosen


@functools.lru_cache(maxsize=1)
def load_cuda_libraries() -> None:
    """Load CUDA and cuDNN before the first CUDA session.

    onnxruntime-gpu's `[cuda,cudnn]` extras (requirements/gpu.txt) install them as nvidia-* pip
    packages, which need not be on the dynamic loader's path; where they are not, the CUDA provider
    fails to start and ONNX Runtime quietly runs on the CPU. `preload_dlls` (ONNX Runtime >= 1.21)
    loads them from those packages, else from the default paths (a CUDA base image). Checked on the
    H100 with onnxruntime-gpu in the image's own site-packages: CUDA provider, fp16 graph.
    """
    preload = getattr(ort, "preload_dlls", None)
    if preload is not None:
        preload(cuda=True, cudnn=True, msvc=False)


def _float_session(model_path: Path, precision: str, options, providers: list[str]) -> ort.InferenceSession | None:
    """A CUDA session on the float graph derived from the int8 pack, or None where the pack is to run
    as shipped: `precision` int8, a graph the converter does not know, or CUDA failing to start."""
    if precision == "int8":
        return None
    try:
        graph = model_bytes(model_path, precision)
    except ValueError as exc:
        log.warning("%s: no %s graph (%s); running it as shipped", model_path, precision, exc)
        return None
    if graph is None:
        return None
    session = ort.InferenceSession(graph, options, providers=providers)
    if session.get_providers()[0] != "CUDAExecutionProvider":  # ONNX Runtime fell back to the CPU
        log.warning("CUDA execution provider did not start; running %s as shipped on CPU", model_path)
        return None
    return session


class OnnxBackend:
    def __init__(
        self,
        model_path: Path,
        providers: list[str],
        intra_op_threads: int = 0,
        inter_op_threads: int = 0,
        optimization: str = "all",
        spinning: bool = True,
        gpu_precision: str = "int8",
        split_skip_layer_norm: bool = False,
    ):
        options = ort.SessionOptions()
        options.intra_op_num_threads = intra_op_threads
        options.inter_op_num_threads = inter_op_threads
        options.graph_optimization_level = OPT_LEVELS[optimization]
        if not spinning:
            # idle intra-op threads sleep instead of spinning: the CPU goes to the event loop
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        chosen = choose_providers(providers)
        self.precision = "int8"  # the graph as shipped (packs are int8; a float pack reads as such too)
        self.session = None
        if chosen[0] == "CUDAExecutionProvider":
            load_cuda_libraries()
            self.session = _float_session(model_path, gpu_precision, options, chosen)
            if self.session is not None:
                self.precision = gpu_precision
        if self.session is None:
            # ONNX Runtime's CPU SkipLayerNormalization kernel is slow: on CPU, run it as Add + LayerNorm
            on_cpu = chosen[0] == "CPUExecutionProvider"
            graph = cpu_model_bytes(model_path) if split_skip_layer_norm and on_cpu else None
            self.session = ort.InferenceSession(graph or str(model_path), options, providers=chosen)
        self.provider = self.session.get_providers()[0]
        self.inputs = {i.name: TensorSpec(i.name, i.type, tuple(i.shape)) for i in self.session.get_inputs()}
        self.outputs = {o.name: TensorSpec(o.name, o.type, tuple(o.shape)) for o in self.session.get_outputs()}
        self._output_names = list(self.outputs)

    def predict(self, feeds: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Run one padded batch: {input name: [B, T] array} -> {output name: array}."""
        values = self.session.run(self._output_names, feeds)
        return dict(zip(self._output_names, values))
