#!/usr/bin/env python3
# End-to-end tests of quotemark-cli as a user runs it: files in, text out,
# exit codes and one-line errors. Prints TAP.
import os
import subprocess
import tempfile

from tap import check, finish

CLI = os.environ['QM_CLI']
DATA = os.environ['QM_DATA_DIR']
SAMPLE = os.path.join(DATA, 'samples', 'harbour-bridge-vote.txt')


def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=60)


def one_line_error(p):
    err = p.stderr.decode('utf-8', 'replace')
    return err.count('\n') == 1 and err.startswith('quotemark-cli')


p = run('--version')
check('version', p.returncode == 0 and p.stdout.decode().startswith('quotemark-cli '), p.stdout)

p = run('--help')
out = p.stdout.decode()
check('help', p.returncode == 0 and 'Usage:' in out and 'info' in out, out)

# What a user needs from each command's help: annotate says the language is detected (it said
# "default: en" while the window detected it), export where its output goes without -o.
p = run('annotate', '--help')
check('annotate-help-says-language-is-detected', p.returncode == 0 and b'detected' in p.stdout, p.stdout)
p = run('export', '--help')
check('export-help-says-default-output', p.returncode == 0 and b'the default, for standard output' in p.stdout,
      p.stdout)

# A missing or unreadable article is told in plain words after its name, as in the window, not in
# GIO's ("Error when getting information for file “/tmp/…”: No such file or directory").
with tempfile.TemporaryDirectory() as tmp:
    missing = os.path.join(tmp, 'gone.txt')
    for command in (('info',), ('annotate',), ('show',), ('export', '-f', 'csv')):
        p = run(*command, missing)
        check(f'{command[0]}-missing-file-in-plain-words', p.returncode == 1 and one_line_error(p)
              and p.stderr.decode().endswith(f'{missing}: no such file\n'), p.stderr)
    if os.geteuid() != 0:
        locked = os.path.join(tmp, 'locked.txt')
        with open(locked, 'w') as f:
            f.write('“Closed,” said Ada Brun.\n')
        os.chmod(locked, 0)
        p = run('info', locked)
        check('unreadable-file-in-plain-words', p.returncode == 1 and b'you do not have permission' in p.stderr,
              p.stderr)

p = run()
check('no-arguments-is-usage', p.returncode == 2 and b'Usage' in p.stderr)

p = run('frobnicate')
check('unknown-command', p.returncode == 2 and one_line_error(p), p.stderr)

for command in ('info', 'extract', 'annotate', 'validate', 'export'):
    p = run(command) if command != 'export' else run(command, '--format', 'csv')
    check(f'{command}-without-file-is-usage', p.returncode == 2 and one_line_error(p) and b'no file' in p.stderr, p.stderr)

p = run('info', SAMPLE)
out = p.stdout.decode()
with open(SAMPLE, 'rb') as f:
    raw = f.read()
text = raw.decode('utf-8')
check('info-sample', p.returncode == 0 and f'characters:  {len(text)}' in out and 'encoding:    UTF-8' in out, out)

with tempfile.TemporaryDirectory() as tmp:
    missing = os.path.join(tmp, 'missing.txt')
    p = run('info', missing)
    check('missing-file', p.returncode == 1 and one_line_error(p) and b'missing.txt' in p.stderr, p.stderr)

    binary = os.path.join(tmp, 'image.png')
    with open(binary, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + bytes(range(256)) * 8)
    p = run('info', binary)
    check('binary-file', p.returncode == 1 and one_line_error(p) and b'binary' in p.stderr, p.stderr)

    empty = os.path.join(tmp, 'empty.txt')
    open(empty, 'wb').close()
    p = run('info', empty)
    check('empty-file', p.returncode == 1 and one_line_error(p) and b'empty' in p.stderr, p.stderr)

    latin = os.path.join(tmp, 'latin.txt')
    with open(latin, 'wb') as f:
        f.write(('Der Bürgermeister sagte, die Brücke über die Förde werde „bald“ fertig. '
                 'Die Anwohner äußerten sich skeptisch über den Lärm und die Größe. ' * 3).encode('cp1252'))
    p = run('info', latin)
    check('legacy-encoding', p.returncode == 0 and b'WINDOWS-1252' in p.stdout, p.stdout + p.stderr)

    # One bad file among good ones: the good ones are still reported.
    p = run('info', SAMPLE, missing)
    check('partial-failure', p.returncode == 1 and b'characters:' in p.stdout and one_line_error(p), p.stderr)

    # An article in a folder that takes no new files: its sidecar goes to
    # the data folder, and is found there again.
    locked = os.path.join(tmp, 'locked')
    os.mkdir(locked)
    story = os.path.join(locked, 'story.txt')
    with open(story, 'w', encoding='utf-8') as f:
        f.write('“We will build it,” Mayor Anna Berg said on Monday.\n')
    data_home = os.path.join(tmp, 'xdg-data')
    env = dict(os.environ, XDG_DATA_HOME=data_home)
    if subprocess.run(['chattr', '+i', locked], capture_output=True).returncode == 0:
        try:
            p = subprocess.run([CLI, 'annotate', story], capture_output=True, env=env, timeout=60)
            kept = os.path.join(data_home, 'quotemark', 'sidecars')
            files = os.listdir(kept) if os.path.isdir(kept) else []
            check('read-only-folder-sidecar-in-data-folder',
                  p.returncode == 0 and len(files) == 1 and files[0].endswith('-story.txt.quotemark.xml')
                  and not os.path.exists(story + '.quotemark.xml'), p.stdout + p.stderr)
            p = subprocess.run([CLI, 'show', story], capture_output=True, env=env, timeout=60)
            check('read-only-folder-sidecar-found-again', p.returncode == 0 and b'Anna Berg' in p.stdout,
                  p.stdout + p.stderr)
        finally:
            subprocess.run(['chattr', '-i', locked])

    # The People table of "show": the roles in one column counted in
    # characters, whatever letters the names have, and no line of the
    # output ending in spaces.
    people = os.path.join(tmp, 'people.txt')
    with open(people, 'w', encoding='utf-8') as f:
        f.write('“We will build it,” Mayor Anna Berg said on Monday. “Not this year,” '
                'said ferry captain Jörg Ødegård. “We wait,” said Ulla Brisk.\n')
    run('annotate', people)
    p = run('show', people)
    out = p.stdout.decode('utf-8')
    rows = out.split('\nPeople\n', 1)[1].split('\n\n', 1)[0].splitlines() if '\nPeople\n' in out else []
    roled = [r for r in rows if 'mayor' in r.lower() or 'captain' in r.lower()]
    check('show-people-columns',
          p.returncode == 0 and len(rows) >= 3 and all(r == r.rstrip() for r in out.splitlines()) and len(roled) == 2
          and all(len(r) > 31 and r[30] == ' ' and r[31] != ' ' for r in roled), out)

    # The source file is never written.
    before = os.stat(SAMPLE).st_mtime_ns
    run('info', SAMPLE)
    check('source-untouched', os.stat(SAMPLE).st_mtime_ns == before)

finish()
