"""Model runtime: backend contract, ONNX Runtime implementation, micro-batcher."""
