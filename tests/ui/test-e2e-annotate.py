#!/usr/bin/env python3
# End to end, like a user at the keyboard: open a copy of the sample with the
# built quotemark, go to the first quote (n), accept it (a, which goes on to
# the next quote), back to it (p), tag it through the Tag menu (Alt+T,
# Return), save (Ctrl+S), quit, reopen and check the sidecar and the
# restored state; then edit, kill the process and check the edits are
# offered back on the next start. Needs DISPLAY (xvfb-run), a
# session bus and xdotool. Prints TAP.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

BIN = os.environ['QM_BIN']
APP_ID = os.environ['QM_APP_ID']
DATA = os.environ['QM_DATA_DIR']
SAMPLE = os.path.join(DATA, 'samples', 'harbour-bridge-vote.txt')
SUPPORTED = os.environ.get('QM_SIDECAR_SUPPORTED')

if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    print('1..0 # SKIP needs an X server and a session bus')
    sys.exit(77)
if not all(shutil.which(t) for t in ('xdotool', 'gapplication', 'gdbus')):
    print('1..0 # SKIP needs xdotool, gapplication and gdbus')
    sys.exit(77)

sidecar_ok = bool(SUPPORTED) and subprocess.run([SUPPORTED]).returncode == 0
results = []


def check(name, cond, detail=''):
    results.append((name, bool(cond), detail, None))


def skip(name, why):
    results.append((name, True, '', why))


def window_ids(name, pid=None):
    # Of one process if given: a killed process's window may still be
    # listed for a moment, and must not be taken for the new one's.
    by_pid = ['--all', '--pid', str(pid)] if pid else []
    p = subprocess.run(['xdotool', 'search', '--onlyvisible', *by_pid, '--name', name],
                       capture_output=True, text=True)
    return p.stdout.split()


def wait_window(name, timeout=20, pid=None):
    deadline = time.time() + timeout
    while time.time() < deadline:
        ids = window_ids(name, pid)
        if ids:
            return ids[0]
        time.sleep(0.2)
    return None


def title(wid):
    p = subprocess.run(['xdotool', 'getwindowname', wid], capture_output=True, text=True)
    return p.stdout.strip()


def keys(wid, *seq):
    subprocess.run(['xdotool', 'windowfocus', '--sync', wid], capture_output=True)
    for k in seq:
        subprocess.run(['xdotool', 'key', '--clearmodifiers', k], capture_output=True)
        time.sleep(0.4)


def wait_for(cond, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if cond():
            return True
        time.sleep(0.2)
    return False


def errors(proc):
    """The last lines a process that ended wrote to its standard error."""
    if proc.poll() is None:
        return 'still running'
    try:
        err = getattr(proc, 'early_errors', '') or proc.stderr.read().decode(errors='replace')
    except (OSError, ValueError):
        return ''
    return ' | '.join(err.strip().splitlines()[-3:])


def start(env, path):
    """Starts the app on @path. On a loaded machine Xvfb now and then turns
    a new client away ("cannot open display"), and the app ends at once: that
    is the test's X server, not the app, so it is started again (a few
    times). Returns once the app shows a window, or ended, or after 5 s."""
    for attempt in range(4):
        proc = subprocess.Popen([BIN, path], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait_for(lambda: proc.poll() is not None or window_ids('', proc.pid), 5)
        if proc.poll() is None:
            return proc
        proc.early_errors = proc.stderr.read().decode(errors='replace')
        if 'cannot open display' not in proc.early_errors:
            return proc
        print('# the X server turned the app away; starting it again', file=sys.stderr)
        time.sleep(1)
    return proc


def complete_draft(drafts):
    """Whether the draft holding the rejected quote is complete on disk. A
    file in the folder is not enough: it may be a temporary one, or being
    written, and the kill that follows would then come before the draft."""
    try:
        names = os.listdir(drafts)
    except FileNotFoundError:
        return False
    for name in names:
        if name.startswith('.') or not name.endswith('.quotemark.xml'):
            continue
        try:
            root = ET.parse(os.path.join(drafts, name))
        except (ET.ParseError, OSError):
            continue
        if any(el.get('review') == 'rejected' for el in root.iter() if el.tag.rsplit('}', 1)[-1] == 'quote'):
            return True
    return False


def name_owned(env):
    p = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.freedesktop.DBus',
                        '--object-path', '/org/freedesktop/DBus',
                        '--method', 'org.freedesktop.DBus.NameHasOwner', APP_ID],
                       env=env, capture_output=True, text=True)
    return 'true' in p.stdout


def kill_app(proc, env):
    """Kill the app as a crash would, and wait until the bus has let go of
    its name: the bus learns of the death a moment after the process ends,
    and a new instance started in that moment finds the name still owned,
    hands its file to the dead one and exits without a window."""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    wait_for(lambda: not name_owned(env), 10)


def quit_app(env):
    subprocess.run(['gapplication', 'action', APP_ID, 'quit'], env=env, capture_output=True, timeout=30)


env = dict(os.environ)
with tempfile.TemporaryDirectory() as tmp:
    env['XDG_DATA_HOME'] = os.path.join(tmp, 'data')
    env['XDG_CONFIG_HOME'] = os.path.join(tmp, 'config')
    article = os.path.join(tmp, 'harbour-bridge-vote.txt')
    shutil.copy(SAMPLE, article)
    sidecar = article + '.quotemark.xml'
    drafts = os.path.join(env['XDG_DATA_HOME'], 'quotemark', 'drafts')

    # 1. Review, tag and save from the keyboard.
    proc = start(env, article)
    wid = wait_window('harbour-bridge-vote')
    check('window-opens', wid, 'no window')
    if wid:
        time.sleep(1.5)   # analysis and highlights
        check('title-clean-after-open', not title(wid).startswith('•'), title(wid))
        keys(wid, 'n', 'a')
        check('accept-marks-unsaved', wait_for(lambda: title(wid).startswith('•')), title(wid))
        # Accepting went on to the next quote to review: back to the
        # accepted one (p) to tag it.
        keys(wid, 'p', 'alt+t', 'Return')
        keys(wid, 'ctrl+s')
        if sidecar_ok:
            check('sidecar-written', wait_for(lambda: os.path.exists(sidecar)), 'no sidecar')
            check('title-clean-after-save', wait_for(lambda: not title(wid).startswith('•')), title(wid))
            quotes = []
            if os.path.exists(sidecar):
                for el in ET.parse(sidecar).iter():
                    if el.tag.rsplit('}', 1)[-1] == 'quote':
                        tags = [c for c in el if c.tag.rsplit('}', 1)[-1] == 'tag']
                        quotes.append((el.get('review'), len(tags)))
            accepted = [q for q in quotes if q[0] == 'accepted']
            check('sidecar-has-accepted-quote', len(accepted) == 1, quotes)
            check('sidecar-has-tag', len(accepted) == 1 and accepted[0][1] == 1, quotes)
            check('sidecar-has-all-detected-quotes', len(quotes) > 5, quotes)
        else:
            for name in ('sidecar-written', 'title-clean-after-save', 'sidecar-has-accepted-quote',
                         'sidecar-has-tag', 'sidecar-has-all-detected-quotes'):
                skip(name, 'the sidecar writer is not in this build yet')
            # Unsaved: quitting asks first; Discard closes.
            check('save-failure-keeps-unsaved-mark', title(wid).startswith('•'), title(wid))
    quit_app(env)
    time.sleep(1.0)
    if not sidecar_ok:
        check('quit-with-unsaved-asks', proc.poll() is None, 'exited without asking')
        dialog_wid = None
        for w in window_ids(''):
            if w != wid and title(w) == '':
                dialog_wid = w
        if wid:
            # The dialog is modal on the window; Alt+D is its Discard button.
            subprocess.run(['xdotool', 'key', '--clearmodifiers', 'alt+d'], capture_output=True)
    try:
        rc = proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = None
    err = proc.stderr.read().decode('utf-8', 'replace')
    check('exits-cleanly', rc == 0, f'rc={rc} {err[-600:]}')
    # Its name on the bus, too, is let go of a moment after the exit.
    wait_for(lambda: not name_owned(env), 10)
    check('no-criticals', 'CRITICAL' not in err, err[-600:])

    # 2. Reopen: the saved state comes back.
    proc = start(env, article)
    wid = wait_window('harbour-bridge-vote')
    check('reopens', wid, 'no window')
    if sidecar_ok and wid:
        time.sleep(1.5)
        check('reopened-clean', not title(wid).startswith('•'), title(wid))
    elif not sidecar_ok:
        skip('reopened-clean', 'the sidecar writer is not in this build yet')

    # 3. Edit, wait for the draft, kill: the edits are offered back.
    if wid:
        time.sleep(1.0)
        keys(wid, 'n', 'n', 'r')
        check('reject-marks-unsaved', wait_for(lambda: title(wid).startswith('•')), title(wid))
        if sidecar_ok:
            check('draft-written', wait_for(lambda: complete_draft(drafts), 30),
                  os.listdir(drafts) if os.path.isdir(drafts) else 'no drafts folder')
        else:
            skip('draft-written', 'the sidecar writer is not in this build yet')
    kill_app(proc, env)

    if sidecar_ok:
        proc = start(env, article)
        wid = wait_window('harbour-bridge-vote', pid=proc.pid)

        # The recovery question is a second window of the app; Return
        # recovers. Wait for it rather than for a fixed time, and give it the
        # focus before pressing Return, or the key may go to the article.
        def dialog():
            p = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(proc.pid)],
                               capture_output=True, text=True)
            others = [w for w in p.stdout.split() if w != wid]
            return others[0] if others else None
        dialog_wid = wait_for(dialog, 30) and dialog()
        check('recovery-offered', dialog_wid, 'no recovery dialog')
        if dialog_wid:
            keys(dialog_wid, 'Return')
        check('recovered-after-kill', wid and wait_for(lambda: title(wid).startswith('•'), 20),
              title(wid) if wid else 'no window (exit status %s; %s)' % (proc.poll(), errors(proc)))
        # The recovered edit (a rejected quote) is really there: save and look.
        if wid:
            keys(wid, 'ctrl+s')

            def has_rejected():
                try:
                    return any(el.get('review') == 'rejected' for el in ET.parse(sidecar).iter()
                               if el.tag.rsplit('}', 1)[-1] == 'quote')
                except ET.ParseError:
                    return False
            check('recovered-edit-saved', wait_for(has_rejected), 'no rejected quote in the sidecar')
        kill_app(proc, env)
    else:
        skip('recovered-after-kill', 'the sidecar writer is not in this build yet')
        skip('recovered-edit-saved', 'the sidecar writer is not in this build yet')

    # 4. Opening the annotation file (as from the file manager) opens its article.
    if sidecar_ok and os.path.exists(sidecar):
        proc = start(env, sidecar)
        # Its own window: the one killed before may linger in the list for a
        # moment, and a loaded machine may take longer than usual to map it.
        wid = wait_window('harbour-bridge-vote', timeout=45, pid=proc.pid)
        others = ', '.join(title(w) for w in window_ids('', proc.pid)) if not wid else ''
        check('sidecar-opens-its-article', wid and 'quotemark.xml' not in title(wid),
              title(wid) if wid else 'no window (windows of the process: %s; exit status %s; %s)'
              % (others or 'none', proc.poll(), errors(proc)))
        kill_app(proc, env)
    else:
        skip('sidecar-opens-its-article', 'the sidecar writer is not in this build yet')

print(f'1..{len(results)}')
for i, (name, ok, detail, why) in enumerate(results, 1):
    if why:
        print(f'ok {i} - {name} # SKIP {why}')
        continue
    print(f'{"ok" if ok else "not ok"} {i} - {name}')
    if not ok:
        print('# ' + repr(detail)[:800])
sys.exit(0 if all(ok for _, ok, _, _ in results) else 1)
