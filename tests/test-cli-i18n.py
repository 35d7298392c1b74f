#!/usr/bin/env python3
# test-cli-i18n.py: quotemark-cli speaks the user's language.  Its messages
# and the core's errors it prints come out in German with LANGUAGE=de and in
# English with LANGUAGE='', with the same exit codes.
#
# QM_CLI is quotemark-cli-uninstalled, which reads the German catalogue from
# the build tree (QM_CATALOGUE); the installed program reads it from
# LOCALEDIR, which tests/desktop/test-install.py checks.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import tempfile

CLI = os.environ['QM_CLI']
CATALOGUE = os.environ['QM_CATALOGUE']

results = []


def run(language, *args):
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=language)
    env.pop('LANG', None)
    r = subprocess.run([CLI, *args], capture_output=True, env=env, timeout=120)
    # the messages must be UTF-8 whatever the locale's codeset
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')


def check(name, cond, detail=''):
    results.append((name, bool(cond), detail))


def both(name, args, status, german, english):
    """Runs ARGS in German and in English: STATUS both times, and stderr
    holding GERMAN, then ENGLISH (and not the other language's text)."""
    for language, want, other in (('de', german, english), ('', english, german)):
        code, out, err = run(language, *args)
        lang = 'German' if language else 'English'
        check(f'{name}: exits with {status} ({lang})', code == status, f'exit {code}\n{err}')
        check(f'{name}: says so in {lang}', want in err and other not in err, err)


if not os.path.isfile(CATALOGUE):
    print(f'1..0 # SKIP no German catalogue at {CATALOGUE} (msgfmt missing?)')
    sys.exit(0)

with tempfile.TemporaryDirectory() as tmp:
    empty = os.path.join(tmp, 'empty.txt')
    open(empty, 'wb').close()
    both('info of an empty article', ['info', empty], 1,
         f'quotemark-cli info: {empty}: Die Datei ist leer',
         f'quotemark-cli info: {empty}: The file is empty')

    code, _, err = run('de', 'info', os.path.join(tmp, 'missing.txt'))
    check('info of a missing file fails (German)', code == 1 and 'missing.txt' in err, err)

    # An annotation file that cannot be read: the core's "line N: …", which
    # validate turns into FILE:N: … in either language.
    bad = os.path.join(tmp, 'empty.quotemark.xml')
    open(bad, 'wb').close()
    both('validate of an empty sidecar', ['validate', bad], 1,
         f'quotemark-cli validate: {bad}:1: die Datei ist leer',
         f'quotemark-cli validate: {bad}:1: the file is empty')

    doctype = os.path.join(tmp, 'doctype.quotemark.xml')
    with open(doctype, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE annotations>\n<annotations/>\n')
    both('validate of a sidecar with a DOCTYPE', ['validate', doctype], 1,
         f'{doctype}:2: DOCTYPE- und Entitätsdeklarationen sind in Anmerkungsdateien nicht erlaubt',
         f'{doctype}:2: DOCTYPE and entity declarations are not allowed in annotation files')

    article = os.path.join(tmp, 'article.txt')
    with open(article, 'w', encoding='utf-8') as f:
        f.write('“We will build the bridge,” the mayor said on Tuesday.\n')
    sidecar = article + '.quotemark.xml'
    open(sidecar, 'wb').close()
    both('annotate with an unreadable sidecar', ['annotate', article], 1,
         f'{article}: Die Anmerkungen in {sidecar} konnten nicht gelesen werden und bleiben '
         'unverändert: Zeile 1: die Datei ist leer',
         f'{article}: the annotations in {sidecar} could not be read and were left as they are: '
         'line 1: the file is empty')
    check('the unreadable sidecar is left as it was', os.path.getsize(sidecar) == 0)
    both('show with an unreadable sidecar', ['show', article], 1,
         f'{article}: {sidecar}: Zeile 1: die Datei ist leer',
         f'{article}: {sidecar}: line 1: the file is empty')
    os.unlink(sidecar)
    both('show without annotations', ['show', article], 1,
         f'{article}: noch keine Anmerkungen (führen Sie „quotemark-cli annotate {article}“ aus)',
         f'{article}: no annotations yet (run “quotemark-cli annotate {article}”)')

both('an unknown command', ['frobnicate'], 2,
     'quotemark-cli: unbekannter Befehl „frobnicate“ (siehe --help)',
     'quotemark-cli: unknown command “frobnicate” (see --help)')
both('export without --format', ['export', 'x.txt'], 2,
     'kein --format angegeben; möglich sind: csv, qdpx',
     'no --format given; one of: csv, qdpx')
both('an unknown option', ['validate', '--frobnicate', 'x'], 2, '(siehe --help)', '(see --help)')
both('a missing file argument', ['annotate'], 2,
     'keine Datei angegeben (siehe --help)', 'no file given (see --help)')

code, out, err = run('de', '--help')
check('--help in German', code == 0 and 'Aufruf:' in out and 'Befehle:' in out and
      'Die Version anzeigen' in out and 'Usage:' not in out, out + err)
check('--help in German keeps the command names', all(
    f'\n  {name} ' in out for name in ('info', 'export', 'annotate', 'show', 'validate', 'extract')), out)
code, out, err = run('', '--help')
check('--help in English', code == 0 and 'Usage:' in out and 'Commands:' in out and
      'Show the version' in out, out + err)

code, out, err = run('de', 'export', '--help')
check('export --help: options and summary in German', code == 0 and
      'Als abgelehnt markierte Zitate weglassen' in out and '--skip-rejected' in out and
      'in einem Format schreiben, das andere Werkzeuge lesen' in out and
      '--output=AUSGABE' in out, out + err)
code, out, err = run('', 'export', '--help')
check('export --help: options and summary in English', code == 0 and
      'Leave out quotes marked as rejected' in out and '--output=OUT' in out, out + err)

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {i} - {name}')
    if not ok and detail:
        for line in detail.splitlines():
            print(f'# {line}')
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
