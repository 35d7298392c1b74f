# taplib.py: the little TAP the desktop-integration checks print.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import sys


class Tap:
    """Collects checks and prints them as TAP; exit() fails if any failed."""

    def __init__(self):
        self.results = []

    def check(self, ok, name, detail=None):
        self.results.append((bool(ok), name, detail))
        return bool(ok)

    def equal(self, got, expected, name):
        return self.check(got == expected, name,
                          None if got == expected else f'got {got!r}, expected {expected!r}')

    def exit(self):
        print(f'1..{len(self.results)}')
        failed = 0
        for i, (ok, name, detail) in enumerate(self.results, 1):
            print(f'{"ok" if ok else "not ok"} {i} - {name}')
            if not ok:
                failed += 1
                if detail:
                    for line in str(detail).splitlines():
                        print(f'# {line}')
        sys.exit(1 if failed else 0)


def skip(reason):
    print(f'1..0 # SKIP {reason}')
    sys.exit(0)
