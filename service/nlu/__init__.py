"""Text handling shared by the service and the offline pipelines (no train/serve skew)."""
