#!/usr/bin/env python3
# csv-to-json.py: reads a CSV file with Python's csv module in strict mode
# (RFC 4180 dialect: comma, double quotes, quotes doubled) and prints its
# rows as a JSON array of arrays, so a C test can compare them with the model.
# Exits 1 with a message when the file is not strict CSV, or when a row has
# another number of fields than the header.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import io
import json
import sys


def main():
    with open(sys.argv[1], encoding='utf-8', newline='') as f:
        data = f.read()
    # RFC 4180 records end in CRLF; a bare LF may only appear inside quotes.
    rows = list(csv.reader(io.StringIO(data, newline=''), dialect='excel', strict=True))
    if not rows:
        sys.exit('empty file')
    width = len(rows[0])
    for n, row in enumerate(rows, 1):
        if len(row) != width:
            sys.exit(f'row {n} has {len(row)} fields, the header {width}')
    if not data.endswith('\r\n'):
        sys.exit('the last record does not end in CRLF')
    json.dump(rows, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
