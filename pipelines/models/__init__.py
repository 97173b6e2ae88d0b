"""PyTorch model definitions used by training and export."""
