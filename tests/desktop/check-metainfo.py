#!/usr/bin/env python3
# check-metainfo.py: the built metainfo, desktop file and MIME type agree
# with each other and with the build: release = project version, launchable
# = desktop file, provided binaries = built executables, screenshots exist.
#
# Usage: check-metainfo.py METAINFO DESKTOP MIME_XML SCREENSHOT_DIR VERSION BINARY...
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import pathlib
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap  # noqa: E402

MIME_NS = '{http://www.freedesktop.org/standards/shared-mime-info}'


def main():
    metainfo, desktop, mime_xml, shots = (pathlib.Path(a) for a in sys.argv[1:5])
    version = sys.argv[5]
    binaries = sorted(sys.argv[6:])
    tap = Tap()

    component = ET.parse(metainfo).getroot()
    app_id = component.findtext('id')
    tap.equal(metainfo.name, f'{app_id}.metainfo.xml', 'metainfo is named after its id')

    releases = component.findall('releases/release')
    tap.check(releases, 'metainfo lists releases')
    if releases:
        tap.equal(releases[0].get('version'), version, 'newest release is the project version')
        dates = [r.get('date') for r in releases]
        tap.equal(dates, sorted(dates, reverse=True), 'releases are listed newest first')

    launchable = component.findtext("launchable[@type='desktop-id']")
    tap.equal(launchable, desktop.name, 'launchable names the built desktop file')
    tap.equal(sorted(b.text for b in component.findall('provides/binary')), binaries,
              'provides lists exactly the installed executables')
    tap.check(component.find("content_rating[@type='oars-1.1']") is not None,
              'has an OARS 1.1 content rating')
    tap.check(component.find("url[@type='homepage']") is not None, 'has a homepage')

    images = component.findall('screenshots/screenshot/image')
    tap.check(len(images) >= 1, 'has screenshots')
    for image in images:
        name = image.text.rsplit('/', 1)[-1]
        tap.check((shots / name).is_file(), f'screenshot {name} is in data/screenshots')
        tap.check(image.text.endswith('/data/screenshots/' + name),
                  f'screenshot {name} is referenced from data/screenshots', image.text)

    keyfile = configparser.RawConfigParser(strict=True, interpolation=None)
    keyfile.optionxform = str
    keyfile.read(desktop, encoding='utf-8')
    entry = keyfile['Desktop Entry']
    mime_types = [t for t in entry.get('MimeType', '').split(';') if t]
    sidecar_types = [t.get('type') for t in ET.parse(mime_xml).getroot().iter(MIME_NS + 'mime-type')]
    for t in sidecar_types:
        tap.check(t in mime_types, f'desktop file opens {t}')
        tap.check(t in [m.text for m in component.findall('provides/mediatype')],
                  f'metainfo provides {t}')
    for t in ('text/plain', 'text/html'):
        tap.check(t in mime_types, f'desktop file opens {t}')
    tap.check('%F' in entry.get('Exec', '').split(), 'desktop file Exec takes files (%F)')
    tap.equal(entry.get('Icon'), app_id, 'desktop file icon is the app id')
    if entry.get('DBusActivatable') == 'true':
        tap.equal(desktop.name, f'{app_id}.desktop',
                  'a D-Bus activatable desktop file is named after the bus name')
    tap.equal(sorted(c for c in entry.get('Categories', '').split(';') if c),
              ['Education', 'Office'], 'categories Office and Education')
    tap.exit()


if __name__ == '__main__':
    main()
