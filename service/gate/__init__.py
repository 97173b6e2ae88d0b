"""The translation gate: a learned, cost-sensitive policy deciding when translating pays."""
