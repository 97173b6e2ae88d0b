"""Keep the cyclic garbage collector off the long-lived heap.

A loaded service holds a large, permanent object graph (tokenizers, pack manifests, the language
identifier, FastAPI's routes and schemas). CPython's generation-2 collections walk all of it: under
load they paused the event loop for 36-89 ms every few seconds, which is what set the tail latency
and the bursts of refusals (loadtests/RESULTS.md). `gc.freeze()` moves everything alive now into a
permanent generation that collections skip; reference counting still frees those objects when they
are dropped (an unloaded pack), only cycles among them would stay. Pauses fell to about 1 ms.
"""
from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Collect once, then exempt what survives from future collections. Call after loading."""
    gc.collect()
    gc.freeze()
