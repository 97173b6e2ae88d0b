"""Universal Dependencies label sets and their model ids.

The model reads two ids per sub-word token: the UD part of speech and the dependency relation of
the word it belongs to (the Walmart retail-DistilBERT recipe). Id 0 is "no word here" (special
tokens, the context turn, padding: a zero embedding); id 1 is "a word without a parse" (languages
no parser covers, or a parser switched off); UD labels follow.
"""
from __future__ import annotations

PAD = 0
NONE = 1

# UD v2: the 17 universal part-of-speech tags and the 37 universal relations (subtypes folded).
UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X")
DEPRELS = ("acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound",
           "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
           "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
           "parataxis", "punct", "reparandum", "root", "vocative", "xcomp")

UPOS_IDS = {tag: i + 2 for i, tag in enumerate(UPOS)}
DEP_IDS = {rel: i + 2 for i, rel in enumerate(DEPRELS)}
UPOS_VOCAB = len(UPOS) + 2
DEP_VOCAB = len(DEPRELS) + 2

# spaCy's English pipelines label dependencies in the ClearNLP scheme. Each label maps to the UD
# relation it corresponds to (heads are not re-attached: only the label changes). Prepositions are
# `case` in UD and their objects `obl`/`nmod`; ClearNLP's `prep`/`pobj` map accordingly.
CLEARNLP_TO_UD = {
    "ROOT": "root", "acl": "acl", "acomp": "xcomp", "advcl": "advcl", "advmod": "advmod", "agent": "obl",
    "amod": "amod", "appos": "appos", "attr": "nsubj", "aux": "aux", "auxpass": "aux", "case": "case",
    "cc": "cc", "ccomp": "ccomp", "compound": "compound", "conj": "conj", "csubj": "csubj",
    "csubjpass": "csubj", "dative": "iobj", "dep": "dep", "det": "det", "dobj": "obj", "expl": "expl",
    "intj": "discourse", "mark": "mark", "meta": "dep", "neg": "advmod", "nmod": "nmod", "npadvmod": "obl",
    "nsubj": "nsubj", "nsubjpass": "nsubj", "nummod": "nummod", "oprd": "xcomp", "parataxis": "parataxis",
    "pcomp": "ccomp", "pobj": "obl", "poss": "nmod", "preconj": "cc", "predet": "det", "prep": "case",
    "prt": "compound", "punct": "punct", "quantmod": "advmod", "relcl": "acl", "xcomp": "xcomp",
}


def upos_id(tag: str) -> int:
    return UPOS_IDS.get(tag, UPOS_IDS["X"])


def dep_id(relation: str) -> int:
    """Id of a UD relation; subtypes ("obl:arg", "nsubj:pass") fold into their base relation."""
    base = relation.split(":", 1)[0].lower()
    return DEP_IDS.get(base, DEP_IDS["dep"])
