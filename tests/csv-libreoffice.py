#!/usr/bin/env python3
# csv-libreoffice.py: the LibreOffice round trip of a CSV file. Opens IN.csv
# in LibreOffice Calc (headless) as UTF-8 comma-separated text, saves it as
# a spreadsheet (.ods), converts that back to CSV and prints the rows as a
# JSON array of arrays. What comes back is what a user sees in Calc.
# Exits 77 when LibreOffice is not installed.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

# Filter options: separator 44 (,), text delimiter 34 ("), charset 76
# (UTF-8), first line 1, no column formats, default language, "Format
# quoted field as text" on (else Calc turns the label "True" into the
# boolean TRUE); on export also "quote all text cells".
IMPORT = 'CSV:44,34,76,1,,0,true'
EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true'


def main():
    office = shutil.which('soffice') or shutil.which('libreoffice')
    if office is None:
        sys.exit(77)
    src = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        profile = 'file://' + os.path.join(tmp, 'profile')
        ods_dir = os.path.join(tmp, 'ods')
        csv_dir = os.path.join(tmp, 'csv')
        base = [office, f'-env:UserInstallation={profile}', '--headless', '--norestore']
        subprocess.run(base + ['--infilter=' + IMPORT, '--convert-to', 'ods', '--outdir', ods_dir, src],
                       check=True, capture_output=True, timeout=240)
        ods = os.path.join(ods_dir, os.path.splitext(os.path.basename(src))[0] + '.ods')
        subprocess.run(base + ['--convert-to', EXPORT, '--outdir', csv_dir, ods],
                       check=True, capture_output=True, timeout=240)
        out = os.path.join(csv_dir, os.path.basename(ods)[:-4] + '.csv')
        with open(out, encoding='utf-8', newline='') as f:
            rows = list(csv.reader(io.StringIO(f.read(), newline=''), strict=True))
    json.dump(rows, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
