#!/usr/bin/env python3
# check-mime.py: with our shared-mime-info package installed into a private
# MIME database, a sidecar (*.quotemark.xml) gets the sidecar type while
# other XML files stay XML.
#
# Usage: check-mime.py MIME_XML SIDECAR_TYPE
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap, skip  # noqa: E402


def content_type(path, env):
    out = subprocess.run(['gio', 'info', '-a', 'standard::content-type', str(path)],
                         capture_output=True, text=True, env=env, check=True).stdout
    for line in out.splitlines():
        if 'standard::content-type:' in line:
            return line.split(':', 3)[-1].strip()
    return None


def main():
    mime_xml = pathlib.Path(sys.argv[1])
    sidecar_type = sys.argv[2]
    for tool in ('update-mime-database', 'gio'):
        if shutil.which(tool) is None:
            skip(f'{tool} not found')

    tap = Tap()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        packages = tmp / 'data' / 'mime' / 'packages'
        packages.mkdir(parents=True)
        shutil.copy(mime_xml, packages / mime_xml.name)
        env = dict(os.environ, XDG_DATA_HOME=str(tmp / 'data'), GIO_USE_VFS='local')
        env.setdefault('XDG_DATA_DIRS', '/usr/local/share:/usr/share')
        r = subprocess.run(['update-mime-database', str(tmp / 'data' / 'mime')],
                           capture_output=True, text=True, env=env)
        tap.check(r.returncode == 0 and not r.stderr.strip(),
                  'update-mime-database accepts the package without complaint', r.stderr)

        xml = '<?xml version="1.0" encoding="UTF-8"?>\n<annotations/>\n'
        for name, expected in (('story.txt.quotemark.xml', sidecar_type),
                               ('page.html.quotemark.xml', sidecar_type),
                               ('feed.xml', 'application/xml'),
                               ('quotemark.xml', 'application/xml')):
            (tmp / name).write_text(xml, encoding='utf-8')
            tap.equal(content_type(tmp / name, env), expected, f'{name} is {expected}')

        mime_types = list((tmp / 'data' / 'mime').glob('application/*.xml'))
        tap.equal([p.stem for p in mime_types], [sidecar_type.split('/')[1]],
                  'the database gained exactly the sidecar type')
    tap.exit()


if __name__ == '__main__':
    main()
