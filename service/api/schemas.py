"""Request and response schemas (pydantic only at the HTTP edge)."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

MAX_TEXTS = 64
# At least one character that is not white space. The JSON Schema pattern is the only check, so
# clients, fuzzers and the service agree; it names ASCII white space explicitly because regex engines
# disagree on whether \s covers characters such as U+0085.
NonBlank = Annotated[str, StringConstraints(min_length=1, pattern=r"[^\t\n\v\f\r ]")]


class InferenceRequest(BaseModel):
    """Either `text` or `texts` (at most 64); `model` picks a registry pack (default: the task's)."""

    # "exactly one of text or texts", said in JSON Schema so clients and fuzzers know it too
    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        {"required": ["text"], "properties": {"text": {"type": "string"}, "texts": {"type": "null"}}},
        {"required": ["texts"], "properties": {"texts": {"type": "array"}, "text": {"type": "null"}}},
    ]})
    text: NonBlank | None = Field(None, description="one utterance")
    texts: list[NonBlank] | None = Field(None, min_length=1, max_length=MAX_TEXTS, description="up to 64 utterances")
    model: str | None = Field(None, description="pack name from the registry; default: the task's default")

    @model_validator(mode="after")
    def _one_of(self):
        if (self.text is None) == (self.texts is None):
            raise ValueError("send exactly one of 'text' (a string) or 'texts' (a list of strings)")
        return self

    def all_texts(self) -> list[tuple[str, str]]:
        """[(field name for error messages, text)]"""
        if self.text is not None:
            return [("text", self.text)]
        return [(f"texts[{i}]", t) for i, t in enumerate(self.texts or [])]


class GatedRequest(InferenceRequest):
    """Requests the translation gate serves: `translate` and an optional caller `translation`."""

    # as the base's oneOf, and `translation` (English for one utterance) only beside `text`
    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        {"required": ["text"], "properties": {"text": {"type": "string"}, "texts": {"type": "null"}}},
        {"required": ["texts"], "properties": {"texts": {"type": "array"}, "text": {"type": "null"},
                                               "translation": {"type": "null"}}},
    ]})
    translate: Literal["auto", "never", "always"] = Field(
        "auto", description="auto: the translation gate decides per utterance; never / always override it")
    translation: NonBlank | None = Field(
        None, description="English text the caller already has for `text` (used instead of calling the translator)")

    @model_validator(mode="after")
    def _translation_with_text(self):
        if self.translation is not None and self.text is None:
            raise ValueError("'translation' goes with 'text' (one utterance), not with 'texts'")
        return self


class IntentEntityRequest(GatedRequest):
    context: list[NonBlank] | None = Field(
        None, max_length=10, description="previous turns' texts, most recent last (used by packs that declare it)"
    )


class NluRequest(IntentEntityRequest):
    tasks: list[Literal["intent_entity", "sentiment", "codemix_intent"]] | None = Field(
        None, description="tasks to run (default: every task that has a pack)"
    )


class TitleRequest(InferenceRequest):
    max_words: int | None = Field(None, ge=1, le=64, description="keep at most this many words")

    @field_validator("max_words", mode="before")
    @classmethod
    def _not_a_bool(cls, v):
        # JSON Schema's integer admits 63.0 (pydantic's lax mode too) but never true/false
        if isinstance(v, bool):
            raise ValueError("must be an integer, not a boolean")
        return v


class Label(BaseModel):
    name: str
    confidence: float


class Intent(Label):
    alternatives: list[Label] = Field(description="the top 3 intents, most probable first")


class Entity(BaseModel):
    type: str
    value: str = Field(description="text[start:end] of the text `origin` names")
    start: int = Field(description="offset in Unicode code points into the text sent (or the translation)")
    end: int
    confidence: float
    origin: Literal["text", "translation"] = Field(
        "text", description="'text': offsets into the caller's text; 'translation': found only in the translation, "
                            "offsets into translation.text")


class Language(BaseModel):
    code: str = Field(description="ISO 639-1 code, or 'und'")
    confidence: float


class ModelRef(BaseModel):
    pack: str
    version: str


class GateSignals(BaseModel):
    model_config = ConfigDict(extra="allow")
    language: str
    language_confidence: float
    intent_confidence: float


class Gate(BaseModel):
    decision: Literal["native", "translate"]
    mode: Literal["auto", "never", "always"]
    reason: Literal["policy", "forced", "no_policy"] | None = Field(description="why this decision")
    predicted_gain: float | None = Field(description="reward the policy expects translating to add")
    lambda_: float | None = Field(alias="lambda", description="the registry's cost sensitivity: translate when "
                                                              "predicted_gain > lambda x cost")
    policy: str | None = Field(description="gate policy name/version (none fitted for this pack: null)")
    signals: GateSignals
    translation_skipped: str | None = Field(
        description="why a wanted translation did not happen (breaker_open, timeout, error, rejected:<why>, busy, "
                    "unsupported); the native answer stands")
    native_intent: Label | None = Field(None, description="the native reading's intent, when translation replaced it")


class TranslationInfo(BaseModel):
    text: str
    backend: str
    cached: bool


class IntentEntityResult(BaseModel):
    intent: Intent
    entities: list[Entity]
    language: Language
    model: ModelRef
    gate: Gate
    translation: TranslationInfo | None = Field(description="the English text the answer was read from, if any")


class SentimentResult(BaseModel):
    label: str
    confidence: float
    scores: list[Label]
    polarity: Label | None = Field(None, description="star-rating packs: negative (1-2), neutral (3) or positive "
                                                     "(4-5 stars), with the summed probability")
    language: Language
    model: ModelRef


class CodemixResult(BaseModel):
    intent: Intent
    language: Language
    model: ModelRef
    gate: Gate
    translation: TranslationInfo | None


class Span(BaseModel):
    start: int
    end: int


class TitleResult(BaseModel):
    title: str = Field(description="the kept words of the title, in order")
    kept: list[Span]
    compression_ratio: float
    model: ModelRef


class NluResult(BaseModel):
    intent_entity: IntentEntityResult | None = None
    sentiment: SentimentResult | None = None
    codemix_intent: CodemixResult | None = None
    unavailable: dict[str, str] = Field(default_factory=dict, description="task -> why it was not answered")


class IntentEntityResponse(BaseModel):
    results: list[IntentEntityResult]


class SentimentResponse(BaseModel):
    results: list[SentimentResult]


class CodemixResponse(BaseModel):
    results: list[CodemixResult]


class TitleResponse(BaseModel):
    results: list[TitleResult]


class NluResponse(BaseModel):
    results: list[NluResult]


class ErrorResponse(BaseModel):
    error: str
    detail: str
