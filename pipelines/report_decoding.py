"""What BIO-constrained slot decoding changes, per committed pack -> reports/decoding.{md,json}.

    python -m pipelines.report_decoding models/shopping-e5s6/1.7.0 models/assistant-e5s6/1.0.0 \
        models/multi-e5s6/1.0.0 models/hinglish-e5s6/1.1.0 models/snips-minilm/1.0.0 [--update-packs]

Each pack is read twice through the serving path (featurizer, int8 ONNX, decoder): slots decoded per
word (argmax, how the packs were exported and measured) and as the best valid BIO sequence (Viterbi,
`service/nlu/decode.py`, what the service now does). Selection rows are the data the decision was
taken on (each source's validation split, and the shopping hand-written dev set); test rows are the
splits each pack's manifest reports, for the record only.

--update-packs then writes the constrained slot numbers (entity F1, exact match) into each
manifest's int8 metrics (model files unchanged; intent accuracy as exported; the card gets a section
with old -> new), so the reports that read manifests (report_shopping, report_evaluation) say what
the service answers.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from service.nlu.answers import IntentEntityAnswer
from service.packs import file_sha256, read_manifest

from .config import REPO_ROOT, PipelineSettings
from .data.sources import SOURCES, load_split
from .evaluate_intent_slot import CPU, CPU_NO_PARSE, evaluate_folder_by_language

DECODERS = {"argmax": IntentEntityAnswer(constrained=False), "constrained": IntentEntityAnswer(constrained=True)}
RUNTIMES = {"int8": CPU, "int8-noparse": CPU_NO_PARSE}  # the manifest variants the shipped file can re-measure
SELECTION = {"shopping": ("handwritten-dev",)}  # tuning sets that live among a source's test splits
# the metrics slot decoding changes; intent accuracy stays as exported (re-measuring it on another CPU
# moves it by int8 rounding alone, which is not what this report is about)
DECODED = ("slot_f1", "exact_match")


def measured_splits(folder: Path) -> list[tuple[str, str]]:
    """(source/split, variant) of the int8 slot metrics the pack's manifest reports."""
    metrics = read_manifest(folder).metrics
    return sorted({(m.split, m.variant) for m in metrics if m.name == "slot_f1" and m.variant in RUNTIMES
                   and m.split.split("/", 1)[0] in SOURCES})


def selection_splits(folder: Path) -> list[str]:
    sources = sorted({split.split("/", 1)[0] for split, _ in measured_splits(folder)})
    return [f"{name}/{split}" for name in sources
            for split in ((SOURCES[name].valid_split,) if SOURCES[name].valid_split else ()) + SELECTION.get(name, ())]


def measure(folder: Path, settings: PipelineSettings) -> list[dict]:
    jobs = [(s, "int8", "selection") for s in selection_splits(folder)]
    chosen_on = {(s, v) for s, v, _ in jobs}
    jobs += [(s, v, "test") for s, v in measured_splits(folder) if (s, v) not in chosen_on]
    rows = []
    for split, variant, role in jobs:
        examples = load_split(*split.split("/", 1), settings)
        for decoder, answer in DECODERS.items():
            scores = evaluate_folder_by_language(folder, examples, runtime=RUNTIMES[variant], answer=answer)
            rows += [{"split": split, "variant": variant, "role": role, "decoder": decoder, "language": lang,
                      **{k: round(v, 4) for k, v in s.items() if k != "n"}, "n": s["n"]} for lang, s in scores.items()]
    return rows


def update_pack(folder: Path, rows: list[dict], note: str) -> list[tuple]:
    """Constrained slot numbers into the manifest's int8 metrics; a card section lists old -> new."""
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    new = {(r["split"], r["variant"], None if r["language"] == "all" else r["language"]): r
           for r in rows if r["decoder"] == "constrained"}
    changed = []
    for m in manifest["metrics"]:
        row = new.get((m["split"], m["variant"], m.get("language")))
        if row is not None and m["name"] in DECODED and row[m["name"]] != m["value"]:
            changed.append((m["split"], m.get("language") or "all", m["variant"], m["name"], m["value"], row[m["name"]]))
            m["value"] = row[m["name"]]
    if not changed:
        return changed
    card = folder / "MODEL_CARD.md"
    lines = ["", f"## Re-measured: {note}", "",
             "The model files are unchanged. The manifest's int8 slot metrics now hold the numbers the service",
             f"answers with ({len(changed)} values, per language too); the tables above are the export's (per-word",
             "argmax slots; intent accuracy and fp32 rows as exported). All languages together:", "",
             "| split | variant | metric | exported % | now % |", "|---|---|---|---|---|"]
    lines += [f"| {s} | {v} | {name} | {100 * old:.2f} | {100 * now:.2f} |"
              for s, lang, v, name, old, now in changed if lang == "all"]
    card.write_text(card.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    manifest["files"]["MODEL_CARD.md"] = file_sha256(card)
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    read_manifest(folder)  # still a valid manifest
    return changed


def markdown(report: dict) -> list[str]:
    lines = ["# Slot decoding: per-word argmax vs the best valid BIO sequence", "",
             "Every committed pack with a BIO slot head, int8 through the serving path; entity F1 = span-level",
             "micro F1 (seqeval). Intent accuracy does not depend on slot decoding. The decision (constrained",
             "decoding in the service, for every pack) was taken on the selection rows; test rows are reported",
             "for the record. Command: `" + report["command"] + "`.", "",
             "| pack | split | role | variant | entity F1 argmax | entity F1 constrained | change | exact match argmax → constrained |",
             "|---|---|---|---|---|---|---|---|"]
    for pack, rows in report["packs"].items():
        overall = {(r["split"], r["variant"], r["decoder"]): r for r in rows if r["language"] == "all"}
        for (split, variant, decoder), r in overall.items():
            if decoder != "argmax":
                continue
            c = overall[(split, variant, "constrained")]
            lines.append(f"| {pack} | {split} | {r['role']} | {variant} | {100 * r['slot_f1']:.2f} | "
                         f"{100 * c['slot_f1']:.2f} | {100 * (c['slot_f1'] - r['slot_f1']):+.2f} | "
                         f"{100 * r['exact_match']:.2f} → {100 * c['exact_match']:.2f} |")
    return lines + [""]


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("packs", type=Path, nargs="+")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "reports")
    p.add_argument("--update-packs", action="store_true", help="write the constrained slot numbers into the manifests")
    p.add_argument("--note", default="BIO-constrained (Viterbi) slot decoding in the service (reports/decoding.md)")
    args = p.parse_args(argv)
    settings = PipelineSettings()
    report = {"command": "python -m pipelines.report_decoding " + " ".join(str(f) for f in args.packs), "packs": {}}
    for folder in args.packs:
        manifest = read_manifest(folder)
        rows = measure(folder, settings)
        report["packs"][f"{manifest.name} {manifest.version}"] = rows
        if args.update_packs:
            changed = update_pack(folder, rows, args.note)
            print(f"{folder}: {len(changed)} metrics re-measured")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "decoding.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out / "decoding.md").write_text("\n".join(markdown(report)))
    print("\n".join(markdown(report)))


if __name__ == "__main__":
    main()
