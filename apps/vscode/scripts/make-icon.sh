#!/usr/bin/env bash
# Renders the Marketplace icon (128×128 PNG, which the Marketplace requires) from images/icon.svg.
# Needs ImageMagick (Debian: imagemagick). The PNG is committed; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(command -v /usr/bin/convert || command -v convert)" -background none -density 300 images/icon.svg -resize 128x128 images/icon.png
