#!/usr/bin/env python3
# End to end: start the built quotemark on an article like a user would,
# wait for its window on the X server, open a second article through the
# running instance, then quit through the app's exported D-Bus action.
# Needs DISPLAY (xvfb-run) and a session bus (dbus-run-session). Prints TAP.
import os
import shutil
import subprocess
import sys
import tempfile
import time

BIN = os.environ['QM_BIN']
APP_ID = os.environ['QM_APP_ID']
DATA = os.environ['QM_DATA_DIR']
SAMPLE = os.path.join(DATA, 'samples', 'harbour-bridge-vote.txt')

if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    print('1..0 # SKIP needs an X server and a session bus')
    sys.exit(77)
if not shutil.which('xdotool') or not shutil.which('gapplication'):
    print('1..0 # SKIP needs xdotool and gapplication')
    sys.exit(77)

results = []


def check(name, cond, detail=''):
    results.append((name, bool(cond), detail))


def find_windows(name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        p = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', name],
                           capture_output=True, text=True)
        ids = p.stdout.split()
        if ids:
            return ids
        time.sleep(0.2)
    return []


env = dict(os.environ)
with tempfile.TemporaryDirectory() as tmp:
    env['XDG_DATA_HOME'] = os.path.join(tmp, 'data')
    env['XDG_CONFIG_HOME'] = os.path.join(tmp, 'config')
    second = os.path.join(tmp, 'second-article.txt')
    with open(second, 'w', encoding='utf-8') as f:
        f.write('“It works,” the tester said.\n')

    proc = subprocess.Popen([BIN, SAMPLE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ids = find_windows('harbour-bridge-vote')
    check('window-shows-article-title', ids, 'no window titled after the article')

    # A second launch hands the file to the running instance and exits.
    p2 = subprocess.run([BIN, second], env=env, capture_output=True, timeout=30)
    check('second-launch-returns', p2.returncode == 0, p2.stderr)
    check('second-window-opens', find_windows('second-article'), 'no second window')
    check('single-instance', proc.poll() is None and len(find_windows('harbour-bridge-vote')) == 1)

    q = subprocess.run(['gapplication', 'action', APP_ID, 'quit'], env=env, capture_output=True, timeout=30)
    check('quit-action-accepted', q.returncode == 0, q.stderr)
    try:
        rc = proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = None
    err = proc.stderr.read().decode('utf-8', 'replace')
    check('exits-cleanly', rc == 0, f'rc={rc} {err[-800:]}')
    check('no-criticals', 'CRITICAL' not in err and 'WARNING' not in err, err[-800:])

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {i} - {name}')
    if not ok:
        print('# ' + repr(detail)[:800])
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
