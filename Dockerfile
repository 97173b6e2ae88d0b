# Serving image: slim, non-root, CPU by default.
#   docker build -t nlu .                          # CPU (onnxruntime)
#   docker build --build-arg RUNTIME=gpu -t nlu:gpu .   # GPU (onnxruntime-gpu + CUDA/cuDNN wheels)
# Installs exactly what `make run` installs: requirements/serve.txt (no torch).
FROM python:3.11-slim

ARG RUNTIME=cpu
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY requirements/ requirements/
RUN pip install -r requirements/serve.txt \
 && pip install --no-deps --require-hashes -r requirements/parsers.txt \
 && if [ "$RUNTIME" = "gpu" ]; then pip uninstall -y onnxruntime && pip install -r requirements/gpu.txt; fi

COPY service/ service/
COPY models/ models/

RUN useradd --create-home --uid 10001 nlu
USER 10001

ENV HOST=0.0.0.0 \
    PORT=8080 \
    REGISTRY=/app/models/registry.yaml
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/readyz', timeout=2).status != 200)"
CMD ["python", "-m", "service"]
