"""Train one encoder for all four tasks: intent + slots (assistant), code-mixed intent (Hinglish-TOP),
review sentiment (MARC stars) and title keep/drop (silver titles). Seeded, logged, resumable; the
checkpoint is picked on the tasks' validation data (mean of their scores), never on test data.

    python -m pipelines.train_multitask --run multi-e5s6 --encoder build/base/e5-assist --layers 6

Each step trains one task on a batch of its own examples; an epoch holds every task's batches
(small tasks drawn several times, see TASK_SPECS) in a seeded random order.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm
from transformers import get_linear_schedule_with_warmup

from service.nlu.featurize import Featurizer
from service.syntax.parsers import SyntaxConfig
from service.syntax.tagger import shared_tagger
from service.tasks import CODEMIX_INTENT, INTENT_ENTITY, SENTIMENT, TITLE_SHORTENING

from .checkpoints import make_optimizer, resume, save_last
from .config import PipelineSettings
from .data.sources import DEFAULT_SEED, train_valid
from .labels import IGNORE, encode_example, slot_label_list
from .models.multitask import TaskView, build
from .train_intent_slot import collate, evaluate, seed_everything, withhold_parses

log = logging.getLogger("train_multitask")


@dataclass(frozen=True)
class TaskSpec:
    task: str  # the service task the heads serve
    data: str  # pipelines.data.sources name
    sequence: str | None  # ONNX output of its sequence head
    token: str | None  # ONNX output of its token head
    draws: float  # how many times an epoch draws each training example (small sets are drawn more)
    metric: str  # the validation number that speaks for the task

    @property
    def score_keys(self) -> tuple[str, ...]:
        return ("intent_accuracy", "slot_f1") if self.metric == "both" else (self.metric,)


TASK_SPECS = (
    TaskSpec(INTENT_ENTITY, "assistant", "intent_logits", "slot_logits", 1.0, "both"),
    # 2,993 code-mixed utterances and their English parallels (the code-mix gap); its own pack trains
    # 16 epochs on the code-mixed side alone: here each epoch sees every query twice
    TaskSpec(CODEMIX_INTENT, "hinglish-both", "codemix_logits", None, 2.0, "intent_accuracy"),
    TaskSpec(SENTIMENT, "marc", "sentiment_logits", None, 1.0, "intent_accuracy"),
    TaskSpec(TITLE_SHORTENING, "titles", None, "keep_logits", 1.0, "slot_f1"),
)


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--run", default="multi-e5s6")
    p.add_argument("--encoder", required=True, help="encoder folder (pipelines.base output)")
    p.add_argument("--layers", type=int, default=6)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=1.5e-4)
    p.add_argument("--head-lr", type=float, default=1e-3)
    p.add_argument("--warmup", type=float, default=0.05)
    p.add_argument("--max-length", type=int, default=128, help="reviews need 128; utterances stay far shorter")
    p.add_argument("--freeze-embeddings", action="store_true")
    p.add_argument("--syntax", action="store_true", help="UD features (see train_intent_slot --syntax)")
    p.add_argument("--syntax-dropout", type=float, default=0.3)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--limit", type=int, default=0, help="first N training examples per task (smoke runs)")
    return p.parse_args(argv)


def encode_task(spec: TaskSpec, featurizer: Featurizer, settings: PipelineSettings, seed: int, limit: int):
    train, valid = train_valid(spec.data, settings, seed)
    if limit:
        train, valid = train[:limit], valid[:limit]
    intent_labels = sorted({e.intent for e in train})
    slot_labels = slot_label_list(train)
    intents = {k: i for i, k in enumerate(intent_labels)}
    slots = {k: i for i, k in enumerate(slot_labels)}
    # only the assistant's utterances carry a context turn (none here): encode single turns
    train_enc = [encode_example(featurizer, e, intents, slots, False) for e in tqdm(train, desc=f"encode {spec.data}")]
    valid_enc = [encode_example(featurizer, e, intents, slots, False) for e in valid if e.intent in intents]
    return train_enc, valid_enc, intent_labels, slot_labels


def epoch_batches(sizes: dict[str, int], specs, batch_size: int, rng: random.Random) -> list[tuple[str, list[int]]]:
    """(task, example indices) for every batch of one epoch, tasks interleaved at random."""
    batches = []
    for spec in specs:
        n = sizes[spec.task]
        whole, part = divmod(spec.draws, 1)
        order = [i for _ in range(int(whole)) for i in rng.sample(range(n), n)]
        order += rng.sample(range(n), round(part * n))
        batches += [(spec.task, order[s : s + batch_size]) for s in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    return batches


def main(argv=None) -> None:
    args = parse_args(argv)
    settings = PipelineSettings()
    run_dir = settings.build_dir / args.run
    run_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        handlers=[logging.FileHandler(run_dir / "train.log"), logging.StreamHandler()])
    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    tagger = shared_tagger(SyntaxConfig()) if args.syntax else None
    featurizer = Featurizer.from_file(Path(args.encoder) / "tokenizer.json", args.max_length, tagger)

    data, labels, heads = {}, {}, {}
    for spec in TASK_SPECS:
        train_enc, valid_enc, intent_labels, slot_labels = encode_task(spec, featurizer, settings, args.seed, args.limit)
        data[spec.task] = (train_enc, valid_enc)
        labels[spec.task] = {"intent_labels": intent_labels, "slot_labels": slot_labels}
        if spec.sequence:
            heads[spec.sequence] = ("sequence", intent_labels)
        if spec.token:
            heads[spec.token] = ("token", slot_labels)
        log.info("%s: train %d, valid %d, %d classes, %d tags", spec.task, len(train_enc), len(valid_enc),
                 len(intent_labels), len(slot_labels))
    config = {"encoder_dir": args.encoder, "layers": args.layers, "max_length": args.max_length, "heads": heads,
              "tasks": {s.task: {"data": s.data, "sequence": s.sequence, "token": s.token, **labels[s.task]}
                        for s in TASK_SPECS},
              "syntax": args.syntax, "args": vars(args)}
    (run_dir / "config.json").write_text(json.dumps(config, indent=2))

    model = build(config)
    views = {s.task: TaskView(model, s.sequence, s.token) for s in TASK_SPECS}
    if args.freeze_embeddings:
        model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    optimizer = make_optimizer(model, args.lr, args.head_lr)
    sizes = {task: len(train) for task, (train, _) in data.items()}
    steps = len(epoch_batches(sizes, TASK_SPECS, args.batch_size, random.Random(0)))
    scheduler = get_linear_schedule_with_warmup(optimizer, int(steps * args.epochs * args.warmup), steps * args.epochs)
    start_epoch, best = resume(run_dir, model, optimizer, scheduler)
    if start_epoch:
        log.info("resumed %s at epoch %d (best valid %.4f)", run_dir, start_epoch, best)

    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    specs = {s.task: s for s in TASK_SPECS}
    model.train()
    for epoch in range(start_epoch, args.epochs):
        rng = random.Random(args.seed + epoch)
        dropout_rng = torch.Generator().manual_seed(args.seed + epoch)
        bar = tqdm(epoch_batches(sizes, TASK_SPECS, args.batch_size, rng), desc=f"epoch {epoch + 1}/{args.epochs}")
        for task, picked in bar:
            spec = specs[task]
            inputs, intent_gold, slot_gold = collate([data[task][0][i] for i in picked])
            withhold_parses(inputs, args.syntax_dropout, dropout_rng)
            seq, tok = views[task](**inputs)
            loss = 0.0
            if spec.sequence:
                loss = loss + loss_fn(seq, intent_gold)
            if spec.token:
                loss = loss + loss_fn(tok.flatten(0, 1), slot_gold.flatten())
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            bar.set_postfix(task=task[:8], loss=f"{loss.item():.3f}")
        valid = {}
        for spec in TASK_SPECS:
            metrics = evaluate(views[spec.task], data[spec.task][1], labels[spec.task]["slot_labels"])
            valid[spec.task] = {k: metrics[k] for k in spec.score_keys}
        model.train()
        score = float(np.mean([np.mean(list(v.values())) for v in valid.values()]))
        log.info("epoch %d valid %s (mean %.4f)", epoch + 1, json.dumps(valid), score)
        if score > best:
            best = score
            torch.save({"model": model.state_dict(), "epoch": epoch, "valid": valid}, run_dir / "best.pt")
            log.info("new best checkpoint")
        save_last(run_dir, model, optimizer, scheduler, epoch, best)


if __name__ == "__main__":
    main()
