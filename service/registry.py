"""The registry: which packs serve which task, the default per task, and runtime settings.

`models/registry.yaml` (or the file REGISTRY names) is the whole configuration of the models; a swap
is an edit of that file followed by a reload. A reload builds a new snapshot off to the side and
swaps it in one assignment; a pack that fails to load leaves its previous version serving.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import PackError, ReloadFailed, ReloadInProgress, TaskNotServed, UnknownModel
from .gate.policy import GatePolicy, load_policy
from .metrics import Metrics
from .packs import LoadedPack, file_sha256, load_pack, verify_task
from .runtime.batcher import MicroBatcher
from .runtime.heap import freeze_long_lived
from .syntax.parsers import ParserUnavailable, SyntaxConfig
from .syntax.tagger import shared_tagger
from .tasks import TASKS

log = logging.getLogger(__name__)


class Batching(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_batch_size: int = Field(32, ge=1, le=1024)
    max_wait_ms: float = Field(2.0, ge=0, le=1000)
    max_queue: int = Field(512, ge=1)
    max_queue_wait_ms: float = Field(
        0.0, ge=0, description="also refuse (429) while the oldest queued utterance has waited longer than this: "
                               "sheds a standing queue, lets bursts through (service/runtime/batcher.py); 0 = off")
    run_cost_tokens: float | None = Field(
        8.0, ge=0, description="on CPU, the fixed cost of one ONNX Runtime run in padded tokens: a micro-batch "
                               "is split into runs of similar lengths where that saves more padding than it "
                               "costs (service/runtime/buckets.py); null = one padded run. CUDA runs one.")


class RuntimeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    providers: list[str] = ["CUDAExecutionProvider", "CPUExecutionProvider"]
    intra_op_threads: int = Field(0, ge=0, description="0 = ONNX Runtime's default (one per core)")
    inter_op_threads: int = Field(1, ge=0)
    graph_optimization: str = Field("all", pattern="^(disable|basic|extended|all)$")
    spinning: bool = Field(True, description="let idle ONNX Runtime threads spin (lower latency, more CPU)")
    gpu_precision: Literal["int8", "fp32", "fp16"] = Field(
        "fp16", description="what an int8 pack runs as on CUDA: the float graph is derived at load "
                            "(service/runtime/precision.py); the CPU runs the int8 graph")
    split_skip_layer_norm: bool = Field(
        True, description="on CPU, run SkipLayerNormalization as Add + LayerNormalization: ONNX Runtime's CPU "
                          "kernel for it is ~3x slower (service/runtime/cpu_graph.py)")
    batching: Batching = Batching()
    syntax: SyntaxConfig = Field(SyntaxConfig(), description="the dependency parser of packs with UD inputs")


class TaskConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    default: str | None = None
    packs: dict[str, str] = Field(default_factory=dict, description="pack name -> folder, relative to the registry file")

    @model_validator(mode="after")
    def _default_is_listed(self):
        if self.default is not None and self.default not in self.packs:
            raise ValueError(f"default {self.default!r} is not one of the listed packs {sorted(self.packs)}")
        return self


class GateConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    lambda_: float = Field(0.3, alias="lambda", ge=0,
                           description="cost sensitivity: translate when predicted gain > lambda x cost")
    policies: dict[str, str] = Field(default_factory=dict,
                                     description="intent/entity pack name -> gate policy folder (relative)")


class RegistryConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    runtime: RuntimeConfig = RuntimeConfig()
    tasks: dict[str, TaskConfig]
    gate: GateConfig = GateConfig()

    @model_validator(mode="after")
    def _known_tasks(self):
        unknown = set(self.tasks) - set(TASKS)
        if unknown:
            raise ValueError(f"unknown tasks {sorted(unknown)}; the service answers {list(TASKS)}")
        return self

    def pack_path(self, name: str) -> str | None:
        """The folder (relative to the registry file) that pack `name` is served from, by any task."""
        return next((task.packs[name] for task in self.tasks.values() if name in task.packs), None)


def served_pack(registry_file: Path, name: str) -> Path | None:
    """The folder pack `name` is served from by the registry in `registry_file` (its relative path
    resolved against the file's folder); None when no task names it."""
    rel = read_registry(registry_file).pack_path(name)
    return None if rel is None else _resolved(registry_file, rel)


def served_default(registry_file: Path, task: str) -> Path:
    """The folder of `task`'s default pack in the registry in `registry_file`."""
    packs = read_registry(registry_file).tasks[task]
    if packs.default is None:
        raise ReloadFailed(f"registry file {registry_file}: task {task!r} has no default pack")
    return _resolved(registry_file, packs.packs[packs.default])


def _resolved(registry_file: Path, rel: str) -> Path:
    """A pack folder named in a registry file: relative paths are relative to the file's folder."""
    return (registry_file.parent / rel).resolve()


def read_registry(path: Path) -> RegistryConfig:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReloadFailed(f"cannot read registry file {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ReloadFailed(f"registry file {path} is not valid YAML: {exc}") from exc
    try:
        return RegistryConfig.model_validate(raw)
    except ValidationError as exc:
        raise ReloadFailed(f"registry file {path} is invalid: {exc}") from exc


@dataclass(frozen=True)
class TaskPacks:
    default: str | None
    packs: dict[str, LoadedPack]


@dataclass(frozen=True)
class Snapshot:
    config: RegistryConfig
    tasks: dict[str, TaskPacks]
    errors: dict[str, str] = field(default_factory=dict)  # "task/pack" -> why it is not (newly) loaded
    gates: dict[str, GatePolicy] = field(default_factory=dict)  # native pack name -> its gate policy

    def missing_defaults(self) -> list[str]:
        """Tasks whose default pack is not loaded."""
        return [t for t, tp in self.tasks.items() if tp.default is not None and tp.default not in tp.packs]

    def ready(self) -> bool:
        return not self.missing_defaults()

    def all_packs(self) -> dict[int, LoadedPack]:
        return {id(p): p for tp in self.tasks.values() for p in tp.packs.values()}


class Registry:
    def __init__(self, path: Path, metrics: Metrics):
        self.path = path
        self.metrics = metrics
        self.snapshot: Snapshot | None = None
        self._lock = asyncio.Lock()

    # -- serving -------------------------------------------------------------------------------
    def resolve(self, task: str, name: str | None) -> LoadedPack:
        snap = self.snapshot
        packs = snap.tasks.get(task) if snap else None
        if packs is None or not packs.packs:
            raise TaskNotServed(f"no model pack serves task {task!r} yet; add one to the registry and reload")
        chosen = name or packs.default
        if chosen is None:
            raise TaskNotServed(f"task {task!r} has no default pack; pass 'model' (one of {sorted(packs.packs)})")
        pack = packs.packs.get(chosen)
        if pack is None:
            raise UnknownModel(f"model {chosen!r} is not loaded for task {task!r}; available: {sorted(packs.packs)}")
        return pack

    def gate_for(self, pack_name: str) -> tuple[GatePolicy | None, float]:
        """The gate policy fitted for a pack (None when it has none) and the registry's lambda."""
        snap = self.snapshot
        if snap is None:
            return None, 0.0
        return snap.gates.get(pack_name), snap.config.gate.lambda_

    # -- loading -------------------------------------------------------------------------------
    async def reload(self) -> Snapshot:
        """Load the registry file anew. Raises ReloadInProgress, or ReloadFailed after a partial swap."""
        if self._lock.locked():
            raise ReloadInProgress("a reload is already running; try again when it finishes")
        async with self._lock:
            try:
                snapshot = await self._build(read_registry(self.path))
            except ReloadFailed:
                self.metrics.reloads.labels("failed").inc()
                raise
            old, self.snapshot = self.snapshot, snapshot
            self._publish(old, snapshot)
            freeze_long_lived()  # the new packs live until the next reload: keep the collector off them
            if snapshot.errors:
                self.metrics.reloads.labels("partial").inc()
                kept = "; ".join(f"{k}: {v}" for k, v in snapshot.errors.items())
                raise ReloadFailed(f"some packs did not load (the previous version, if any, keeps serving): {kept}")
            self.metrics.reloads.labels("ok").inc()
            return snapshot

    async def _build(self, config: RegistryConfig) -> Snapshot:
        try:  # a parser backend that cannot run is a configuration error: refuse it before any pack
            await asyncio.to_thread(shared_tagger, config.runtime.syntax)
        except ParserUnavailable as exc:
            raise ReloadFailed(f"runtime.syntax: {exc}") from exc
        old = self.snapshot
        loaded: dict[Path, LoadedPack] = {}
        errors: dict[str, str] = {}
        tasks: dict[str, TaskPacks] = {}
        reusable = {p.folder: p for p in (old.all_packs().values() if old else [])}
        for task, cfg in config.tasks.items():
            packs: dict[str, LoadedPack] = {}
            for name, rel in cfg.packs.items():
                folder = _resolved(self.path, rel)
                try:
                    packs[name] = loaded.get(folder) or await self._load(folder, config, reusable)
                    loaded[folder] = packs[name]
                    verify_task(folder, packs[name].manifest, task)
                except PackError as exc:
                    packs.pop(name, None)
                    errors[f"{task}/{name}"] = exc.detail
                    previous = old.tasks.get(task).packs.get(name) if old and task in old.tasks else None
                    if previous is not None:
                        packs[name] = previous
                        log.warning("pack %s/%s failed to load, %s keeps serving: %s", task, name, previous.key, exc.detail)
                    else:
                        log.error("pack %s/%s failed to load: %s", task, name, exc.detail)
            tasks[task] = TaskPacks(cfg.default, packs)
        gates = await self._load_gates(config, old, errors)
        return Snapshot(config, tasks, errors, gates)

    async def _load_gates(self, config: RegistryConfig, old: Snapshot | None, errors: dict[str, str]) -> dict:
        gates: dict[str, GatePolicy] = {}
        for pack_name, rel in config.gate.policies.items():
            folder = _resolved(self.path, rel)
            try:
                policy = await asyncio.to_thread(load_policy, folder)
                if pack_name not in policy.manifest.native_packs:
                    raise PackError(f"gate policy {folder} was fitted for packs {policy.manifest.native_packs}, "
                                    f"not {pack_name!r}")
                gates[pack_name] = policy
            except PackError as exc:
                errors[f"gate/{pack_name}"] = exc.detail
                previous = old.gates.get(pack_name) if old else None
                if previous is not None:
                    gates[pack_name] = previous
                log.error("gate policy for %s failed to load: %s", pack_name, exc.detail)
        return gates

    async def _load(self, folder: Path, config: RegistryConfig, reusable: dict[Path, LoadedPack]) -> LoadedPack:
        previous = reusable.get(folder)
        if previous is not None:
            manifest = folder / "manifest.json"
            if manifest.is_file() and file_sha256(manifest) == previous.manifest_sha:
                return previous  # unchanged on disk: keep the warm session
        pack = await asyncio.to_thread(load_pack, folder, config.runtime)
        b = config.runtime.batching
        # on a GPU the fixed cost of a run dominates and padding is nearly free: one run per batch
        split = b.run_cost_tokens if pack.backend.provider == "CPUExecutionProvider" else None
        pack.batcher = MicroBatcher(pack.backend, pack.key, self.metrics, b.max_batch_size, b.max_wait_ms, b.max_queue,
                                    run_cost_tokens=split, max_queue_wait_ms=b.max_queue_wait_ms)
        pack.batcher.start()
        log.info("loaded pack %s from %s on %s", pack.key, folder, pack.backend.provider)
        return pack

    def _publish(self, old: Snapshot | None, new: Snapshot) -> None:
        self.metrics.model_info.clear()
        for task, tp in new.tasks.items():
            for name, pack in tp.packs.items():
                self.metrics.model_info.labels(
                    task, name, pack.manifest.version, str(name == tp.default).lower(), pack.backend.provider
                ).set(1)
        if old is not None:
            live = new.all_packs()
            for key, pack in old.all_packs().items():
                if key not in live:
                    asyncio.get_running_loop().create_task(self._retire(pack))

    @staticmethod
    async def _retire(pack: LoadedPack) -> None:
        """Let requests that started on a replaced pack finish on it, then free it."""
        while pack.inflight:
            await asyncio.sleep(0.05)
        await pack.batcher.close()
        log.info("retired pack %s", pack.key)

    async def close(self) -> None:
        if self.snapshot:
            for pack in self.snapshot.all_packs().values():
                await pack.batcher.close()
