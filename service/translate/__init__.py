"""Translation before NLU: placeholder protection, a translator client with breaker and cache, output checks."""
