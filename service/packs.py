"""Model packs: `models/<pack>/<version>/` with model.onnx, tokenizer.json, manifest.json, MODEL_CARD.md.

The loader checks everything the manifest claims (file hashes, session inputs/outputs, label counts,
heads the task needs) and refuses a pack with an error that says what differs.
"""
from __future__ import annotations

import hashlib
import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import PackError
from .nlu.featurize import Featurizer
from .runtime.buckets import pad_batch
from .runtime.onnx_backend import OnnxBackend
from .syntax.parsers import ParserUnavailable
from .syntax.tagger import SYNTAX_INPUTS, shared_tagger
from .tasks import REQUIRED_HEADS

REQUIRED_FILES = ("model.onnx", "tokenizer.json", "MODEL_CARD.md")
BASE_INPUTS = ("input_ids", "attention_mask")
# Inputs the featurizer can produce (see Features). A pack asking for others is refused at load.
SUPPORTED_INPUTS = (*BASE_INPUTS, "token_type_ids", *SYNTAX_INPUTS)


class Head(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    output: str = Field(description="ONNX output holding this head's logits")
    kind: Literal["sequence", "token"]
    labels: list[str] = Field(min_length=1)
    scheme: str | None = Field(None, description="token heads: 'BIO' or 'keep_drop'")
    task: str | None = Field(None, description="set in a multi-task pack when the head serves one task only "
                                               "(two tasks each read a head called 'intent')")


class Metric(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    value: float
    split: str = Field(description="the data set the number was measured on, e.g. 'snips/test'")
    variant: str | None = Field(None, description="e.g. 'fp32' or 'int8'")
    language: str | None = Field(None, description="set when the number covers one language of the split")


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: Literal[1] = 1
    name: str
    version: str
    tasks: list[str] = Field(min_length=1)
    base_model: str
    languages: list[str]
    max_length: int = Field(gt=2, le=512)
    inputs: list[str] = Field(description="every ONNX input: input_ids, attention_mask, then feature inputs")
    context: bool = Field(False, description="whether the pack encodes the previous turn as a text pair")
    heads: list[Head] = Field(min_length=1)
    data: dict[str, str] = Field(description="what each split of training/evaluation data was")
    metrics: list[Metric] = []
    quantization: str | None = None
    syntax: dict[str, str] | None = Field(
        None, description="packs with UD inputs: language -> the parser their features were trained with")
    files: dict[str, str] = Field(description="sha256 of every file in the pack besides the manifest")

    def head(self, name: str, task: str | None = None) -> Head:
        """The head `name` as `task` reads it: one scoped to the task first, else an unscoped one."""
        found = self.find_head(name, task)
        if found is None:
            raise KeyError(name)
        return found

    def find_head(self, name: str, task: str | None = None) -> Head | None:
        scoped = [h for h in self.heads if h.name == name and h.task == task]
        shared = [h for h in self.heads if h.name == name and h.task is None]
        return (scoped or shared or [None])[0]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(folder: Path) -> Manifest:
    path = folder / "manifest.json"
    if not path.is_file():
        raise PackError(f"{folder}: no manifest.json (a pack folder holds model.onnx, tokenizer.json, manifest.json)")
    try:
        return Manifest.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as exc:
        raise PackError(f"{path}: invalid manifest: {exc}") from exc


def verify_files(folder: Path, manifest: Manifest) -> None:
    missing = [f for f in REQUIRED_FILES if f not in manifest.files]
    if missing:
        raise PackError(f"{folder}: manifest 'files' lacks {missing}")
    for name, expected in manifest.files.items():
        path = folder / name
        if not path.is_file():
            raise PackError(f"{folder}: manifest lists {name} but the file is missing")
        actual = file_sha256(path)
        if actual != expected:
            raise PackError(f"{folder}/{name}: sha256 {actual[:12]}… differs from the manifest's {expected[:12]}…")


def verify_session(folder: Path, manifest: Manifest, backend: OnnxBackend) -> None:
    declared, actual = set(manifest.inputs), set(backend.inputs)
    if not set(BASE_INPUTS) <= declared:
        raise PackError(f"{folder}: manifest inputs must include {list(BASE_INPUTS)}")
    unsupported = declared - set(SUPPORTED_INPUTS)
    if unsupported:
        raise PackError(f"{folder}: this service cannot produce inputs {sorted(unsupported)}; "
                        f"it supports {list(SUPPORTED_INPUTS)}")
    if set(SYNTAX_INPUTS) & declared and not set(SYNTAX_INPUTS) <= declared:
        raise PackError(f"{folder}: UD features need both inputs {list(SYNTAX_INPUTS)}; the manifest declares "
                        f"{sorted(set(SYNTAX_INPUTS) & declared)}")
    if declared != actual:
        raise PackError(f"{folder}: model.onnx inputs {sorted(actual)} differ from the manifest's {sorted(declared)}")
    for name in declared:
        if backend.inputs[name].type != "tensor(int64)":
            raise PackError(f"{folder}: input {name} is {backend.inputs[name].type}, expected tensor(int64)")
    for head in manifest.heads:
        spec = backend.outputs.get(head.output)
        if spec is None:
            raise PackError(f"{folder}: head {head.name!r} reads output {head.output!r}, which model.onnx lacks "
                            f"(it has {sorted(backend.outputs)})")
        rank = 2 if head.kind == "sequence" else 3
        if len(spec.shape) != rank:
            raise PackError(f"{folder}: output {head.output} has rank {len(spec.shape)}, a {head.kind} head needs {rank}")
        width = spec.shape[-1]
        if isinstance(width, int) and width != len(head.labels):
            raise PackError(f"{folder}: output {head.output} has {width} classes but head {head.name!r} "
                            f"lists {len(head.labels)} labels")


def verify_task(folder: Path, manifest: Manifest, task: str) -> None:
    if task not in manifest.tasks:
        raise PackError(f"{folder}: the registry serves task {task!r} with this pack, but it declares {manifest.tasks}")
    for name, kind in REQUIRED_HEADS[task].items():
        head = manifest.find_head(name, task)
        if head is None or head.kind != kind:
            heads = {h.name + (f" ({h.task})" if h.task else ""): h.kind for h in manifest.heads}
            raise PackError(f"{folder}: task {task!r} needs a {kind} head named {name!r}; pack heads are {heads}")


@dataclass
class LoadedPack:
    """A verified pack with its session and featurizer. Requests lease it while they use it."""

    folder: Path
    manifest: Manifest
    featurizer: Featurizer
    backend: OnnxBackend
    manifest_sha: str
    inflight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    batcher: object = None  # MicroBatcher, attached by the registry inside the event loop

    @property
    def key(self) -> str:
        return f"{self.manifest.name}@{self.manifest.version}"

    def feeds(self, features) -> dict:
        """A padded [B, T] batch of this pack's model inputs (for direct, unbatched runs)."""
        return pad_batch([f.inputs(self.manifest.inputs) for f in features], {})

    @contextmanager
    def lease(self):
        with self._lock:
            self.inflight += 1
        try:
            yield self
        finally:
            with self._lock:
                self.inflight -= 1


def load_pack(folder: Path, runtime) -> LoadedPack:
    """Load and verify a pack folder. Blocking (creates an ONNX Runtime session): call off the loop."""
    folder = folder.resolve()
    if not folder.is_dir():
        raise PackError(f"pack folder {folder} does not exist")
    manifest = read_manifest(folder)
    verify_files(folder, manifest)
    try:
        backend = OnnxBackend(folder / "model.onnx", runtime.providers, runtime.intra_op_threads,
                              runtime.inter_op_threads, runtime.graph_optimization, runtime.spinning,
                              runtime.gpu_precision, runtime.split_skip_layer_norm)
    except Exception as exc:  # onnxruntime raises its own exception types for unreadable graphs
        raise PackError(f"{folder}/model.onnx: ONNX Runtime cannot load it: {exc}") from exc
    verify_session(folder, manifest, backend)
    syntax = None
    if set(SYNTAX_INPUTS) <= set(manifest.inputs):
        try:
            syntax = shared_tagger(runtime.syntax)
            syntax.parser.warm()  # load the parsers now, not on the first request
        except ParserUnavailable as exc:
            raise PackError(f"{folder}: its model reads UD features, but the parser cannot run: {exc}") from exc
    try:
        featurizer = Featurizer.from_file(folder / "tokenizer.json", manifest.max_length, syntax)
    except Exception as exc:
        raise PackError(f"{folder}/tokenizer.json: cannot load it: {exc}") from exc
    return LoadedPack(folder, manifest, featurizer, backend, file_sha256(folder / "manifest.json"))
