"""Inference routes: every one takes `text` or `texts` and answers {"results": [...]} in input order."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from ..errors import InvalidInput, TaskNotServed
from ..gate.route import GateRequest
from ..predict import Utterance
from ..tasks import CODEMIX_INTENT, INTENT_ENTITY, SENTIMENT, TITLE_SHORTENING
from .deps import ServicesDep
from .schemas import (
    CodemixResponse,
    ErrorResponse,
    GatedRequest,
    InferenceRequest,
    IntentEntityRequest,
    IntentEntityResponse,
    NluRequest,
    NluResponse,
    SentimentResponse,
    TitleRequest,
    TitleResponse,
)

ERRORS = {code: {"model": ErrorResponse} for code in (404, 413, 422, 429, 501)}
router = APIRouter(prefix="/v1", tags=["nlu"], responses=ERRORS)


def answer(results: list[dict]) -> JSONResponse:
    """Our own decoder built `results` in the documented shape (schemathesis checks it against the
    response models); serializing directly skips a second validation pass on every request."""
    return JSONResponse({"results": results})


def gate_requests(req: GatedRequest, items: list[Utterance], svc: ServicesDep) -> list[GateRequest]:
    limit = svc.settings.max_text_chars
    if req.translation is not None and len(req.translation) > limit:
        raise InvalidInput(f"translation has {len(req.translation)} characters; the limit is {limit}")
    return [GateRequest(t, u, req.translation) for (_, t), u in zip(req.all_texts(), items)]


def utterances(req: InferenceRequest, svc: ServicesDep) -> list[Utterance]:
    limit = svc.settings.max_text_chars
    for field, text in req.all_texts():
        if len(text) > limit:
            raise InvalidInput(f"{field} has {len(text)} characters; the limit is {limit}: shorten or split it")
    context = getattr(req, "context", None) or []
    for i, turn in enumerate(context):
        if len(turn) > limit:
            raise InvalidInput(f"context[{i}] has {len(turn)} characters; the limit is {limit}")
    # Only the most recent turns matter to the model; older ones are dropped, not refused.
    context = context[-svc.settings.max_context_turns:] if svc.settings.max_context_turns else []
    return [Utterance.from_request(text, context) for _, text in req.all_texts()]


@router.post("/intent-entity", response_model=IntentEntityResponse)
async def intent_entity(req: IntentEntityRequest, svc: ServicesDep):
    """Intent and entities (character offsets into each text) of each utterance; the translation gate
    decides per utterance whether reading an English translation pays (see `translate`)."""
    return answer(await svc.gated.run(INTENT_ENTITY, req.model, gate_requests(req, utterances(req, svc), svc),
                                      req.translate))


@router.post("/sentiment", response_model=SentimentResponse)
async def sentiment(req: InferenceRequest, svc: ServicesDep):
    """Sentiment of each text."""
    return answer(await svc.predictor.run(SENTIMENT, req.model, utterances(req, svc)))


@router.post("/titles/shorten", response_model=TitleResponse)
async def shorten_titles(req: TitleRequest, svc: ServicesDep):
    """A short, speakable version of each catalog title."""
    options = {"max_words": req.max_words} if req.max_words else {}
    return answer(await svc.predictor.run(TITLE_SHORTENING, req.model, utterances(req, svc), options))


@router.post("/codemix/intent", response_model=CodemixResponse)
async def codemix_intent(req: GatedRequest, svc: ServicesDep):
    """Intent of code-mixed (e.g. Hinglish) utterances, through the translation gate."""
    return answer(await svc.gated.run(CODEMIX_INTENT, req.model, gate_requests(req, utterances(req, svc), svc),
                                      req.translate))


@router.post("/nlu", response_model=NluResponse)
async def nlu(req: NluRequest, svc: ServicesDep):
    """Every utterance-level task in one call; tasks without a pack are listed under `unavailable`."""
    items = utterances(req, svc)
    gated = gate_requests(req, items, svc)
    tasks = req.tasks or [INTENT_ENTITY, SENTIMENT, CODEMIX_INTENT]
    results: list[dict] = [{"intent_entity": None, "sentiment": None, "codemix_intent": None, "unavailable": {}}
                           for _ in items]
    answered = False
    for task in tasks:
        try:
            # `model` names a pack of the intent/entity task; the other tasks use their defaults.
            if task == INTENT_ENTITY:
                out = await svc.gated.run(INTENT_ENTITY, req.model, gated, req.translate)
            elif task == CODEMIX_INTENT:
                out = await svc.gated.run(CODEMIX_INTENT, None, gated, req.translate)
            else:
                out = await svc.predictor.run(task, None, items)
        except TaskNotServed as exc:
            for r in results:
                r["unavailable"][task] = exc.detail
            continue
        answered = True
        for r, o in zip(results, out):
            r[task] = o
    if not answered:
        raise TaskNotServed(f"none of the tasks {tasks} has a model pack yet")
    return answer(results)


