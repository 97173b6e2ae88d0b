"""The gate's offline pieces: rewards, cipher languages, operating points and the Pareto share,
xSID's English references, Hinglish-TOP parses."""
from __future__ import annotations

import numpy as np
import pytest

from pipelines.config import PipelineSettings
from pipelines.data.hinglish_top import parse_top
from pipelines.data.schema import Example
from pipelines.gate.collect import english_of, utterances
from pipelines.gate.curves import baselines, best_baseline_reward, pareto_share, point
from pipelines.gate.fit import native_passes
from pipelines.gate.report import group_rows, oracle
from pipelines.gate.rewards import entity_f1, reward
from pipelines.gate.synthetic import encipher, reverse_interior, substitute


def test_reward_scores_intent_and_entity_values():
    gold = [("artist", "Adele"), ("service", "spotify")]
    assert reward(True, gold, [("artist", "adele"), ("service", "Spotify")]) == 1.0
    assert reward(False, gold, [("artist", "adele")]) == pytest.approx(0.5 * (2 * 1 * 0.5 / 1.5))
    assert entity_f1([], []) == 1.0 and entity_f1(gold, []) == 0.0


def test_ciphers_keep_positions_so_gold_spans_stay_valid():
    ex = Example("play adele on spotify", "PlayMusic", (("artist", 5, 10), ("service", 14, 21)))
    for cipher in ("x-subst", "x-reverse"):
        (out,) = encipher([ex], cipher)
        assert len(out.text) == len(ex.text) and out.language == cipher and out.meta["text_en"] == ex.text
        assert [out.text[s:e] != ex.text[s:e] for _, s, e in out.entities] == [True, True]
    assert reverse_interior("weather in paris") == "wehtaer in piras"
    assert reverse_interior("set 7am alarm") == "set 7am aralm"  # words under four letters stay


def test_substitution_is_a_fixed_permutation():
    assert substitute("abcdefghijklmnopqrstuvwxyz") != "abcdefghijklmnopqrstuvwxyz"
    assert sorted(substitute("abcdefghijklmnopqrstuvwxyz")) == list("abcdefghijklmnopqrstuvwxyz")
    assert substitute("Hello, 42!")[0].isupper() and substitute("Hello, 42!")[-4:] == " 42!"


def rows(native, translated, share_language=None):
    return [{"language": share_language or "xx", "r_native": n, "r_translated": t, "native_intent": "a",
             "translated_intent": "a" if t else "b", "gold_intent": "a", "signals": {"intent_confidence": c,
                                                                                   "language": "de"}}
            for n, t, c in zip(native, translated, np.linspace(0.1, 0.9, len(native)))]


def test_points_and_the_pareto_share():
    data = rows([0, 0, 1, 1], [1, 1, 1, 0])
    assert point(data, np.array([True, True, False, False])) == {"share": 0.5, "reward": 1.0, "intent_accuracy": 1.0}
    base = baselines(data)
    assert base["never"][0]["reward"] == 0.5 and base["always"][0]["reward"] == 0.75
    assert best_baseline_reward(base, 0.5) == 1.0  # the confidence threshold finds the low-confidence pair
    perfect = [{"lambda": 0.0, **point(data, np.array([True, True, False, False]))}]
    worse = [{"lambda": 0.0, **point(data, np.array([False, False, True, True]))}]
    assert pareto_share(perfect, base) == 1.0 and pareto_share(worse, base) == 0.0


def test_native_passes_name_each_pack_version_once():
    data = [{"pack": "a", "pack_version": "1.2.0"}, {"pack": "b", "pack_version": "1.1.0"},
            {"pack": "a", "pack_version": "1.2.0"}, {"pack": "c"}]
    assert native_passes(data) == "`a` 1.2.0, `b` 1.1.0, `c` (version not recorded)"


def test_groups_are_tiers_or_single_cipher_languages():
    data = [{"group": "synthetic", "language": "x-subst"}, {"group": "synthetic", "language": "x-reverse"},
            {"group": "high", "language": "de"}]
    assert group_rows(data, "synthetic") == data[:2] and group_rows(data, "x-reverse") == [data[1]]
    assert group_rows(data, "all") == data and group_rows(data, "high") == [data[2]]


def test_the_oracle_translates_exactly_where_translating_pays():
    data = rows([0, 0, 1, 1], [1, 1, 1, 0])  # translating pays on the first two only
    assert oracle(data) == {"share": 0.5, "reward": 1.0, "intent_accuracy": 1.0}


def test_xsid_references_are_the_english_originals():
    examples = utterances("valid", PipelineSettings())
    by_lang = {}
    for ex, ref, group in examples:
        by_lang.setdefault(ex.language, []).append((ex, ref, group))
    for lang in ("de", "gsw", "lt"):  # lt's ids do not follow the English file's order
        for ex, ref, group in by_lang[lang]:
            assert ex.meta["text_en"].strip() == ref.text.strip() and ex.intent == ref.intent
    assert {g for _, _, g in by_lang["x-subst"]} == {"synthetic"} and by_lang["en"][0][1] is by_lang["en"][0][0]
    missing = english_of([Example("x", "a", language="de", meta={"text_en": "not in xsid", "id": "1"})],
                         [Example("y", "a")])
    assert missing == [None]


def test_top_parses_give_the_top_level_intent_and_slots():
    text, intent, spans = parse_top(
        "[IN:CREATE_ALARM [SL:DATE_TIME 9 : 30 am ko ] [SL:ALARM_NAME Sunday [IN:GET_X Brunch ] ] ke liye ]")
    assert text == "9 : 30 am ko Sunday Brunch ke liye" and intent == "CREATE_ALARM"
    assert [(k, text[s:e]) for k, s, e in spans] == [("DATE_TIME", "9 : 30 am ko"), ("ALARM_NAME", "Sunday Brunch")]
