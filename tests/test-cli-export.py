#!/usr/bin/env python3
# test-cli-export.py: end-to-end tests of `quotemark-cli export`. Every
# format is read back with Python's own readers (csv, json, zipfile,
# xml.etree) and its offsets are checked against the article, counted in
# code points as Python's str does. Prints TAP.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import io
import json
import os
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile

from tap import check, finish

CLI = os.environ['QM_CLI']
ARTICLE = ('Die Präsidentin sagte: "Wir schaffen das 🚀 – ganz sicher." Dann ging sie.\n'
           '\n'
           'The minister said: "Not a 𝒜 chance, friends." Critics agreed.\n')


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, timeout=120)


def one_line_error(p):
    err = p.stderr.decode('utf-8', 'replace')
    return err.count('\n') == 1 and err.startswith('quotemark-cli export')


with tempfile.TemporaryDirectory() as tmp:
    article = os.path.join(tmp, 'story.txt')
    with open(article, 'w', encoding='utf-8') as f:
        f.write(ARTICLE)

    # CSV: strict reader, offsets are code points of the article
    p = run('export', '--format', 'csv', article)
    check('csv-exit', p.returncode == 0, p.stderr)
    data = p.stdout.decode('utf-8')
    try:
        rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
    except csv.Error as e:
        rows = []
        check('csv-strict', False, str(e))
    check('csv-has-quotes', len(rows) > 1, data)
    if rows:
        header = rows[0]
        ok = all(len(r) == len(header) for r in rows)
        for r in rows[1:]:
            rec = dict(zip(header, r))
            s, e = int(rec['start']), int(rec['end'])
            ok = ok and ARTICLE[s:e] == rec['text']
        check('csv-offsets-are-code-points', ok, data)
        check('csv-crlf', data.endswith('\r\n') and '\r\n' in data.split('\n', 1)[0] + '\n')

    # W3C: JSON, TextPositionSelector in code points
    p = run('export', '-f', 'w3c', article)
    try:
        doc = json.loads(p.stdout)
        items = doc['first']['items']
        ok = len(items) == len(rows) - 1
        for item in items:
            sel = {s['type']: s for s in item['target']['selector']}
            pos, quote = sel['TextPositionSelector'], sel['TextQuoteSelector']
            ok = ok and ARTICLE[pos['start']:pos['end']] == quote['exact']
        check('w3c-selectors', p.returncode == 0 and ok, p.stdout[:400])
    except (ValueError, KeyError) as e:
        check('w3c-selectors', False, repr(e))

    # TEI: well-formed, every quote in a said
    p = run('export', '-f', 'tei', article)
    try:
        root = ET.fromstring(p.stdout)
        ns = {'t': 'http://www.tei-c.org/ns/1.0'}
        said = root.findall('.//t:body//t:said', ns)
        texts = [''.join(s.itertext()) for s in said]
        wanted = [r[header.index('text')] for r in rows[1:]]
        check('tei-quotes', p.returncode == 0 and sorted(texts) == sorted(wanted), texts)
    except ET.ParseError as e:
        check('tei-quotes', False, str(e))

    # brat: to a file, with its .txt; spans are code points
    out_dir = os.path.join(tmp, 'out')
    os.mkdir(out_dir)
    ann = os.path.join(out_dir, 'story.ann')
    p = run('export', '-f', 'brat', '-o', ann, article)
    ok = p.returncode == 0 and os.path.exists(ann)
    if ok:
        with open(os.path.join(out_dir, 'story.txt'), encoding='utf-8', newline='') as f:
            txt = f.read()
        ok = txt == ARTICLE
        with open(ann, encoding='utf-8') as f:
            for line in f:
                if line.startswith('T'):
                    tid, spans, text = line.rstrip('\n').split('\t')
                    frags = spans.split(' ', 1)[1].split(';')
                    got = ' '.join(txt[int(a):int(b)] for a, b in (fr.split() for fr in frags))
                    ok = ok and got == text
    check('brat-files-and-spans', ok, p.stderr)

    # brat must not put its .txt over the article
    with open(article, encoding='utf-8') as f:
        before = f.read()
    p = run('export', '-f', 'brat', '-o', os.path.join(tmp, 'story.ann'), article)
    with open(article, encoding='utf-8') as f:
        after = f.read()
    check('brat-keeps-article', p.returncode == 1 and one_line_error(p) and before == after
          and not os.path.exists(os.path.join(tmp, 'story.ann')), p.stderr)

    # REFI-QDA: a zip with project.qde and the source; positions in code points
    qdpx = os.path.join(tmp, 'story.qdpx')
    p = run('export', '-f', 'qdpx', '-o', qdpx, article)
    try:
        with zipfile.ZipFile(qdpx) as z:
            names = z.namelist()
            project = ET.fromstring(z.read('project.qde'))
            ns = {'q': 'urn:QDA-XML:project:1.0'}
            src = project.find('.//q:TextSource', ns)
            path = src.get('plainTextPath').replace('internal://', 'sources/')
            text = z.read(path).decode('utf-8')
            sels = src.findall('q:PlainTextSelection', ns)
            ok = text == ARTICLE and len(sels) == len(rows) - 1
            starts = sorted(int(s.get('startPosition')) for s in sels)
            ok = ok and starts == sorted(int(r[header.index('start')]) for r in rows[1:])
        check('qdpx-zip', p.returncode == 0 and 'project.qde' in names and ok, names)
    except (zipfile.BadZipFile, KeyError, OSError, ET.ParseError) as e:
        check('qdpx-zip', False, repr(e))

    # A reproducible export: SOURCE_DATE_EPOCH is the project's time and the
    # zip's, so two exports of an annotated article a second apart are the
    # same bytes
    annotated = os.path.join(tmp, 'annotated.txt')
    with open(annotated, 'w', encoding='utf-8') as f:
        f.write(ARTICLE)
    p = run('annotate', annotated)
    check('qdpx-annotated', p.returncode == 0, p.stderr)
    exports = []
    for i in range(2):
        out = os.path.join(tmp, f'same-{i}.qdpx')
        env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')
        p = subprocess.run([CLI, 'export', '-f', 'qdpx', '-o', out, annotated], capture_output=True, timeout=120,
                           env=env)
        with open(out, 'rb') as f:
            exports.append(f.read())
        if i == 0:
            time.sleep(1.1)
    try:
        with zipfile.ZipFile(os.path.join(tmp, 'same-0.qdpx')) as z:
            project = ET.fromstring(z.read('project.qde'))
            stamp = z.getinfo('project.qde').date_time
        check('qdpx-source-date-epoch', project.get('creationDateTime') == '2023-11-14T22:13:20Z' and
              stamp[:2] == (2023, 11) and exports[0] == exports[1], (project.get('creationDateTime'), stamp))
    except (zipfile.BadZipFile, KeyError, OSError, ET.ParseError) as e:
        check('qdpx-source-date-epoch', False, repr(e))

    # Report
    p = run('export', '-f', 'report', article)
    html = p.stdout.decode('utf-8')
    check('report', p.returncode == 0 and html.startswith('<!DOCTYPE html>') and '@media print' in html
          and all(r[header.index('text')].replace('"', '&quot;') in html for r in rows[1:]), html[:300])

    # Several files go into a folder
    second = os.path.join(tmp, 'second.txt')
    with open(second, 'w', encoding='utf-8') as f:
        f.write('She said: "Yes."\n')
    p = run('export', '-f', 'csv', '-o', out_dir, article, second)
    check('several-into-folder', p.returncode == 0 and os.path.exists(os.path.join(out_dir, 'story.csv'))
          and os.path.exists(os.path.join(out_dir, 'second.csv')), p.stderr)
    p = run('export', '-f', 'csv', article, second)
    check('several-need-folder', p.returncode == 2 and one_line_error(p), p.stderr)

    # Usage errors and bad files
    p = run('export', article)
    check('format-required', p.returncode == 2 and one_line_error(p) and b'csv' in p.stderr, p.stderr)
    p = run('export', '-f', 'docx', article)
    check('unknown-format', p.returncode == 2 and one_line_error(p), p.stderr)
    p = run('export', '-f', 'csv')
    check('no-file', p.returncode == 2 and one_line_error(p), p.stderr)
    p = run('export', '-f', 'csv', os.path.join(tmp, 'missing.txt'))
    check('missing-file', p.returncode == 1 and one_line_error(p) and b'missing.txt' in p.stderr, p.stderr)

    # With a sidecar, the export reads it: ids stay the same from run to run,
    # where a fresh analysis makes new ones
    third = os.path.join(tmp, 'third.txt')
    with open(third, 'w', encoding='utf-8') as f:
        f.write(ARTICLE)
    a = run('export', '-f', 'csv', third).stdout
    b = run('export', '-f', 'csv', third).stdout
    check('no-sidecar-analyses-afresh', a != b and a.count(b'\r\n') == b.count(b'\r\n'))
    p = run('annotate', '--quiet', third)
    a = run('export', '-f', 'csv', third).stdout
    b = run('export', '-f', 'csv', third).stdout
    check('sidecar-is-read', p.returncode == 0 and os.path.exists(third + '.quotemark.xml')
          and a == b and a.count(b'\r\n') == len(rows), p.stderr)

    # A sidecar that cannot be read is an error, not a silent re-analysis
    with open(article + '.quotemark.xml', 'w') as f:
        f.write('this is not XML')
    p = run('export', '-f', 'csv', article)
    check('unreadable-sidecar', p.returncode == 1 and one_line_error(p) and b'quotemark.xml' in p.stderr,
          p.stderr)

finish()
