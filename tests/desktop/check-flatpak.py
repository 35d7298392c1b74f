#!/usr/bin/env python3
# check-flatpak.py: checks the structure of the Flatpak manifests, since the
# GNOME runtime cannot be downloaded to build them here.
#
# Usage: check-flatpak.py SOURCE_ROOT BASE_APP_ID COMMAND
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap  # noqa: E402

# What the sandbox may have: a window (Wayland, or X11 where Wayland is
# missing), shared memory for X11 and GPU access. Files come through the
# document portal, so no --filesystem at all.
REQUIRED_FINISH_ARGS = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}

# pkg-config names that org.gnome.Platform ships; any other dependency()
# in meson.build needs a module of its own in the manifests.
# libarchive is there since GNOME 49 (freedesktop-sdk 25.08,
# elements/components/libarchive.bst).
RUNTIME_PROVIDES = {'glib-2.0', 'gio-2.0', 'gobject-2.0', 'gtk4', 'libadwaita-1',
                    'libxml-2.0', 'json-glib-1.0', 'libarchive'}

HEX = re.compile(r'^[0-9a-f]+$')


def sources_of(module):
    for source in module.get('sources', []):
        yield module, source
    for sub in module.get('modules', []):
        if isinstance(sub, dict):
            yield from sources_of(sub)


def unpinned(source):
    kind = source.get('type')
    if kind in ('archive', 'file'):
        if 'url' not in source:
            return None if 'path' in source else 'neither url nor path'
        if not source['url'].startswith('https://'):
            return 'url is not https'
        sha = source.get('sha256') or source.get('sha512') or ''
        want = 64 if 'sha256' in source else 128
        if len(sha) != want or not HEX.match(sha):
            return 'no valid sha256/sha512'
        return None
    if kind == 'git':
        commit = source.get('commit', '')
        if len(commit) != 40 or not HEX.match(commit):
            return 'git source without a full commit id'
        return None
    if kind in ('patch', 'dir'):
        return None if 'path' in source or 'paths' in source else 'no path'
    if kind in ('shell', 'script', 'inline'):
        return None
    return f'source type {kind!r} cannot be checked'


def main():
    root = pathlib.Path(sys.argv[1])
    base_id = sys.argv[2]
    command = sys.argv[3]
    tap = Tap()

    deps = set()
    for folder in ('.', 'app', 'ui', 'data', 'po', 'tests'):
        for build_file in sorted((root / folder).glob('**/meson.build') if folder != '.'
                                 else [root / 'meson.build']):
            text = build_file.read_text(encoding='utf-8')
            deps |= set(re.findall(r"dependency\(\s*'([^']+)'", text))
    tap.check(deps, 'meson.build declares dependencies', sorted(deps))

    manifests = {}
    for app_id in (base_id, base_id + '.Devel'):
        path = root / 'flatpak' / (app_id + '.json')
        try:
            manifests[app_id] = json.loads(path.read_text(encoding='utf-8'))
            tap.check(True, f'{path.name} parses as JSON')
        except (OSError, ValueError) as e:
            tap.check(False, f'{path.name} parses as JSON', e)

    for app_id, m in manifests.items():
        name = app_id + '.json'
        tap.equal(m.get('id', m.get('app-id')), app_id, f'{name}: id')
        tap.equal(m.get('runtime'), 'org.gnome.Platform', f'{name}: runtime')
        tap.equal(m.get('sdk'), 'org.gnome.Sdk', f'{name}: sdk')
        branch = str(m.get('runtime-version', ''))
        tap.check(re.fullmatch(r'[0-9]{2,}', branch) and int(branch) >= 43,
                  f'{name}: runtime-version {branch!r} is a stable branch (43 or newer)')
        tap.equal(m.get('command'), command, f'{name}: command runs the installed window binary')

        args = m.get('finish-args', [])
        tap.check(len(args) == len(set(args)), f'{name}: no repeated finish-args', args)
        tap.equal(set(args), REQUIRED_FINISH_ARGS, f'{name}: finish-args are exactly the minimal set')
        tap.check(not any(a.startswith('--filesystem') for a in args),
                  f'{name}: no --filesystem (files come through the portal)')

        modules = m.get('modules', [])
        tap.check(modules and isinstance(modules[-1], dict), f'{name}: has modules, the app last')
        if not modules:
            continue
        app = modules[-1]
        tap.equal(app.get('name'), 'quotemark', f'{name}: last module is quotemark')
        tap.equal(app.get('buildsystem'), 'meson', f'{name}: app builds with meson')
        tap.equal(app.get('builddir'), True, f'{name}: app builds in a separate builddir')
        tap.equal(app.get('run-tests'), True, f'{name}: app runs its tests')
        srcs = app.get('sources', [])
        ok = (len(srcs) == 1 and srcs[0].get('type') == 'dir' and
              (root / 'flatpak' / srcs[0].get('path', '')).resolve() == root.resolve())
        tap.check(ok, f'{name}: app source is the project folder (type dir)', srcs)
        opts = app.get('config-opts', [])
        devel = app_id.endswith('.Devel')
        tap.equal('-Ddevelopment=true' in opts, devel,
                  f'{name}: -Ddevelopment=true only in the Devel manifest')

        for module, source in (pair for mod in modules if isinstance(mod, dict)
                               for pair in sources_of(mod)):
            why = unpinned(source)
            if source.get('type') == 'dir' and module is not app:
                why = 'only the app itself may come from a local folder'
            tap.check(why is None, f'{name}: source of {module.get("name")} is pinned', why)

        extra = {mod.get('name') for mod in modules[:-1] if isinstance(mod, dict)}
        missing = deps - RUNTIME_PROVIDES - extra
        tap.check(not missing, f'{name}: every dependency the runtime lacks has a module',
                  f'no module for {sorted(missing)}')
        needless = extra - (deps - RUNTIME_PROVIDES)
        tap.check(not needless, f'{name}: no module for what the runtime already has',
                  f'needless modules {sorted(needless)}')

    # Where flatpak-builder is installed, let it read the manifests too: it
    # warns about every property it does not know or cannot convert.
    builder = shutil.which('flatpak-builder')
    for app_id in manifests:
        if builder is None:
            print('# flatpak-builder not found: manifests not read by it')
            break
        r = subprocess.run([builder, '--show-manifest', str(root / 'flatpak' / (app_id + '.json'))],
                           capture_output=True, text=True, timeout=60)
        tap.check(r.returncode == 0 and 'WARNING' not in r.stderr,
                  f'flatpak-builder reads {app_id}.json without warnings', r.stderr)

    if len(manifests) == 2:
        stable, devel = manifests[base_id], manifests[base_id + '.Devel']
        for key in ('runtime', 'runtime-version', 'sdk', 'command', 'finish-args'):
            tap.equal(devel.get(key), stable.get(key), f'both manifests agree on {key}')
        tap.equal(devel['modules'][:-1], stable['modules'][:-1],
                  'both manifests build the same extra modules')

    tap.exit()


if __name__ == '__main__':
    main()
