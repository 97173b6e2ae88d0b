"""Evaluate an intent/slot pack through the serving code path (featurizer, ONNX Runtime, decoder).

    python -m pipelines.evaluate_intent_slot models/snips-minilm/1.0.0 --split test

Slot F1 is seqeval's span-level micro F1 over the dataset's own words: predicted character spans
are projected onto the gold words, so the number is comparable with JointBERT's.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import numpy as np
from seqeval.metrics import f1_score
from tqdm import tqdm

from service.nlu.answers import IntentEntityAnswer
from service.nlu.spans import char_spans_to_word_spans, spans_to_tags
from service.nlu.text import normalize
from service.packs import load_pack
from service.registry import RuntimeConfig
from service.syntax.parsers import SyntaxConfig

from .data.schema import Example
from .data.snips import word_offsets
from .data.sources import SOURCES, load_split

CPU = RuntimeConfig(providers=["CPUExecutionProvider"], intra_op_threads=2)
# A UD pack with its parses withheld (every word reads the no-parse id): the ablation of its features.
CPU_NO_PARSE = RuntimeConfig(providers=["CPUExecutionProvider"], intra_op_threads=2, syntax=SyntaxConfig(backend="none"))


def answers(pack, texts: list[str], answer, options: dict | None = None,
            contexts: list[str | None] | None = None, batch_size: int = 64) -> list[dict]:
    """Any task's answers for `texts` through the serving featurizer, ONNX session and decoder
    (no HTTP), in batches."""
    results = []
    contexts = contexts if (contexts and pack.manifest.context) else [None] * len(texts)
    for start in tqdm(range(0, len(texts), batch_size), desc=f"evaluate {pack.key}", leave=False):
        norms = [normalize(t) for t in texts[start : start + batch_size]]
        ctx = [normalize(c).text if c else None for c in contexts[start : start + batch_size]]
        feats = pack.featurizer.encode_batch([n.text for n in norms], ctx)
        out = pack.backend.predict(pack.feeds(feats))
        for row, (n, f) in enumerate(zip(norms, feats)):
            raw = answer.decode(pack.manifest, f, {k: v[row] for k, v in out.items()}, options or {})
            results.append(answer.finalize(raw, n))
    return results


def predict(pack, texts: list[str], contexts: list[str | None] | None = None, batch_size: int = 64,
            answer: IntentEntityAnswer | None = None) -> list[dict]:
    """Intent/entity answers for `texts` (see `answers`), decoded as the service does unless `answer` says otherwise."""
    return answers(pack, texts, answer or IntentEntityAnswer(), None, contexts, batch_size)


def score(examples: list[Example], results: list[dict]) -> dict:
    gold_tags, pred_tags, correct, exact = [], [], 0, 0
    for ex, res in zip(examples, results):
        words = ex.meta.get("words")
        offsets = word_offsets(words) if words else [m.span() for m in re.finditer(r"\S+", ex.text)]
        words = words or [ex.text[s:e] for s, e in offsets]
        gold = spans_to_tags(len(words), char_spans_to_word_spans(offsets, ex.entities))
        spans = [(e["type"], e["start"], e["end"]) for e in res["entities"]]
        pred = spans_to_tags(len(words), char_spans_to_word_spans(offsets, spans))
        gold_tags.append(gold)
        pred_tags.append(pred)
        ok = res["intent"]["name"] == ex.intent
        correct += ok
        exact += ok and gold == pred
    n = len(examples)
    return {"intent_accuracy": correct / n, "slot_f1": f1_score(gold_tags, pred_tags) if n else 0.0,
            "exact_match": exact / n, "n": n}


def score_by_language(examples: list[Example], results: list[dict]) -> dict[str, dict]:
    """Scores over all examples ('all') and per language."""
    out = {"all": score(examples, results)}
    for lang in sorted({e.language for e in examples}):
        pairs = [(e, r) for e, r in zip(examples, results) if e.language == lang]
        out[lang] = score([e for e, _ in pairs], [r for _, r in pairs])
    return out


def latency(pack, text: str, runs: int = 300, batch: int = 32) -> dict:
    """Model-only latency (featurize + ONNX Runtime run) at batch 1, and throughput at `batch`."""
    feats = pack.featurizer.encode_batch([text])
    feeds = pack.feeds(feats)
    for _ in range(20):
        pack.backend.predict(feeds)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        pack.backend.predict(pack.feeds([pack.featurizer.encode(text)]))
        times.append(time.perf_counter() - t0)
    big = pack.feeds(feats * batch)
    t0 = time.perf_counter()
    for _ in range(10):
        pack.backend.predict(big)
    per_sec = 10 * batch / (time.perf_counter() - t0)
    return {"p50_ms": float(np.percentile(times, 50) * 1e3), "p99_ms": float(np.percentile(times, 99) * 1e3),
            f"utterances_per_s_batch{batch}": per_sec}


def evaluate_folder(folder: Path, examples: list[Example], use_context: bool = True) -> dict:
    return evaluate_folder_by_language(folder, examples, use_context)["all"]


def evaluate_folder_by_language(folder: Path, examples: list[Example], use_context: bool = True,
                                runtime: RuntimeConfig = CPU, answer: IntentEntityAnswer | None = None
                                ) -> dict[str, dict]:
    pack = load_pack(folder, runtime)
    contexts = [e.context for e in examples] if use_context else None
    return score_by_language(examples, predict(pack, [e.text for e in examples], contexts, answer=answer))


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pack", type=Path, help="pack folder")
    p.add_argument("--data", default="snips", choices=sorted(SOURCES))
    p.add_argument("--split", default="test")
    p.add_argument("--no-context", action="store_true", help="evaluate without the context turns")
    args = p.parse_args(argv)
    examples = load_split(args.data, args.split)
    print(json.dumps(evaluate_folder_by_language(args.pack, examples, not args.no_context), indent=2))


if __name__ == "__main__":
    main()
