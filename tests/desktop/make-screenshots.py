#!/usr/bin/env python3
# make-screenshots.py: runs the built window on the sample article under a
# private X server, once in the light and once in the dark style, and saves
# what the screen shows as OUTDIR/article-light.png and article-dark.png
# (copied into data/screenshots/ for the metainfo by
# build-aux/update-screenshots.sh). The dark shot must be darker. With
# xdotool, a second state is taken too: quotes reviewed from the keyboard
# (n to go to the next quote, a to accept, r to reject), as
# review-light.png and review-dark.png.
#
# Usage: make-screenshots.py QUOTEMARK ARTICLE OUTDIR
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap, skip  # noqa: E402

WIDTH, HEIGHT = 1100, 760   # the window's default size from the GSettings schema
STYLES = {'light': 'prefer-light', 'dark': 'prefer-dark'}


def start_xvfb():
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(['Xvfb', '-displayfd', str(write_fd), '-nolisten', 'tcp',
                               '-screen', '0', f'{WIDTH}x{HEIGHT}x24'],
                              pass_fds=[write_fd], stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        display = f.readline().strip()
    if not display:
        server.kill()
        raise RuntimeError('Xvfb did not start')
    return server, f':{display}'


def grab(display, path):
    subprocess.run(['import', '-display', display, '-window', 'root', str(path)],
                   check=True, capture_output=True, timeout=60)


def stats(path):
    """Mean and standard deviation of the grey levels, 0..1."""
    out = subprocess.run(['convert', str(path), '-colorspace', 'Gray',
                          '-format', '%[fx:mean] %[fx:standard_deviation]', 'info:'],
                         check=True, capture_output=True, text=True).stdout
    mean, sd = (float(x) for x in out.split())
    return mean, sd


def press(display, env, keys):
    """Types KEYS into the quotemark window; False when that is not possible."""
    if shutil.which('xdotool') is None:
        return False
    env = dict(env, DISPLAY=display)
    found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', 'harbour'],
                           env=env, capture_output=True, text=True).stdout.split()
    if not found:
        return False
    subprocess.run(['xdotool', 'windowfocus', '--sync', found[0]], env=env, capture_output=True)
    # The pointer rests on the status line, where it shows no tooltip.
    subprocess.run(['xdotool', 'mousemove', '4', str(HEIGHT - 8)], env=env, capture_output=True)
    for key in keys:
        subprocess.run(['xdotool', 'key', key], env=env, capture_output=True)
        time.sleep(0.3)
    return True


def shoot(quotemark, article, display, style, path, env, editing=None):
    env = dict(env, DISPLAY=display, GDK_BACKEND='x11', ADW_DEBUG_COLOR_SCHEME=STYLES[style])
    cmd = [quotemark, str(article)]
    if shutil.which('dbus-run-session'):
        cmd = ['dbus-run-session', '--'] + cmd
    app = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    try:
        # Wait until the article is drawn: two grabs in a row that are alike
        # and not blank.
        last = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(1.0)
            grab(display, path)
            now = stats(path)
            if now[1] > 0.05 and last is not None and abs(now[0] - last[0]) < 0.002:
                if editing is not None and press(display, env, ['n', 'a', 'n', 'n', 'a', 'n', 'r', 'n', 'n']):
                    time.sleep(1.0)
                    grab(display, editing)
                return now, None
            last = now
        return None, 'the window did not settle within 30 s'
    finally:
        os.killpg(app.pid, 15)
        try:
            _, err = app.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, 9)
            _, err = app.communicate()
        if err.strip():
            print('# quotemark said: ' + err.strip().replace('\n', '\n# '))


def main():
    quotemark, article, outdir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    for tool in ('Xvfb', 'import', 'convert'):
        if shutil.which(tool) is None:
            skip(f'{tool} not found')
    outdir.mkdir(parents=True, exist_ok=True)

    tap = Tap()
    server, display = start_xvfb()
    results = {}
    try:
        with tempfile.TemporaryDirectory() as home:
            # A clean home keeps the user's recent files and settings out of the picture.
            env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f'{home}/config',
                       XDG_DATA_HOME=f'{home}/data', XDG_CACHE_HOME=f'{home}/cache',
                       GSETTINGS_BACKEND='memory', GTK_A11Y='none', NO_AT_BRIDGE='1',
                       LC_ALL='C.UTF-8', LANGUAGE='')
            env.pop('WAYLAND_DISPLAY', None)
            # Shown from a folder in the clean home, so the title reads "~/Documents".
            documents = pathlib.Path(home) / 'Documents'
            documents.mkdir()
            article = pathlib.Path(shutil.copy(article, documents / article.name))
            for style in STYLES:
                path = outdir / f'article-{style}.png'
                editing = outdir / f'review-{style}.png'
                if editing.exists():
                    editing.unlink()
                got, why = shoot(quotemark, article, display, style, path, env, editing)
                if tap.check(got is not None, f'{style}: screenshot saved as {path.name}', why):
                    results[style] = got
                    print(f'# {style}: mean grey {got[0]:.3f}, deviation {got[1]:.3f}')
                if shutil.which('xdotool'):
                    tap.check(editing.exists(), f'{style}: screenshot saved as {editing.name}')
    finally:
        server.terminate()
        server.wait(timeout=10)

    if len(results) == 2:
        tap.check(results['dark'][0] + 0.3 < results['light'][0],
                  'the dark style is much darker than the light one',
                  f'light {results["light"][0]:.3f}, dark {results["dark"][0]:.3f}')
    tap.exit()


if __name__ == '__main__':
    main()
