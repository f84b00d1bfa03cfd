#!/usr/bin/env bash
# Sets everything up, indexes corpus/ and answers a sample question; starts the Discord bot when a token is set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
set -a; [ -f .env ] && . ./.env; set +a
status=0
.venv/bin/mlr ingest || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then exit "$status"; fi  # 1: some files failed, the rest is indexed
if [ -n "${MLR_DISCORD_TOKEN:-}" ]; then
    exec .venv/bin/mlr bot
fi
.venv/bin/mlr ask "${1:-Vad står det om turism?}"
echo
echo "Prova också: .venv/bin/mlr chat   (interaktivt)   eller   .venv/bin/mlr serve   (webbsida)"
