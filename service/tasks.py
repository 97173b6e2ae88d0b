"""The tasks the service answers and the heads a pack must have to serve each one."""
from __future__ import annotations

INTENT_ENTITY = "intent_entity"
SENTIMENT = "sentiment"
TITLE_SHORTENING = "title_shortening"
CODEMIX_INTENT = "codemix_intent"

# task -> {head name: head kind}
REQUIRED_HEADS: dict[str, dict[str, str]] = {
    INTENT_ENTITY: {"intent": "sequence", "slots": "token"},
    SENTIMENT: {"sentiment": "sequence"},
    TITLE_SHORTENING: {"keep": "token"},
    CODEMIX_INTENT: {"intent": "sequence"},
}
TASKS = tuple(REQUIRED_HEADS)
