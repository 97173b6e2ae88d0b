"""What trimming the encoder's vocabulary costs per xSID language, at several sizes; a size chosen
on validation data, test data only reported.

    OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=1 python -m pipelines.base.vocab_sizes \
        --run build/assist-e5s6-ud --base build/base/e5-small --sizes 30000 15000 --out reports/vocab-sizes

Variants: "full" (every piece of --base), "shipped" (the pieces of the run's own encoder, made by
pipelines.base.trim_vocab) and one per --sizes entry: the pieces trim_vocab always keeps (specials,
the pieces of e5's "query: " / "passage: " prefixes, every single-character piece, the
lowest-scoring piece) plus the pieces the full tokenizer uses most often on the training /
validation corpora (--corpora, never test data), until the size is reached.

One trained model reads every variant: its word embeddings were frozen during fine-tuning, so each
of its rows is the pre-trained e5 row of the same piece (checked at start), and a variant's matrix
is the --base rows of its pieces, ids renumbered in the original order (trim_vocab's
`trimmed_model`). Per variant, split (valid, test) and xSID language: UNK rate (share of sub-word
pieces that are <unk>) and pieces per whitespace word over every text of the split, intent
accuracy and slot F1 over the examples whose intent the model knows.

Choice rule: the smallest vocabulary whose mean intent accuracy over the 19 xSID validation
languages is within --tolerance points (0.5) of the best variant's.
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import torch
from tokenizers import Tokenizer

from pipelines.base.e5_tokenizer import build_tokenizer
from pipelines.base.trim_vocab import encode_all, pieces_to_keep, read_corpus, trimmed_model, vocab_of
from pipelines.config import PipelineSettings
from pipelines.data.xsid import LANGUAGES, SPLITS, TIERS, load_xsid
from pipelines.labels import encode_example
from pipelines.models.joint import load_run
from pipelines.train_intent_slot import evaluate
from service.nlu.featurize import Featurizer
from service.nlu.text import normalize
from service.syntax.parsers import SyntaxConfig
from service.syntax.tagger import shared_tagger

RULE = ("the smallest vocabulary whose mean intent accuracy over the 19 xSID validation languages is "
        "within {tolerance} points of the best variant's")
TIER_NAMES = {"en": "en", "high": "High", "low": "Low", "xlow": "XLow"}


# ---- which pieces ----------------------------------------------------------------------------

def piece_counts(tok: Tokenizer, corpora: Sequence[Path]) -> Counter:
    """How often the tokenizer produces each piece id on the corpora (one text a line)."""
    counts: Counter = Counter()
    for path in corpora:
        for seq in encode_all(tok, read_corpus(path)):
            counts.update(seq)
    return counts


def select_pieces(tok: Tokenizer, vocab: list[tuple[str, float]], counts: Counter, size: int) -> list[int]:
    """Sorted ids of `size` pieces: what trim_vocab always keeps (specials, prefix pieces, single
    characters, the lowest-scoring piece), then the most frequent pieces in `counts`; should the
    counts run out, the highest-scoring pieces (the likeliest under the Unigram model)."""
    keep, _ = pieces_to_keep(tok, vocab, {}, keep_single_chars=True)
    if len(keep) > size:
        raise ValueError(f"{size:,} pieces is fewer than the {len(keep):,} that are always kept")
    kept = set(keep)
    rest = sorted((i for i in range(len(vocab)) if i not in kept), key=lambda i: (-counts[i], -vocab[i][1], i))
    return sorted(kept | set(rest[:size - len(kept)]))


def ids_of_pieces(vocab: list[tuple[str, float]], pieces: list[tuple[str, float]]) -> list[int]:
    """Ids in `vocab` of a sub-vocabulary's pieces; it must keep their order and scores."""
    index = {piece: i for i, (piece, _) in enumerate(vocab)}
    ids = [index[piece] for piece, _ in pieces]
    if ids != sorted(ids) or any(vocab[i][1] != score for i, (_, score) in zip(ids, pieces)):
        raise ValueError("the sub-vocabulary does not keep the original order and scores")
    return ids


def variant_tokenizer(full: Tokenizer, vocab: list[tuple[str, float]], kept: list[int]) -> Tokenizer:
    return build_tokenizer([vocab[i] for i in kept], full.normalizer)


# ---- one model, any vocabulary ---------------------------------------------------------------

def check_frozen_rows(model, base: Path, shipped: list[int]) -> None:
    """The run's rows must be the pre-trained rows of its pieces (its embeddings were frozen)."""
    encoder, _ = trimmed_model(base, shipped)
    if not torch.equal(model.encoder.get_input_embeddings().weight, encoder.get_input_embeddings().weight):
        raise RuntimeError("the run's word embeddings differ from the base rows of its pieces: were they trained?")


def set_vocabulary(model, base: Path, kept: list[int]) -> dict:
    """Give the model the base rows of `kept`; parameter counts of the result."""
    encoder, _ = trimmed_model(base, kept)
    emb = encoder.get_input_embeddings()
    model.encoder.set_input_embeddings(emb)
    model.encoder.config.vocab_size = len(kept)
    return {"word_embeddings": emb.weight.numel(), "model_total": sum(p.numel() for p in model.parameters()),
            "e5_12_layer_total": encoder.num_parameters()}


class CachedTagger:
    """A syntax tagger that parses each text once (parses do not depend on the vocabulary)."""

    def __init__(self, tagger):
        self.tagger, self.cache = tagger, {}

    def parse_batch(self, texts: Sequence[str]):
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            self.cache.update(zip(missing, self.tagger.parse_batch(missing)))
        return [self.cache[t] for t in texts]


# ---- measurements ----------------------------------------------------------------------------

def tokenizer_stats(tok: Tokenizer, texts: list[str]) -> dict:
    """UNK rate and pieces per whitespace word of texts as the model reads them (normalized)."""
    norm = [normalize(t).text for t in texts]
    seqs = encode_all(tok, norm)
    unk = tok.token_to_id("<unk>")
    pieces, words = sum(map(len, seqs)), sum(len(t.split()) for t in norm)
    return {"texts": len(texts), "pieces": pieces, "words": words, "unk": sum(s.count(unk) for s in seqs),
            "unk_rate": sum(s.count(unk) for s in seqs) / max(pieces, 1), "pieces_per_word": pieces / max(words, 1)}


def model_scores(model, featurizer: Featurizer, examples: list, config: dict) -> dict:
    intents = {k: i for i, k in enumerate(config["intent_labels"])}
    slots = {k: i for i, k in enumerate(config["slot_labels"])}
    known = [e for e in examples if e.intent in intents]
    encoded = [encode_example(featurizer, e, intents, slots, config["context"]) for e in known]
    return {"n": len(known), "skipped_unknown_intent": len(examples) - len(known),
            **evaluate(model, encoded, config["slot_labels"])}


def measure_variant(model, tok: Tokenizer, tagger, data: dict, config: dict) -> dict:
    """{split: {language: tokenizer stats + scores}} for the model's current vocabulary."""
    featurizer = Featurizer(Tokenizer.from_str(tok.to_str()), config["max_length"], tagger)
    return {split: {lang: {**tokenizer_stats(tok, [e.text for e in examples]),
                           **model_scores(model, featurizer, examples, config)}
                    for lang, examples in by_lang.items()}
            for split, by_lang in data.items()}


def tier_means(per_language: dict) -> dict:
    """Macro means of each measure per tier, and over all languages ("all")."""
    fields = ("unk_rate", "pieces_per_word", "intent_accuracy", "slot_f1")
    groups = {**TIERS, "all": tuple(per_language)}
    return {tier: {f: sum(per_language[lang][f] for lang in langs) / len(langs) for f in fields}
            for tier, langs in groups.items()}


def choose(variants: dict, tolerance: float) -> dict:
    """The rule above, on the validation means (accuracy as a fraction, tolerance in points)."""
    means = {name: v["tiers"]["valid"]["all"]["intent_accuracy"] for name, v in variants.items()}
    best = max(means, key=means.get)
    within = [name for name in variants if means[name] >= means[best] - tolerance / 100]
    chosen = min(within, key=lambda name: variants[name]["pieces"])
    return {"rule": RULE.format(tolerance=tolerance), "valid_mean_intent_accuracy": means, "best": best,
            "within_tolerance": within, "chosen": chosen, "chosen_pieces": variants[chosen]["pieces"]}


# ---- report ------------------------------------------------------------------------------------

def _pct(x: float, digits: int = 1) -> str:
    return f"{100 * x:.{digits}f}"


def _header(variants: dict) -> str:
    return " | ".join(f"{name} ({v['pieces']:,})" for name, v in variants.items())


def markdown(report: dict) -> str:
    variants, choice = report["variants"], report["choice"]
    names = list(variants)
    lines = ["# What trimming the e5 vocabulary costs, per xSID language", "",
             (f"Model `{report['run']}` (word embeddings frozen in fine-tuning, so every variant's rows are "
              f"the pre-trained e5 rows of its pieces); encoder vocabulary from `{report['base']}`."), "",
             "```", report["command"], "```", "",
             ("Variants: **full** = every piece of e5; **shipped** = the pieces of the run's encoder "
              "(`build/base/e5-assist`: every piece the training/validation corpora use + every single "
              "character); **N** = the specials, the pieces of e5's prefixes, every single-character piece and "
              f"the lowest-scoring piece ({report['always_kept']:,} pieces always kept), then the pieces the full "
              "tokenizer produces most often on `build/base/corpora/*.txt` (train/valid/dev splits only), "
              "up to N."),
             "", "| variant | pieces | word-embedding parameters | joint model (6 layers) | e5 encoder (12 layers) |",
             "|---|---:|---:|---:|---:|"]
    for name, v in variants.items():
        p = v["parameters"]
        lines.append(f"| {name} | {v['pieces']:,} | {p['word_embeddings']:,} | {p['model_total']:,} | "
                     f"{p['e5_12_layer_total']:,} |")
    lines += ["", "## Choice", "", f"Rule: {choice['rule']}.", ""]
    for name in names:
        lines.append(f"- {name}: valid mean intent accuracy {_pct(choice['valid_mean_intent_accuracy'][name], 2)} %")
    lines += ["", (f"Best: **{choice['best']}**; within tolerance: {', '.join(choice['within_tolerance'])}. "
                   f"**Chosen: {choice['chosen']} ({choice['chosen_pieces']:,} pieces).**"), "",
              ("Caveat: the xSID validation texts are part of the corpora the shipped vocabulary and the "
               "frequency counts were built from, so on validation the shipped vocabulary splits every text "
               "exactly as the full one does; test is the held-out view."), ""]
    for split in ("valid", "test"):
        lines += [f"## Means per tier ({split}; macro over languages; UNK % / pieces per word / intent % / slot F1 %)",
                  "", "| tier | " + " | ".join(f"{n} UNK % | {n} pc/w | {n} intent | {n} slot F1" for n in names) + " |",
                  "|---|" + "---:|" * (4 * len(names))]
        for tier in ("en", "high", "low", "xlow", "all"):
            cells = []
            for n in names:
                m = variants[n]["tiers"][split][tier]
                cells += [_pct(m["unk_rate"], 2), f"{m['pieces_per_word']:.2f}", _pct(m["intent_accuracy"]),
                          _pct(m["slot_f1"])]
            lines.append(f"| {TIER_NAMES.get(tier, 'all 19')} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Test, per language (UNK % / intent % / slot F1 %)", "",
              "| language | " + " | ".join(f"{n} UNK % | {n} intent | {n} slot F1" for n in names) + " | n |",
              "|---|" + "---:|" * (3 * len(names) + 1)]
    for lang in LANGUAGES:
        cells = []
        for n in names:
            r = variants[n]["languages"]["test"][lang]
            cells += [_pct(r["unk_rate"], 2), _pct(r["intent_accuracy"]), _pct(r["slot_f1"])]
        lines.append(f"| {lang} | " + " | ".join(cells) + f" | {variants[names[0]]['languages']['test'][lang]['n']} |")
    lines += ["", "UNK rate and pieces per word count every text of the split; intent accuracy and slot F1 the "
              "examples whose intent the model knows (`n`). High = " + " ".join(TIERS["high"]) + "; Low = "
              + " ".join(TIERS["low"]) + "; XLow = " + " ".join(TIERS["xlow"]) + ".", ""]
    return "\n".join(lines)


# ---- main --------------------------------------------------------------------------------------

def load_data(root: Path) -> dict:
    return {split: {lang: load_xsid(root / "xsid", split, lang) for lang in LANGUAGES} for split in SPLITS}


def variant_pieces(full: Tokenizer, vocab: list, shipped: Tokenizer, corpora: list[Path], sizes: list[int]) -> dict:
    """Variant name -> sorted ids of its pieces in the full vocabulary."""
    counts = piece_counts(full, corpora)
    out = {"full": list(range(len(vocab))), "shipped": ids_of_pieces(vocab, vocab_of(shipped))}
    out.update({str(size): select_pieces(full, vocab, counts, size) for size in sizes})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=Path("build/assist-e5s6-ud"), help="trained run folder")
    parser.add_argument("--base", type=Path, default=Path("build/base/e5-small"), help="untrimmed e5 folder")
    parser.add_argument("--sizes", type=int, nargs="+", default=[30000, 15000])
    parser.add_argument("--corpora", type=Path, default=Path("build/base/corpora"),
                        help="folder of *.txt training/validation corpora (never test) to count pieces on")
    parser.add_argument("--tolerance", type=float, default=0.5, help="points of mean valid intent accuracy")
    parser.add_argument("--out", type=Path, default=Path("reports/vocab-sizes"), help="writes OUT.json and OUT.md")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    started = time.perf_counter()

    config = json.loads((args.run / "config.json").read_text())
    model, _ = load_run(args.run)
    model.eval()
    full = Tokenizer.from_file(str(args.base / "tokenizer.json"))
    vocab = vocab_of(full)
    shipped = Tokenizer.from_file(str(Path(config["encoder_dir"]) / "tokenizer.json"))
    pieces = variant_pieces(full, vocab, shipped, sorted(args.corpora.glob("*.txt")), args.sizes)
    check_frozen_rows(model, args.base, pieces["shipped"])
    print(f"pieces counted, frozen rows checked ({time.perf_counter() - started:.0f} s)", flush=True)

    data = load_data(PipelineSettings().data_root)
    tagger = CachedTagger(shared_tagger(SyntaxConfig())) if config.get("syntax") else None
    variants = {}
    for name, kept in pieces.items():
        params = set_vocabulary(model, args.base, kept)
        tok = variant_tokenizer(full, vocab, kept)
        languages = measure_variant(model, tok, tagger, data, config)
        variants[name] = {"pieces": len(kept), "parameters": params, "languages": languages,
                          "tiers": {split: tier_means(per_lang) for split, per_lang in languages.items()}}
        valid, test = variants[name]["tiers"]["valid"]["all"], variants[name]["tiers"]["test"]["all"]
        print(f"{name:8s} {len(kept):7,d} pieces: valid intent {_pct(valid['intent_accuracy'], 2)} "
              f"UNK {_pct(valid['unk_rate'], 3)} % | test intent {_pct(test['intent_accuracy'], 2)} "
              f"slot F1 {_pct(test['slot_f1'], 2)} UNK {_pct(test['unk_rate'], 3)} % "
              f"({time.perf_counter() - started:.0f} s)", flush=True)

    report = {"command": "OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=1 python -m pipelines.base.vocab_sizes "
                         + shlex.join(sys.argv[1:] if argv is None else argv),
              "run": str(args.run), "base": str(args.base), "corpora": str(args.corpora),
              "always_kept": len(pieces_to_keep(full, vocab, {}, keep_single_chars=True)[0]),
              "choice": choose(variants, args.tolerance), "variants": variants,
              "seconds": round(time.perf_counter() - started)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n")
    args.out.with_suffix(".md").write_text(markdown(report))
    print(f"chosen: {report['choice']['chosen']} ({report['choice']['chosen_pieces']:,} pieces); "
          f"wrote {args.out}.json and {args.out}.md", flush=True)


if __name__ == "__main__":
    main()
