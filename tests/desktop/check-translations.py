#!/usr/bin/env python3
# check-translations.py: extracts the messages afresh, as the build's
# update-po target would, and checks that every language in po/LINGUAS
# translates all of them, with no fuzzy entries and matching format strings.
#
# Usage: check-translations.py SOURCE_ROOT PACKAGE
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap, skip  # noqa: E402

# The keywords of meson's i18n 'glib' preset.
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
]


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def main():
    root = pathlib.Path(sys.argv[1])
    package = sys.argv[2]
    for tool in ('xgettext', 'msgmerge', 'msgfmt'):
        if shutil.which(tool) is None:
            skip(f'{tool} not found')

    tap = Tap()
    linguas = (root / 'po' / 'LINGUAS').read_text(encoding='utf-8').split()
    tap.check(linguas, 'po/LINGUAS names at least one language')

    with tempfile.TemporaryDirectory() as tmp:
        pot = pathlib.Path(tmp) / f'{package}.pot'
        r = run(['xgettext', f'--package-name={package}', *XGETTEXT_ARGS,
                 '-D', str(root), '-f', str(root / 'po' / 'POTFILES.in'), '-o', str(pot)])
        tap.check(r.returncode == 0 and 'warning' not in r.stderr,
                  'xgettext extracts the messages without warnings', r.stderr)
        if r.returncode != 0:
            tap.exit()
        n_msgids = len(re.findall(r'^msgid ', pot.read_text(encoding='utf-8'), re.M)) - 1
        tap.check(n_msgids > 0, f'{n_msgids} messages to translate')

        for lang in linguas:
            po = root / 'po' / f'{lang}.po'
            if not tap.check(po.is_file(), f'po/{lang}.po exists'):
                continue
            merged = pathlib.Path(tmp) / f'{lang}.po'
            r = run(['msgmerge', '--quiet', '--no-fuzzy-matching', str(po), str(pot),
                     '-o', str(merged)])
            tap.check(r.returncode == 0, f'{lang}: msgmerge', r.stderr)
            r = run(['msgfmt', '--check', '--statistics', '-o', '/dev/null', str(merged)],
                    env={'LC_ALL': 'C', 'PATH': '/usr/bin:/bin'})
            tap.check(r.returncode == 0, f'{lang}: msgfmt --check passes', r.stderr)
            stats = r.stderr.strip()
            translated = re.search(r'(\d+) translated', stats)
            tap.check(translated and int(translated.group(1)) == n_msgids and
                      'untranslated' not in stats and 'fuzzy' not in stats,
                      f'{lang}: all {n_msgids} messages translated', stats)
            obsolete = len(re.findall(r'^#~ msgid ', merged.read_text(encoding='utf-8'), re.M))
            tap.check(obsolete == 0, f'{lang}: no translations of messages that are gone',
                      f'{obsolete} obsolete entries; run the {package}-update-po target')

    tap.exit()


if __name__ == '__main__':
    main()
