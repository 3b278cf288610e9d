#!/usr/bin/env bash
# Lints the committed contract (docs/openapi.json, held equal to what the service serves by OpenApiContractTest)
# as third-party tools read it: Redocly CLI with its recommended rules and Spectral with spectral:oas, the versions
# pinned in tools/openapi/package-lock.json (from the npm registry). Fails on any error; the warnings kept are
# named in docs/adr/0020-the-openapi-document-is-the-contract.md.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix tools/openapi --no-audit --no-fund --ignore-scripts --loglevel=error > /dev/null
bin=tools/openapi/node_modules/.bin
echo "Redocly CLI $("$bin/redocly" --version 2>/dev/null | tail -1) (recommended):"
"$bin/redocly" lint docs/openapi.json --config tools/openapi/redocly.yaml --format=summary 2>&1 | grep -v '[║╔╚]'
echo "Spectral $("$bin/spectral" --version) (spectral:oas):"
"$bin/spectral" lint docs/openapi.json --ruleset tools/openapi/spectral.yaml --fail-severity error --display-only-failures
