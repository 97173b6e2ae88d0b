"""Synthetic multilingual voice-shopping intent/entity corpus (`python -m pipelines.shopping.build`)."""
