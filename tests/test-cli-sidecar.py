#!/usr/bin/env python3
# test-cli-sidecar.py: end-to-end tests of quotemark-cli annotate, show and validate.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile

from tap import check, finish

CLI = os.environ['QM_CLI']
DATA = os.environ['QM_DATA_DIR']
SAMPLE = os.path.join(DATA, 'samples', 'harbour-bridge-vote.txt')
SCHEMA = os.path.join(DATA, 'quotemark-annotations-1.rng')


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True)


def read(path):
    with open(path, 'rb') as f:
        return f.read()


with tempfile.TemporaryDirectory() as tmp:
    article = os.path.join(tmp, 'article.txt')
    sidecar = article + '.quotemark.xml'
    shutil.copy(SAMPLE, article)

    r = run('annotate', article)
    check('annotate writes the sidecar', r.returncode == 0 and os.path.exists(sidecar), r.stderr)
    first = read(sidecar)
    check('sidecar is in the format namespace', b'urn:quotemark:annotations:1' in first)

    if shutil.which('xmllint'):
        x = subprocess.run(['xmllint', '--noout', '--nonet', '--relaxng', SCHEMA, sidecar],
                           capture_output=True, text=True)
        check('xmllint --relaxng accepts the written sidecar', x.returncode == 0, x.stderr)

    r = run('annotate', article)
    check('annotating again succeeds', r.returncode == 0, r.stderr)
    check('annotating again leaves an unchanged sidecar byte-identical', read(sidecar) == first)

    r = run('validate', sidecar)
    check('validate accepts it', r.returncode == 0 and 'valid' in r.stdout, r.stdout + r.stderr)

    r = run('show', article)
    n_quotes = first.count(b'<quote ')
    rows = [l for l in r.stdout.splitlines() if re.match(r'\s+\d+\s+\d+–\d+', l)]
    check('show prints one row per quote', r.returncode == 0 and len(rows) == n_quotes and n_quotes > 0,
          f'{len(rows)} rows, {n_quotes} quotes\n{r.stdout}')
    # “…,” Berg said. “…” is one quotation, listed without its attribution
    short = os.path.join(tmp, 'short.txt')
    with open(short, 'w', encoding='utf-8') as f:
        f.write('“We listen,” Anna Berg said on Monday. “We act.”\n')
    r = run('annotate', short)
    r = run('show', short)
    check('show lists a quotation without the attribution inside it',
          'We listen, … We act.' in r.stdout and 'said on Monday' not in r.stdout, r.stdout + r.stderr)

    # A sidecar (or its backup) named where an article is expected, as `*` names them, stands for its
    # article: not read as an article itself, no sidecar of a sidecar, each article done once.
    with open(sidecar + '.bak', 'wb') as f:
        f.write(first)
    r = run('show', sidecar)
    check('show of a sidecar shows its article',
          r.returncode == 0 and len([l for l in r.stdout.splitlines() if re.match(r'\s+\d+\s+\d+–\d+', l)])
          == n_quotes, r.stdout + r.stderr)
    r = run('annotate', '-q', article, sidecar, sidecar + '.bak')
    check('annotate of a sidecar and its backup writes no sidecar for them',
          r.returncode == 0 and not os.path.exists(sidecar + '.quotemark.xml')
          and not os.path.exists(sidecar + '.bak.quotemark.xml') and read(sidecar) == first, r.stderr)
    r = run('export', '-f', 'csv', '-o', '-', sidecar)
    check('export of a sidecar exports its article\'s quotes',
          r.returncode == 0 and len(list(csv.reader(io.StringIO(r.stdout)))) == 1 + n_quotes
          and 'urn:quotemark' not in r.stdout and 'formatVersion' not in r.stdout, r.stdout + r.stderr)
    outdir = os.path.join(tmp, 'out')
    os.mkdir(outdir)
    r = run('export', '-f', 'csv', '-o', outdir, article, sidecar, sidecar + '.bak')
    check('export of an article with its sidecar and backup writes one file',
          r.returncode == 0 and os.listdir(outdir) == ['article.csv'], f'{os.listdir(outdir)} {r.stderr}')
    os.remove(sidecar + '.bak')

    # A broken sidecar: validate names file and line, annotate refuses and leaves it alone.
    bad = first.replace(b'<highlights/>', b'<highlights/>\n  <surprise/>')
    with open(sidecar, 'wb') as f:
        f.write(bad)
    r = run('validate', sidecar)
    check('validate rejects an invalid file with FILE:LINE:', r.returncode == 1 and
          re.search(re.escape(sidecar) + r':\d+: ', r.stderr), r.stderr)
    r = run('annotate', article)
    check('annotate refuses to overwrite an unreadable sidecar', r.returncode == 1 and read(sidecar) == bad,
          r.stderr)
    check('errors are one line', len(r.stderr.strip().splitlines()) == 1, r.stderr)
    r = run('show', article)
    check('show reports the unreadable sidecar', r.returncode == 1 and 'line' in r.stderr, r.stderr)

    truncated = os.path.join(tmp, 'truncated.quotemark.xml')
    with open(truncated, 'wb') as f:
        f.write(first[:len(first) // 2])
    r = run('validate', truncated, sidecar)
    check('validate reports every bad file', r.returncode == 1 and truncated in r.stderr and sidecar in r.stderr,
          r.stderr)

    os.remove(sidecar)
    r = run('show', article)
    check('show without annotations says so', r.returncode == 1 and 'no annotations' in r.stderr, r.stderr)

    # Without -l, annotate finds each article's language as the window and extract do (it assumed English).
    german = os.path.join(tmp, 'fähre.txt')
    with open(german, 'w', encoding='utf-8') as f:
        f.write('Der Gemeinderat von Haldenbrück hat am Dienstag den Neubau der Fährbrücke beschlossen. '
                '„Wir halten unser Versprechen“, sagte die Bürgermeisterin Greta Vollmer nach der Sitzung. '
                'Der Stadtrat Jonas Brenner erklärte, die Kosten für den Fischmarkt seien nicht eingerechnet.\n')
    r = run('extract', german)
    found = json.loads(r.stdout)
    r = run('annotate', '-q', german)
    written = read(german + '.quotemark.xml').decode()
    check('annotate finds a German article\'s quotes without -l, as extract does',
          r.returncode == 0 and found['language'] == 'de' and len(found['quotes']) >= 2
          and written.count('<quote ') == len(found['quotes']) and 'Greta Vollmer' in written,
          f"{written.count('<quote ')} quotes written, {len(found['quotes'])} found\n{r.stderr}")
    r = run('annotate', '-q', '--lang', 'de', german)
    check('annotate takes --lang as extract does', r.returncode == 0, r.stderr)

    r = run('validate')
    check('validate without files is a usage error', r.returncode == 2, r.stderr)
    r = run('annotate', os.path.join(tmp, 'missing.txt'))
    check('annotate of a missing file fails', r.returncode == 1, r.stderr)

finish()
