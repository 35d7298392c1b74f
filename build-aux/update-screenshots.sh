#!/bin/sh
# update-screenshots.sh: retakes the metainfo screenshots with the test suite
# and copies them to data/screenshots/, ready to commit.
#
# Usage: build-aux/update-screenshots.sh [BUILDDIR]   (default: build)
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-build}

meson test -C "$builddir" --suite screenshots --print-errorlogs
cp "$builddir"/screenshots/article-light.png "$builddir"/screenshots/article-dark.png \
   "$builddir"/screenshots/review-light.png "$builddir"/screenshots/review-dark.png \
   "$top"/data/screenshots/
echo "Updated $top/data/screenshots/; look at them before committing."
