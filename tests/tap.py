# tap.py: the checks of the command-line test scripts and their TAP report.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
import sys

results = []


def check(name, cond, detail=''):
    """Records one test point; DETAIL is printed as comments when it fails."""
    results.append((name, bool(cond), detail))


def finish():
    """Prints the test points as TAP and exits, non-zero when one failed."""
    print(f'1..{len(results)}')
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {name}')
        if not ok and detail:
            for line in str(detail).splitlines():
                print(f'# {line}')
    sys.exit(0 if all(ok for _, ok, _ in results) else 1)
