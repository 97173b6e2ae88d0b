"""One "assistant" label set for SNIPS, Facebook multilingual TOD and xSID.

xSID (the cross-lingual test bed) was built from SNIPS and Facebook TOD sentences and renamed some of
their labels; training data is mapped onto xSID's names so that a model trained on SNIPS + FB TOD is
scored on xSID without any translation of labels at test time. The slot mapping was found by
matching identical English sentences between SNIPS and xSID (see shared FINDINGS).
"""
from __future__ import annotations

INTENT_MAP = {"GetWeather": "weather/find"}

SLOT_MAP = {
    # SNIPS -> xSID
    "city": "location", "country": "location", "state": "location", "geographic_poi": "location",
    "poi": "location", "location_name": "location", "current_location": "location",
    "spatial_relation": "location", "timeRange": "datetime", "year": "datetime",
    "playlist_owner": "reference",
    # FB TOD -> xSID
    "reminder/recurring_period": "recurring_datetime", "reminder/reference": "reference",
}

# Labels the source sets carry but xSID never annotates: the model would be punished on xSID for
# predicting them, so they become "outside".
DROPPED_SLOTS = {
    "weather/noun", "reminder/noun", "weather/temperatureUnit", "alarm/alarm_modifier", "negation",
    "reminder/reminder_modifier", "news/type", "demonstrative_reference", "object_part_of_series_type",
}


def intent(label: str) -> str:
    return INTENT_MAP.get(label, label)


def slot(label: str) -> str | None:
    """The xSID name of a source slot, or None when xSID does not annotate it."""
    if label in DROPPED_SLOTS:
        return None
    return SLOT_MAP.get(label, label)


def map_spans(spans) -> tuple[tuple[str, int, int], ...]:
    out = []
    for kind, start, end in spans:
        name = slot(kind)
        if name:
            out.append((name, start, end))
    return tuple(out)
