#!/usr/bin/env bash
# Refreshes the vendored front-end files from the npm registry, so the build itself never needs the network:
#   - NHS.UK frontend's built CSS, JavaScript and images, served by the pages (ledger-api/src/main/resources/static);
#   - axe-core's axe.min.js, injected by the browser tests (ledger-api/src/test/resources/axe).
# Usage: tools/refresh-frontend.sh [nhsuk-frontend version] [axe-core version]; then review and commit the change.
set -euo pipefail
cd "$(dirname "$0")/.."
NHSUK_VERSION="${1:-10.6.1}"
AXE_VERSION="${2:-4.14.1}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "nhsuk-frontend@$NHSUK_VERSION" "axe-core@$AXE_VERSION" > /dev/null)
mkdir "$work/nhsuk" "$work/axe"
tar -xzf "$work/nhsuk-frontend-$NHSUK_VERSION.tgz" -C "$work/nhsuk"
tar -xzf "$work/axe-core-$AXE_VERSION.tgz" -C "$work/axe"

static=ledger-api/src/main/resources/static
dist="$work/nhsuk/package/dist/nhsuk"
rm -rf "$static/nhsuk-frontend" "$static/assets"
mkdir -p "$static/nhsuk-frontend" "$static/assets/images"
cp "$dist/nhsuk-frontend.min.css" "$dist/nhsuk-frontend.min.js" "$static/nhsuk-frontend/"
# The CSS refers to its icons as /assets/images/..., so they are served from there.
cp "$dist"/assets/images/*.svg "$dist"/assets/images/*.png "$dist"/assets/images/favicon.ico "$static/assets/images/"
echo "$NHSUK_VERSION" > "$static/nhsuk-frontend/VERSION"
# The npm package names its licence (MIT) but ships no LICENSE file: this is the project's LICENSE, as published with it.
cat > "$static/nhsuk-frontend/LICENSE" <<'LICENCE'
MIT License

Copyright (c) 2019 NHS.UK

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
LICENCE
grep -q "\"license\": \"MIT\"" "$work/nhsuk/package/package.json" || { echo "nhsuk-frontend $NHSUK_VERSION is no longer MIT: check its licence" >&2; exit 1; }

axe=ledger-api/src/test/resources/axe
rm -rf "$axe"
mkdir -p "$axe"
cp "$work/axe/package/axe.min.js" "$work/axe/package/LICENSE" "$axe/"
echo "$AXE_VERSION" > "$axe/VERSION"
echo "nhsuk-frontend $NHSUK_VERSION -> $static; axe-core $AXE_VERSION -> $axe"
