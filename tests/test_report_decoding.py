"""Re-measured slot metrics go into a pack's manifest and card; the pack still loads and verifies."""
import json

from pipelines.report_decoding import update_pack
from service.packs import load_pack, read_manifest
from service.registry import RuntimeConfig
from tests.utils.tiny_pack import build_tiny_pack


def _row(decoder: str, language: str, slot_f1: float, intent: float = 0.9) -> dict:
    return {"split": "snips/test", "variant": "int8", "role": "test", "decoder": decoder, "language": language,
            "intent_accuracy": intent, "slot_f1": slot_f1, "exact_match": 0.5, "n": 10}


def test_update_pack_rewrites_slot_metrics_only_and_keeps_the_pack_loadable(tmp_path):
    folder = build_tiny_pack(tmp_path / "tiny" / "1.0.0")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["metrics"] = [
        {"name": "intent_accuracy", "value": 0.8, "split": "snips/test", "variant": "int8", "language": None},
        {"name": "slot_f1", "value": 0.7, "split": "snips/test", "variant": "int8", "language": None},
        {"name": "slot_f1", "value": 0.6, "split": "snips/test", "variant": "fp32", "language": None},
        {"name": "slot_f1", "value": 0.65, "split": "snips/test", "variant": "int8", "language": "en"},
    ]
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
    rows = [_row("argmax", "all", 0.7), _row("constrained", "all", 0.75), _row("constrained", "en", 0.66)]

    changed = update_pack(folder, rows, "a better decoder")

    values = {(m.name, m.variant, m.language): m.value for m in read_manifest(folder).metrics}
    assert values[("slot_f1", "int8", None)] == 0.75 and values[("slot_f1", "int8", "en")] == 0.66
    assert values[("intent_accuracy", "int8", None)] == 0.8  # intent stays as exported
    assert values[("slot_f1", "fp32", None)] == 0.6  # the shipped file cannot re-measure fp32
    assert ("snips/test", "all", "int8", "slot_f1", 0.7, 0.75) in changed
    card = (folder / "MODEL_CARD.md").read_text()
    assert "## Re-measured: a better decoder" in card and "| snips/test | int8 | slot_f1 | 70.00 | 75.00 |" in card
    load_pack(folder, RuntimeConfig(providers=["CPUExecutionProvider"]))  # card sha256 updated: still verifies
    assert update_pack(folder, rows, "again") == []  # nothing left to change: the card is not touched
    assert (folder / "MODEL_CARD.md").read_text() == card
