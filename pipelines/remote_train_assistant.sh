#!/usr/bin/env bash
# The assistant recipe (teacher, then students; `make train-assistant`) on a borrowed GPU that has
# neither the data nor the base weights: it reads what `make remote-assistant-prepare` left in
# build/remote and writes the teacher and the student best on validation to OUT (ship-run shards),
# which `make remote-assistant-land` turns back into build/ runs here.
#   bash pipelines/remote_train_assistant.sh OUT        (env: PY, DEVICE, TEACHER_EPOCHS, STUDENT_EPOCHS)
set -euo pipefail
OUT=${1:?usage: remote_train_assistant.sh OUT}
PY=${PY:-python3}
DEVICE=${DEVICE:-cuda}
ENCODED=${ENCODED:-build/remote/student.pt.xz}
BASE=${BASE:-build/base/e5-assist}   # where the restored encoder goes (the runs record this path)
TEACHER_EPOCHS=${TEACHER_EPOCHS:-3}
STUDENT_EPOCHS=${STUDENT_EPOCHS:-4}   # several (e.g. "4 8"): one student each, the best on validation ships
export TQDM_DISABLE=1 PYTHONUNBUFFERED=1

$PY -m pipelines.remote_training restore-encoder --src "${ENCODER_SRC:-build/remote/encoder}" --out "$BASE"
common=(--data assistant --encoder "$BASE" --from-encoded "$ENCODED" --lr 1.5e-4 --freeze-embeddings
        --device "$DEVICE" --threads 8)
SECONDS=0
$PY -m pipelines.train_intent_slot --run assist-gpu-t12 "${common[@]}" --epochs "$TEACHER_EPOCHS"
$PY -m pipelines.remote_training ship-run --run build/assist-gpu-t12 --out "$OUT/teacher"
echo "teacher: ${SECONDS}s"
best=-1
for epochs in $STUDENT_EPOCHS; do
  run=assist-gpu-s6-e$epochs
  $PY -m pipelines.train_intent_slot --run "$run" "${common[@]}" --init-from assist-gpu-t12 --teacher assist-gpu-t12 \
    --layers 6 --epochs "$epochs" --temperature 2 --alpha 0.8 --kd-text hinglish marc shopping --kd-per-language 5000
  score=$($PY -c "import torch; v = torch.load('build/$run/best.pt', weights_only=False, map_location='cpu')['valid']; print(v['intent_accuracy'] + v['slot_f1'])")
  echo "student $run: valid intent + slot F1 = $score (${SECONDS}s)"
  if $PY -c "import sys; sys.exit(not $score > $best)"; then
    best=$score
    rm -rf "$OUT/student"
    $PY -m pipelines.remote_training ship-run --run "build/$run" --out "$OUT/student"
  fi
done
