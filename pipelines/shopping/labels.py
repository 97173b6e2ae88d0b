"""The shopping label schema: intents, entity types, languages and splits every module agrees on."""
from __future__ import annotations

INTENTS = (
    "search_product", "add_to_cart", "remove_from_cart", "view_cart", "checkout", "order_status",
    "cancel_order", "return_item", "reorder", "price_check", "product_question", "add_to_list",
    "store_info", "deals", "out_of_scope",
)
ENTITY_TYPES = (
    "product", "brand", "quantity", "unit", "size", "color", "price_min", "price_max", "date", "store",
)
# hi = Hindi in Devanagari; hi-en = Hindi-English code-mix in Roman script
LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "hi", "hi-en")
SPLITS = ("train", "valid", "test")
OUT_OF_SCOPE = "out_of_scope"
