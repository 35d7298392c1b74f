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

import hashlib
import os
import subprocess
import sys
import tempfile
import time

from tap import check, finish

CLI = os.environ['QM_CLI']
CATALOGUE = os.environ['QM_CATALOGUE']


def run(language, *args):
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=language)
    env.pop('LANG', None)
    r = subprocess.run([CLI, *args], capture_output=True, env=env, timeout=120)
    # the messages must be UTF-8 whatever the locale's codeset
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')


def both(name, args, status, german, english):
    """Runs ARGS in German and in English: STATUS both times, and stderr
    holding GERMAN, then ENGLISH (and not the other language's text)."""
    for language, want, other in (('de', german, english), ('', english, german)):
        code, out, err = run(language, *args)
        lang = 'German' if language else 'English'
        check(f'{name}: exits with {status} ({lang})', code == status, f'exit {code}\n{err}')
        check(f'{name}: says so in {lang}', want in err and other not in err, err)


def both_out(name, args, german, english, status=0):
    """Runs ARGS in German and in English: STATUS both times, and standard
    output holding the lines GERMAN, then ENGLISH (trailing blanks of the
    padded table cells aside), and none of the other language's."""
    for language, want, other in (('de', german, english), ('', english, german)):
        code, out, err = run(language, *args)
        lang = 'German' if language else 'English'
        lines = [line.rstrip() for line in out.splitlines()]
        check(f'{name}: exits with {status} ({lang})', code == status, f'exit {code}\n{err}')
        missing = [line for line in want if line not in lines]
        check(f'{name}: the lines in {lang}', not missing, '\n'.join(['missing:', *missing, 'got:', *lines]))
        stray = [line for line in other if line not in want and line in lines]
        check(f'{name}: no line in the other language ({lang})', not stray, '\n'.join(stray))


TAGSET = """<tagset>
<group id="statement" label="Statement" exclusive="false" builtin="true">
<category id="statement-promise" label="Promise" color="#e5a50a"/>
</group>
<group id="verification" label="Verification" exclusive="true" builtin="true">
<category id="verification-true" label="True" color="#2ec27e"/>
<category id="verification-misleading" label="Misleading" color="#f5c211"/>
</group>
</tagset>"""


def xml_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def write_sidecar(path, text, people, quotes, highlights=()):
    """Writes the annotation file PATH of the article TEXT by hand, so what
    show and the exports print does not depend on the analysis.  PEOPLE are
    (id, name, role, aliases), QUOTES (id, words, kind, speaker id, review,
    tag ids, [(note author, note text)]), HIGHLIGHTS (id, words)."""
    raw = text.encode('utf-8')
    digest = hashlib.sha256(raw).hexdigest()

    def target(words):
        a = text.index(words)
        e = a + len(words)
        return (f'<target start="{a}" end="{e}"><prefix>{xml_escape(text[max(0, a - 32):a])}</prefix>'
                f'<exact>{xml_escape(words)}</exact><suffix>{xml_escape(text[e:e + 32])}</suffix></target>')

    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<annotations xmlns="urn:quotemark:annotations:1" formatVersion="1.0">',
           f'<source name="{xml_escape(os.path.basename(path[:-len(".quotemark.xml")]))}" mediaType="text/plain" '
           f'encoding="UTF-8" offsetUnit="codepoint" length="{len(text)}" size="{len(raw)}" sha256="{digest}" '
           f'textSha256="{digest}"/>', TAGSET, '<people>']
    for pid, pname, role, aliases in people:
        r = f' role="{xml_escape(role)}"' if role else ''
        out.append(f'<person id="{pid}" name="{xml_escape(pname)}"{r} origin="user">'
                   + ''.join(f'<alias>{xml_escape(a)}</alias>' for a in aliases) + '</person>')
    out.append('</people><quotes>')
    for qid, words, kind, speaker, review, tags, notes in quotes:
        sp = f' speaker="{speaker}"' if speaker else ''
        out.append(f'<quote id="{qid}" origin="user" anchor="exact" kind="{kind}"{sp} confidence="1" '
                   f'review="{review}">{target(words)}'
                   + ''.join(f'<tag ref="{t}"/>' for t in tags)
                   + ''.join(f'<note id="{qid}-n{i}" author="{xml_escape(a)}">{xml_escape(n)}</note>'
                             for i, (a, n) in enumerate(notes))
                   + '</quote>')
    out.append('</quotes><highlights>')
    for hid, words in highlights:
        out.append(f'<highlight id="{hid}" origin="user" anchor="exact">{target(words)}</highlight>')
    out.append('</highlights>\n</annotations>\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))


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

# Standard output for people: show's table, annotate's summary and info's
# fields in German and English, with plural forms for one and for several.
with tempfile.TemporaryDirectory() as tmp:
    several = os.path.join(tmp, 'several.txt')
    text = ('“We will build the bridge,” Mayor Helena Varga said. “It opens in May,” she added. '
            'Critics called it a “vanity project”.\n')
    with open(several, 'w', encoding='utf-8') as f:
        f.write(text)
    write_sidecar(several + '.quotemark.xml', text,
                  [('p1', 'Helena Varga', 'Mayor', ['Varga']), ('p2', 'Critics', '', [])],
                  [('q1', 'We will build the bridge,', 'direct', 'p1', 'accepted',
                    ['statement-promise', 'verification-true'], [('Ana', 'Checked with the council')]),
                   ('q2', 'It opens in May,', 'indirect', 'p1', 'unreviewed', [], []),
                   ('q3', 'vanity project', 'scare', None, 'rejected', [], [])],
                  [('h1', 'Critics')])
    both_out('show with several quotes', ['show', several], [
        f'{several} — 3 Zitate, 2 Personen, 1 Hervorhebung',
        'Personen',
        '  Helena Varga                 Mayor (auch: Varga)',
        '  #    Stelle        Art           Person               Prüfstand  Anker      Schlagwörter           Text',
        '  1    1–26          direkt        Helena Varga         angenommen genau      Versprechen, Wahr      '
        'We will build the bridge,',
        '       Notiz von Ana: Checked with the council',
        '  2    54–70         indirekt      Helena Varga         ungeprüft  genau      —                      '
        'It opens in May,',
        '  3    104–118       distanzierend —                    abgelehnt  genau      —                      '
        'vanity project',
        'Hervorhebungen',
        '  83–90         genau      —                      Critics',
    ], [
        f'{several} — 3 quotes, 2 people, 1 highlight',
        'People',
        '  Helena Varga                 Mayor (also: Varga)',
        '  #    where         kind     speaker              review     anchor tags                   text',
        '  1    1–26          direct   Helena Varga         accepted   exact  Promise, True          '
        'We will build the bridge,',
        '       note by Ana: Checked with the council',
        '  2    54–70         indirect Helena Varga         unreviewed exact  —                      It opens in May,',
        '  3    104–118       scare    —                    rejected   exact  —                      vanity project',
        'Highlights',
        '  83–90         exact  —                      Critics',
    ])

    one = os.path.join(tmp, 'one.txt')
    text1 = '“We will build the bridge,” Mayor Helena Varga said.\n'
    with open(one, 'w', encoding='utf-8') as f:
        f.write(text1)
    write_sidecar(one + '.quotemark.xml', text1, [('p1', 'Helena Varga', 'Mayor', [])],
                  [('q1', 'We will build the bridge,', 'direct', 'p1', 'unreviewed', [], [])])
    both_out('show with one quote', ['show', one],
             [f'{one} — 1 Zitat, 1 Person, 0 Hervorhebungen'],
             [f'{one} — 1 quote, 1 person, 0 highlights'])

    # validate's line for a file that passes
    valid = one + '.quotemark.xml'
    both_out('validate of a valid sidecar', ['validate', valid],
             [f'{valid}: gültig'], [f'{valid}: valid'])

    # The machine formats are the same in every language; the report is for
    # people and comes out in German. A QDPX project records when it was
    # written: the time is held still, or the two languages' exports differ
    # whenever a second passes between them.
    epoch = str(int(time.time()))
    for fmt in ('csv', 'tei', 'w3c', 'qdpx', 'brat'):
        exports = {}
        for language in ('de', ''):
            env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=language, SOURCE_DATE_EPOCH=epoch)
            env.pop('LANG', None)
            r = subprocess.run([CLI, 'export', '-f', fmt, '-o', '-', several], capture_output=True, env=env,
                               timeout=120)
            exports[language] = r
        check(f'export {fmt}: works in both languages', exports['de'].returncode == 0 and
              exports[''].returncode == 0 and exports[''].stdout, exports['de'].stderr + exports[''].stderr)
        check(f'export {fmt}: the same bytes in German and English', exports['de'].stdout == exports[''].stdout)
    code, german, err = run('de', 'export', '-f', 'report', several)
    code_en, english, err_en = run('', 'export', '-f', 'report', several)
    check('export report: works in both languages', code == 0 and code_en == 0, err + err_en)
    check('export report: in German', german != english and '<html lang="de">' in german and
          '<h2>Übersicht</h2>' in german and '<caption>Zitate je Person</caption>' in german and
          '3 Zitate, 1 Hervorhebung, 2 Personen.' in german and 'direktes Zitat, angenommen' in german and
          'Summary' not in german, german)
    check('export report: in English', '<html lang="en">' in english and '<h2>Summary</h2>' in english and
          '<caption>Quotes per speaker</caption>' in english and '3 quotes, 1 highlight, 2 people.' in english and
          'direct quote, accepted' in english, english)

    # annotate finds the quotes afresh: one, then two.  Each language
    # writes the annotation file anew.
    def annotate_both(name, text, german, english):
        path = os.path.join(tmp, name + '.txt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        for language, lang, want in (('de', 'German', german), ('', 'English', english)):
            if os.path.exists(path + '.quotemark.xml'):
                os.unlink(path + '.quotemark.xml')
            code, out, err = run(language, 'annotate', path)
            check(f'annotate {name}: in {lang}', code == 0 and out.rstrip('\n') ==
                  f'{path}: {want} → {path}.quotemark.xml', out + err)

    annotate_both('single', '“We will build the bridge,” the mayor said on Tuesday.\n',
                  '1 Zitat (1 neu, 0 aktualisiert, 0 verworfen, 0 von Ihnen behalten, '
                  '0 wiedergefunden, aber übersprungen), 0 verwaist',
                  '1 quote (1 new, 0 updated, 0 dropped, 0 of yours kept, 0 found again but skipped), '
                  '0 orphaned')
    annotate_both('double', '“We will build the bridge,” the mayor said on Tuesday.\n\n'
                  '“It will open in May,” she added.\n',
                  '2 Zitate (2 neu, 0 aktualisiert, 0 verworfen, 0 von Ihnen behalten, '
                  '0 wiedergefunden, aber übersprungen), 0 verwaist',
                  '2 quotes (2 new, 0 updated, 0 dropped, 0 of yours kept, 0 found again but skipped), '
                  '0 orphaned')

    bom = os.path.join(tmp, 'bom.txt')
    raw = '\ufeffZwei Zeilen.\n\nZweiter Absatz.\n'.encode('utf-8')
    with open(bom, 'wb') as f:
        f.write(raw)
    both_out('info', ['info', bom], [
        f'Datei:           {bom}',
        'Medientyp:       text/plain',
        'Kodierung:       UTF-8 (mit Byte-Order-Mark)',
        f'Bytes:           {len(raw)}',
        'Absätze:         2',
        'Ersetzt:         0',
        f'SHA-256 (Datei): {hashlib.sha256(raw).hexdigest()}',
    ], [
        f'file:        {bom}',
        'media-type:  text/plain',
        'encoding:    UTF-8 (with byte-order mark)',
        f'bytes:       {len(raw)}',
        'paragraphs:  2',
        'replaced:    0',
        f'sha256-raw:  {hashlib.sha256(raw).hexdigest()}',
    ])

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

finish()
