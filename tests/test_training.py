"""The training loop on a tiny BERT and four SNIPS-style rows: UD inputs, checkpoints, resume."""
import json

import pytest
import torch
from transformers import BertConfig, BertModel

from pipelines.models.joint import load_run
from pipelines.labels import IGNORE
from pipelines.train_intent_slot import gold_loss, main
from tests.utils.tiny_pack import build_tokenizer

ROWS = [("play adele on spotify", "O B-artist O B-service", "PlayMusic"),
        ("play taylor swift", "O B-artist I-artist", "PlayMusic"),
        ("weather in paris tomorrow", "O O B-city B-timeRange", "GetWeather"),
        ("book a table for two", "O O O O B-party_size_number", "BookRestaurant")]


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    for split in ("train", "valid"):
        folder = tmp_path / "data" / "snips" / split
        folder.mkdir(parents=True)
        (folder / "seq.in").write_text("".join(r[0] + "\n" for r in ROWS))
        (folder / "seq.out").write_text("".join(r[1] + "\n" for r in ROWS))
        (folder / "label").write_text("".join(r[2] + "\n" for r in ROWS))
    encoder = tmp_path / "encoder"
    tok = build_tokenizer()
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    torch.manual_seed(0)
    BertModel(config, add_pooling_layer=False).save_pretrained(encoder)
    tok.save(str(encoder / "tokenizer.json"))
    monkeypatch.setenv("NLU_DATA_ROOT", str(tmp_path / "data"))
    monkeypatch.setenv("NLU_BUILD_DIR", str(tmp_path / "build"))
    return tmp_path, encoder


def test_ud_training_checkpoints_and_resumes(workspace, caplog):
    caplog.set_level("INFO", logger="train")
    root, encoder = workspace
    args = ["--run", "ud", "--data", "snips", "--encoder", str(encoder), "--batch-size", "2", "--syntax",
            "--threads", "1"]
    main([*args, "--epochs", "2", "--stop-after", "1"])
    run = root / "build" / "ud"
    assert json.loads((run / "config.json").read_text())["syntax"] is True
    assert torch.load(run / "last.pt", weights_only=False)["epoch"] == 0
    main([*args, "--epochs", "2"])  # picks up at the second epoch
    assert "at epoch 1" in caplog.text
    assert torch.load(run / "last.pt", weights_only=False)["epoch"] == 1
    model, checkpoint = load_run(run)
    assert model.syntax is not None and checkpoint["epoch"] in (0, 1)
    # the UD embeddings were trained (they start at zero), and the no-word id stays a zero vector
    assert model.syntax.upos.weight[2:].abs().sum() > 0 and model.syntax.upos.weight[0].abs().sum() == 0


HINGLISH_TSV = ("en_query\tcs_query\ten_parse\tcs_parse\tdomain\n"
                "play adele\tadele ka gaana bajao\t[IN:PLAY_MUSIC play [SL:ARTIST adele ] ]\t"
                "[IN:PLAY_MUSIC [SL:ARTIST adele ] ka gaana bajao ]\tmusic\n"
                "weather in paris\tparis mein mausam kaisa hai\t[IN:GET_WEATHER weather in [SL:LOCATION paris ] ]\t"
                "[IN:GET_WEATHER [SL:LOCATION paris ] mein mausam kaisa hai ]\tweather\n")


def test_unlabelled_text_is_learnt_from_the_teacher_only(workspace, caplog):
    """--kd-text adds label-less rows: the student's log counts them, they get the teacher's logits
    (one per training row) and no gold loss."""
    caplog.set_level("INFO", logger="train")
    root, encoder = workspace
    (root / "data" / "hinglish_top").mkdir()
    (root / "data" / "hinglish_top" / "train.tsv").write_text(HINGLISH_TSV)
    common = ["--data", "snips", "--encoder", str(encoder), "--batch-size", "2", "--threads", "1", "--epochs", "1"]
    main(["--run", "teacher", *common])
    with pytest.raises(SystemExit):
        main(["--run", "student", *common, "--kd-text", "hinglish"])  # no teacher: nothing to learn them from
    main(["--run", "student", *common, "--teacher", "teacher", "--kd-text", "hinglish", "--layers", "1"])
    assert "train 4 (+2 unlabelled)" in caplog.text
    assert (root / "build" / "student" / "best.pt").is_file()


def test_gold_loss_skips_unlabelled_rows():
    torch.manual_seed(0)
    intent, slots = torch.randn(3, 4, requires_grad=True), torch.randn(3, 5, 6, requires_grad=True)
    intent_gold, slot_gold = torch.tensor([1, 2, 0]), torch.randint(0, 6, (3, 5))
    slot_gold[:, 0] = IGNORE
    gold = torch.tensor([True, True, False])
    ce = torch.nn.functional.cross_entropy
    expected = ce(intent[:2], intent_gold[:2]) + ce(slots[:2].flatten(0, 1), slot_gold[:2].flatten(), ignore_index=IGNORE)
    assert torch.allclose(gold_loss(intent, slots, intent_gold, slot_gold, gold), expected)
    none = gold_loss(intent, slots, intent_gold, slot_gold, torch.zeros(3, dtype=torch.bool))
    none.backward()  # a batch of unlabelled rows only: zero, and still a graph to step through
    assert none.item() == 0.0 and intent.grad is not None


def test_review_openings_are_cut_to_utterance_length():
    from pipelines.data.kd_texts import MAX_WORDS, first_sentence
    assert first_sentence("Great socks. They run big!") == "Great socks."
    assert first_sentence("ペットボトルも入る。一年で破れました") == "ペットボトルも入る。"
    assert len(first_sentence(" ".join(["word"] * 60)).split()) == MAX_WORDS


def test_assistant_requests_as_unlabelled_text_hold_no_xsid_sentence():
    """The assistant mix's requests (SNIPS, FB TOD) share Hinglish-TOP's domains; as distillation
    text they come from the training mix, which leaves out every sentence xSID translates."""
    from pipelines.config import PipelineSettings
    from pipelines.data.assistant import _key, xsid_english
    from pipelines.data.kd_texts import kd_examples
    settings = PipelineSettings()
    rows = kd_examples(("assistant",), settings, per_language=400, intent="x")
    assert {e.language for e in rows} == {"en", "es", "th"} and len(rows) == 1200
    assert all(e.meta["unlabelled"] and not e.entities for e in rows)
    assert not {_key(e.text) for e in rows} & xsid_english(settings.data_root)


def test_per_language_keeps_the_first_examples_of_each_language_in_order():
    from pipelines.data.schema import Example
    from pipelines.train_intent_slot import per_language
    rows = [Example(f"t{i}", "x", (), lang) for i, lang in enumerate(["de", "en", "de", "de", "en", "ja"])]
    assert [e.text for e in per_language(rows, 2)] == ["t0", "t1", "t2", "t4", "t5"]
    assert per_language(rows, 10) == rows


def test_the_marc_pool_holds_every_train_review_and_marc_a_spread_sample(tmp_path):
    from pipelines.data.marc import LANGUAGES, load_marc
    from pipelines.data.sources import SOURCES
    for lang in LANGUAGES:
        (tmp_path / lang).mkdir()
        rows = "".join(f"{i},review {lang} {i},{i % 5 + 1}\n" for i in range(10))
        (tmp_path / lang / "train.csv").write_text("index,review_body,stars\n" + rows)
    pool = SOURCES["marc-pool"].load(tmp_path, "train")
    assert len(pool) == 10 * len(LANGUAGES) and pool[0].intent == "1" and pool[0].text == "review de 0"
    sample = load_marc(tmp_path, "train", per_language=4)
    assert [e.text for e in sample if e.language == "en"] == ["review en 0", "review en 2", "review en 4", "review en 6"]
