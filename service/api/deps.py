"""Dependencies as Annotated aliases: routes declare what they need, the app state provides it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from ..cache import ResultCache
from ..gate.route import GatedNlu
from ..metrics import Metrics
from ..predict import Predictor
from ..registry import Registry
from ..settings import Settings


@dataclass
class Services:
    settings: Settings
    metrics: Metrics
    registry: Registry
    cache: ResultCache
    predictor: Predictor
    gated: GatedNlu
    shutting_down: bool = False


async def get_services(request: Request) -> Services:
    # async: FastAPI runs plain `def` dependencies on a thread pool, a hop per request for nothing
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]
