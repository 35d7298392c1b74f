#!/usr/bin/env python3
# test-install.py: `meson install` into a temporary DESTDIR puts every piece
# of the desktop integration in place, and the installed programs run.
# Where a private mount namespace can be had, the installed tree is also
# mounted at its real prefix so the window binary and quotemark-cli find
# their installed German catalogue there.
#
# Usage: test-install.py MESON BUILD_ROOT SOURCE_ROOT APP_ID
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap  # noqa: E402

ENV = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')


def run(args, **kw):
    kw.setdefault('env', ENV)
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kw)


def po_translation(po, msgid):
    """The msgstr of a one-line MSGID in a .po file."""
    text = po.read_text(encoding='utf-8')
    m = re.search(r'^msgid "%s"\nmsgstr "(.+)"$' % re.escape(msgid), text, re.M)
    return m.group(1) if m else None


def main():
    meson, build, source, app_id = sys.argv[1], pathlib.Path(sys.argv[2]), \
        pathlib.Path(sys.argv[3]), sys.argv[4]
    tap = Tap()

    r = run([meson, 'introspect', str(build), '--buildoptions', '--projectinfo'])
    info = json.loads(r.stdout)
    opts = {o['name']: o['value'] for o in info['buildoptions']}
    version = info['projectinfo']['version']
    prefix = pathlib.Path(opts['prefix'])

    def at(option, *parts):
        path = pathlib.Path(opts[option])
        return (path if path.is_absolute() else prefix / path).joinpath(*parts)

    with tempfile.TemporaryDirectory() as destdir:
        dest = pathlib.Path(destdir)
        r = run([meson, 'install', '-C', str(build), '--no-rebuild', '--destdir', destdir])
        if not tap.check(r.returncode == 0, 'meson install --destdir succeeds',
                         r.stdout[-2000:] + r.stderr[-2000:]):
            tap.exit()

        def inst(path):
            return dest / path.relative_to('/')

        expected = {
            'window binary': at('bindir', 'quotemark'),
            'command-line binary': at('bindir', 'quotemark-cli'),
            'desktop file': at('datadir', 'applications', f'{app_id}.desktop'),
            'metainfo': at('datadir', 'metainfo', f'{app_id}.metainfo.xml'),
            'GSettings schema': at('datadir', 'glib-2.0', 'schemas',
                                   'io.github.quotemark.Quotemark.gschema.xml'),
            'D-Bus service file': at('datadir', 'dbus-1', 'services', f'{app_id}.service'),
            'MIME type': at('datadir', 'mime', 'packages', f'{app_id}.xml'),
            'app icon': at('datadir', 'icons', 'hicolor', 'scalable', 'apps', f'{app_id}.svg'),
            'symbolic icon': at('datadir', 'icons', 'hicolor', 'symbolic', 'apps',
                                f'{app_id}-symbolic.svg'),
            'German catalogue': at('localedir', 'de', 'LC_MESSAGES', 'quotemark.mo'),
        }
        if (build / 'data' / 'man' / 'quotemark.1').exists():
            expected['quotemark(1)'] = at('mandir', 'man1', 'quotemark.1')
            expected['quotemark-cli(1)'] = at('mandir', 'man1', 'quotemark-cli.1')
        has_ui = (build / 'ui' / 'quotemark').is_file()
        if not has_ui:
            del expected['window binary']
            print('# built without the window (-Dui=false)')
        for what, path in expected.items():
            tap.check(inst(path).is_file(), f'{what} installed as {path}')

        for binary in ('quotemark-cli', 'quotemark') if has_ui else ('quotemark-cli',):
            path = inst(at('bindir', binary))
            r = run([str(path), '--version'])
            tap.equal((r.returncode, r.stdout.strip()), (0, f'{binary} {version}'),
                      f'installed {binary} --version')

        desktop = inst(expected['desktop file'])
        if shutil.which('desktop-file-validate') and desktop.is_file():
            r = run(['desktop-file-validate', str(desktop)])
            tap.check(r.returncode == 0, 'installed desktop file validates', r.stdout)
        if shutil.which('appstreamcli') and inst(expected['metainfo']).is_file():
            r = run(['appstreamcli', 'validate', '--no-net', str(inst(expected['metainfo']))])
            tap.check(r.returncode == 0, 'installed metainfo validates', r.stdout)
        if shutil.which('glib-compile-schemas'):
            r = run(['glib-compile-schemas', '--strict', '--dry-run',
                     str(inst(at('datadir', 'glib-2.0', 'schemas')))])
            tap.check(r.returncode == 0, 'installed schemas compile', r.stderr)

        service = inst(expected['D-Bus service file'])
        if service.is_file():
            keyfile = configparser.RawConfigParser(interpolation=None)
            keyfile.optionxform = str
            keyfile.read(service, encoding='utf-8')
            group = keyfile['D-BUS Service']
            tap.equal(group.get('Name'), app_id, 'service file owns the app id')
            exe, *args = group.get('Exec', '').split()
            tap.equal(exe, str(at('bindir', 'quotemark')), 'service file runs the installed binary')
            tap.equal(args, ['--gapplication-service'], 'service file starts the service mode')
            if has_ui:
                tap.check(os.access(inst(pathlib.Path(exe)), os.X_OK),
                          'service binary is executable')

        mo = inst(expected['German catalogue'])
        german = po_translation(source / 'po' / 'de.po', 'Show the version')
        tap.check(german and german != 'Show the version', 'de.po translates "Show the version"')
        if mo.is_file() and shutil.which('msgunfmt'):
            r = run(['msgunfmt', str(mo)])
            tap.check(german and f'msgstr "{german}"' in r.stdout,
                      'installed German catalogue holds the translation')

        # The binaries look for translations and data under the configured
        # prefix; mount the installed tree there for a last run in German.
        unshare = shutil.which('unshare')
        namespace = [unshare, '--mount', '--propagation', 'private'] if unshare else None
        script = 'mount --bind "$1" "$2" && shift 2 && exec env LANGUAGE=de LC_ALL=C.UTF-8 "$@"'
        probe = namespace and run(namespace + ['sh', '-c', 'mount --bind "$1" "$1"', 'sh',
                                               str(dest)])

        def at_prefix(*args):
            return run(namespace + ['sh', '-c', script, 'sh', str(inst(prefix)), str(prefix),
                                    *args])

        if str(prefix) in ('/', '/usr') or not prefix.is_dir():
            print(f'# not run at the real prefix {prefix}: would hide the system')
        elif not probe or probe.returncode != 0:
            print('# not run at the real prefix: no private mount namespace here')
        else:
            if has_ui:
                r = at_prefix(str(at('bindir', 'quotemark')), '--help')
                tap.check(r.returncode == 0 and german and german in r.stdout and
                          'Show the version' not in r.stdout,
                          f'installed quotemark --help at {prefix} speaks German',
                          r.stdout + r.stderr)
            r = at_prefix(str(at('bindir', 'quotemark-cli')), 'frobnicate')
            tap.check(r.returncode == 2 and 'unbekannter Befehl „frobnicate“' in r.stderr,
                      f'installed quotemark-cli at {prefix} speaks German', r.stdout + r.stderr)
    tap.exit()


if __name__ == '__main__':
    main()
