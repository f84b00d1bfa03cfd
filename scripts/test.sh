#!/usr/bin/env bash
# Sets up (with test tools and Chromium) and runs the whole test suite; the tests start their own Chroma server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
exec .venv/bin/python -m pytest -q "$@"
