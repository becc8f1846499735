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

# The bin, as `npx cong-doan-ke-hoach` runs it from the install: the reference plan checks (exit 0), its budget
# appendix has its total in words, and a Word file asks for the optional docx package, which this install
# lacks (exit 2, with how to install it).
bin=./node_modules/.bin/cong-doan-ke-hoach
"$bin" check "$root/examples/vgcl-2017/plan.json" > /dev/null
"$bin" budget "$root/examples/vgcl-2017/plan.json" | grep -q "Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng."
status=0
"$bin" render "$root/examples/vgcl-2017/plan.json" -o plan.docx 2> docx.err || status=$?
if [ "$status" -ne 2 ] || ! grep -q "npm install docx" docx.err; then
  echo "smoke-pack: render --as docx without docx installed: exit $status, $(cat docx.err)" >&2
  exit 1
fi
# The reader from the bin: the seed text read into a plan that checks (exit 0 for both).
"$bin" read "$root/examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt" -o read.json 2> /dev/null
"$bin" check read.json > /dev/null
"$bin" check-text "$root/examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt" > /dev/null
echo "bin: check, budget, read, check-text and the message for docx work from the packed tarball"
