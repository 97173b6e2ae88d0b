"""Universal-Dependency features: parsers, label ids, alignment to sub-word tokens."""
