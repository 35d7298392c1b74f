#!/usr/bin/env python3
# check-man.py: the options (and for quotemark-cli the commands and their
# options) that --help prints are exactly those the manual pages describe.
#
# Usage: check-man.py MAN_DIR QUOTEMARK QUOTEMARK_CLI
#   MAN_DIR holds quotemark.1.scd and quotemark-cli.1.scd; either program may
#   be given as "-" when it was not built.
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from taplib import Tap  # noqa: E402

OPTION = re.compile(r'--?[A-Za-z0-9][A-Za-z0-9-]*')


def help_sections(program, *args):
    """Runs PROGRAM ARGS --help and returns {section title: [lines]}."""
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    out = subprocess.run([program, *args], capture_output=True, text=True, env=env,
                         timeout=60, check=True).stdout
    sections, title = {}, ''
    for line in out.splitlines():
        if line and not line[0].isspace():
            title = line.rstrip(':').strip()
            sections.setdefault(title, [])
        elif line.strip():
            sections.setdefault(title, []).append(line)
    return sections


def help_options(lines):
    """The option names on GOption-style help lines (before the description)."""
    names = set()
    for line in lines:
        stripped = line.strip()
        if stripped.startswith('-'):
            names |= set(OPTION.findall(re.split(r'\s{2,}', stripped)[0]))
    return names


def man_sections(path):
    """Splits an scdoc page into {('# title' or '## title'): [lines]}."""
    sections, key = {}, None
    for line in path.read_text(encoding='utf-8').splitlines():
        m = re.match(r'^(#{1,2}) (.+)$', line)
        if m:
            key = (len(m.group(1)), m.group(2).strip())
            sections[key] = []
        elif key:
            sections[key].append(line)
    return sections


def man_options(lines):
    """Option names of scdoc definition lines such as '*-h*, *--help*'."""
    names = set()
    for line in lines:
        if line.startswith('*-'):
            names |= {o for o in re.findall(r'\*(--?[A-Za-z0-9][A-Za-z0-9-]*)', line)}
    return names


def subsections(sections, parent):
    """The '## name' sections that follow '# parent', in order."""
    result, inside = {}, False
    for (level, title), lines in sections.items():
        if level == 1:
            inside = title == parent
        elif inside:
            result[title.split()[0]] = lines
    return result


def main():
    man_dir = pathlib.Path(sys.argv[1])
    quotemark, cli = sys.argv[2], sys.argv[3]
    tap = Tap()

    if quotemark != '-':
        page = man_sections(man_dir / 'quotemark.1.scd')
        documented = man_options(page.get((1, 'OPTIONS'), []))
        shown = set()
        for lines in help_sections(quotemark, '--help-all').values():
            shown |= help_options(lines)
        tap.check(shown, 'quotemark --help-all lists options')
        tap.equal(documented, shown, 'quotemark(1) OPTIONS match quotemark --help-all')

    if cli != '-':
        page = man_sections(man_dir / 'quotemark-cli.1.scd')
        top = help_sections(cli, '--help')
        tap.equal(man_options(page.get((1, 'OPTIONS'), [])), help_options(top.get('Options', [])),
                  'quotemark-cli(1) OPTIONS match quotemark-cli --help')

        commands = [line.split()[0] for line in top.get('Commands', [])]
        documented = subsections(page, 'COMMANDS')
        tap.check(commands, 'quotemark-cli --help lists commands')
        tap.equal(sorted(documented), sorted(commands),
                  'quotemark-cli(1) COMMANDS describe exactly the commands of --help')
        for command in commands:
            sections = help_sections(cli, command, '--help')
            # GOption adds -h/--help (and --help-all with groups) to every
            # command; the page describes them once, under OPTIONS.
            shown = set()
            for title, lines in sections.items():
                if title != 'Help Options' and not title.startswith('Usage'):
                    shown |= help_options(lines)
            tap.equal(man_options(documented.get(command, [])), shown,
                      f'quotemark-cli(1) options of "{command}" match "{command} --help"')
            usage = sections.get('Usage', [''])[0].strip()
            synopsis = ' '.join(documented.get(command, [])).replace('*', '').replace('_', '')
            args = usage.split('[OPTION…]')[-1].strip().replace('…', '...')
            tap.check(args in synopsis, f'synopsis of "{command}" names its arguments ({args})',
                      f'usage line: {usage}')

    tap.exit()


if __name__ == '__main__':
    main()
