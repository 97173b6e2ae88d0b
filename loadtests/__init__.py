"""Load tests, benchmarks and their recorded results (RESULTS.md)."""
