#!/usr/bin/env python3
# check-potfiles.py: every file with translatable strings is listed in
# po/POTFILES.in, and every file listed there exists.
#
# Usage: check-potfiles.py SOURCE_ROOT
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap  # noqa: E402

# Gettext calls in C (GNU style allows a space before the parenthesis) and
# translatable properties in GtkBuilder files.
MARKERS = re.compile(r'(?<![\w])(?:_|N_|C_|NC_|g_dngettext|g_dpgettext2|ngettext)\s*\('
                     r'|translatable="yes"')
# Data files whose text is merged with translations at build time.
MERGED = re.compile(r'\.(desktop\.in(\.in)?|metainfo\.xml\.in(\.in)?|gschema\.xml)$')
SOURCE_DIRS = ('app', 'ui', 'data')
SKIP_DIRS = {'samples', 'lang', 'screenshots', 'icons', 'man'}
SUFFIXES = {'.c', '.h', '.ui', '.in', '.xml', '.js', '.py', '.blp'}


def wants_translation(path):
    if MERGED.search(path.name):
        return True
    text = path.read_text(encoding='utf-8', errors='replace')
    if path.name.endswith('.xml.in') and '<mime-info' in text:
        return True
    return bool(MARKERS.search(text))


def main():
    root = pathlib.Path(sys.argv[1])
    tap = Tap()

    listed = []
    for line in (root / 'po' / 'POTFILES.in').read_text(encoding='utf-8').splitlines():
        line = line.strip()
        if line and not line.startswith('#'):
            listed.append(line)

    tap.check(len(listed) == len(set(listed)), 'no file is listed twice',
              sorted({f for f in listed if listed.count(f) > 1}))
    for name in listed:
        tap.check((root / name).is_file(), f'listed file {name} exists')

    found = []
    for folder in SOURCE_DIRS:
        for path in sorted((root / folder).rglob('*')):
            rel = path.relative_to(root)
            if not path.is_file() or SKIP_DIRS & set(rel.parts[1:-1]):
                continue
            if path.suffix in SUFFIXES and wants_translation(path):
                found.append(rel.as_posix())

    tap.check(found, 'some source files have translatable strings')
    for name in found:
        tap.check(name in listed, f'{name} has translatable strings and is listed',
                  'add it to po/POTFILES.in')
    tap.exit()


if __name__ == '__main__':
    main()
