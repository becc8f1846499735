#!/usr/bin/env bash
# The package as a user meets it: `npm pack`, installed into a new folder outside the repository, then the
# smoke test loads it there by its name, as ESM and as CommonJS, through every entry point.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
npm pack --silent --pack-destination "$tmp" > /dev/null
cd "$tmp"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent ./cong-doan-ke-hoach-*.tgz
cp "$root/scripts/smoke-dist.mjs" .
PLAN_JSON="$root/examples/vgcl-2017/plan.json" node smoke-dist.mjs
