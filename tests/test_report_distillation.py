"""The student/teacher comparison: interleaved speed rounds on real ONNX packs, and the verdict."""
from pipelines.report_distillation import compare_speed, markdown, summarize
from service.packs import load_pack
from service.registry import RuntimeConfig
from tests.utils.tiny_pack import build_tiny_pack


def _acc(intent: float, slot: float) -> dict:
    return {"intent_accuracy": intent, "slot_f1": slot, "exact_match": 0.5, "n": 100}


def test_speed_is_measured_in_turns_and_reported_as_medians(tmp_path):
    runtime = RuntimeConfig(providers=["CPUExecutionProvider"], intra_op_threads=1)
    pack = load_pack(build_tiny_pack(tmp_path / "tiny" / "1.0.0"), runtime)
    texts = [f"add {n} bottles of milk to my cart" for n in range(40)]
    speed = compare_speed({"teacher": pack, "student": pack}, texts, rounds=3)
    for name in ("teacher", "student"):
        assert len(speed[name]["rounds"]) == 3
        assert speed[name]["p50_ms"] > 0 and speed[name]["utterances_per_s_batch32"] > 0
        assert sorted(r["p50_ms"] for r in speed[name]["rounds"])[1] == speed[name]["p50_ms"]


def test_verdict_needs_both_the_speed_up_and_the_accuracy():
    speed = {"teacher": {"p50_ms": 4.0, "p99_ms": 6.0, "utterances_per_s_batch32": 500.0},
             "student": {"p50_ms": 1.9, "p99_ms": 3.0, "utterances_per_s_batch32": 1100.0}}
    close = {"teacher": {"test": _acc(0.90, 0.70), "test-en": _acc(0.80, 0.50)},
             "student": {"test": _acc(0.895, 0.69), "test-en": _acc(0.79, 0.52)}}
    summary = summarize(close, speed)
    assert abs(summary["mean_points_lost"]["intent_accuracy"] - 0.75) < 1e-9
    assert abs(summary["mean_points_lost"]["slot_f1"] - (-0.5)) < 1e-9
    assert abs(summary["speedup"]["utterances_per_s_batch32"] - 2.2) < 1e-9 and summary["met"]
    far = {"teacher": close["teacher"], "student": {"test": _acc(0.88, 0.70), "test-en": _acc(0.79, 0.50)}}
    assert not summarize(far, speed)["met"]  # 1.5 points lost
    slow = {"teacher": speed["teacher"], "student": speed["student"] | {"p50_ms": 2.5}}
    assert not summarize(close, slow)["met"]  # batch 1 only 1.6x
    report = {"data": "hinglish", "student": "s", "teacher": "t", "command": "c", "rounds": 1, "speed_texts": 40,
              "machine": "m", "accuracy": close, "speed": speed, "summary": summary}
    assert "**met**" in markdown(report) and "| test-en | 80.00 / 50.00 | 79.00 / 52.00 | 100 |" in markdown(report)
