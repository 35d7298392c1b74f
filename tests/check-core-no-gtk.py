#!/usr/bin/env python3
# Fails when any file of the core library (app/) includes a GTK, GDK or
# libadwaita header: the core must build and run without a display.
import pathlib
import re
import sys

pattern = re.compile(r'^\s*#\s*include\s*[<"](gtk/|gdk/|adwaita|gsk/)', re.M)
root = pathlib.Path(sys.argv[1])
bad = [str(p) for p in sorted(root.rglob('*')) if p.suffix in ('.c', '.h') and pattern.search(p.read_text(encoding='utf-8'))]
if bad:
    print('GTK headers included in the core:', ', '.join(bad))
    sys.exit(1)
n = sum(1 for p in root.rglob('*') if p.suffix in ('.c', '.h'))
print(f'1..1\nok 1 - {n} core files include no GTK, GDK or libadwaita header')
