#!/usr/bin/env python3
# bench-pathological.py
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time and memory of `quotemark-cli extract` on hostile articles, each at
one size and at four times that size, to show that every case stays linear.

The inputs are written at run time into the build directory from sentences
this script makes up: one sentence of thousands of cues, quotation marks
without cues, a chain of "said that", random cue words and marks, endless
quotation paragraphs, German Konjunktiv chains and so on. For each case it
prints the CPU time and peak RSS of both sizes and the ratio of the times,
which stays near 4 when the work is linear.

usage: bench-pathological.py [--workdir DIR] [--scale N]
"""
import argparse
import os
import random
import re
import resource
import subprocess
import sys


def cases(cues):
    pick = random.Random(5).choice
    return [
        ("quotation marks only (“ \" ” repeated)", "en", lambda n: "“ \" ” " * (5 * n)),
        ("text without spaces", "en", lambda n: "abcdefghij" * (5 * n)),
        ("only newlines", "en", lambda n: "\n" * (50 * n)),
        ("one sentence of cues with quotations", "en",
         lambda n: "Brandt said “the ferry is late” and " * n + "end."),
        ("one sentence of cue words the model weighs", "en",
         lambda n: " ".join(f"the mayor {pick(cues)} that" for _ in range(n)) + " the ferry is late."),
        ("a chain of “said that”", "en", lambda n: "Brandt said that " * (3 * n) + "the ferry is late."),
        ("one sentence of cue verbs without a subject", "en",
         lambda n: "Amid " + " ".join(pick(cues) for _ in range(4 * n)) + " the ferry is late."),
        ("random cue words and marks", "en",
         lambda n: " ".join(pick(cues + ["the", "mayor", "Brandt", ",", "“", "”", "\"", "that", "."])
                            for _ in range(5 * n))),
        ("quotation marks without cues, one sentence", "en", lambda n: " and ".join(["“the quay”"] * n) + "."),
        ("a chain of shares (“all of all of …”)", "en", lambda n: "all of " * (5 * n) + "the ferrymen said so."),
        ("a chain of objects (“said up the letter …”)", "en",
         lambda n: "Lund " + "said up the letter " * n + "said: “yes”."),
        ("a chain of “saying up the statement …”", "en",
         lambda n: "Lund " + "saying up the statement " * n + "saying “yes”."),
        ("quotations each cued after them, one sentence", "en",
         lambda n: "“The quay is closed for now,” Brandt said and " + "“the ferry waits” he said and " * n + "left."),
        ("colons before quotations", "en", lambda n: "Brandt said: " + ": ".join(["“the quay is late”"] * n) + "."),
        ("quotation paragraphs without cues", "en",
         lambda n: "Brandt said the ferry was late.\n\n" + "\n\n".join(["“The quay is late.”"] * n)),
        ("long appositions in one line", "en",
         lambda n: " ".join(f"Anna Berg{i % 50}, a spokeswoman for the port, said “the quay is late.”"
                            for i in range(n))),
        ("a list of commas, then cues set off by commas", "en",
         lambda n: ", ".join(["the quay"] * (2 * n)) + " ".join([", he said, “the quay is late” and"] * (n // 4)) + " so."),
        ("people of one surname with other given names", "en",
         lambda n: "\n\n".join(f"{chr(66 + i % 20)}{chr(97 + i // 20 % 26)}ro{chr(97 + i // 520 % 26)} Lund said “the quay is late.”"
                                for i in range(n // 8))),
        ("German Konjunktiv chain", "de",
         lambda n: "Der Minister sagte, die Fähre sei spät. " +
                   "Die Fähre habe „große Probleme“ und sei spät. " * n),
        ("German sentence of “dass” clauses", "de",
         lambda n: "Der Minister sagte, " + ", ".join(["dass die Fähre „spät“ sei"] * n) + "."),
        ("German “Das sagte …” sentences", "de", lambda n: "Die Fähre ist spät. Das sagte der Minister. " * n),
        ("German sentence of verbs after a name", "de",
         lambda n: "Theo Berg " + "kritisierte den Zaun und lobte " * n + "die Brücke."),
    ]


def measure(cli, lang, path):
    helper = ("import resource,subprocess,sys\n"
              "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL)\n"
              "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
              "print(r.returncode,u.ru_utime+u.ru_stime,u.ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", helper, cli, "extract", "--lang", lang, path],
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), float(out[1]), int(out[2]) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workdir", default=os.path.join(os.environ.get("QM_BUILD_ROOT", "."), "bench-data"))
    ap.add_argument("--scale", type=int, default=40000)
    a = ap.parse_args()
    cli = os.environ.get("QM_CLI", "quotemark-cli")
    root = os.environ.get("QM_SOURCE_ROOT", os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    with open(os.path.join(root, "data", "lang", "en.ini"), encoding="utf-8") as f:
        cues = re.search(r"^reported-cues=(.*)$", f.read(), re.M).group(1).split(";")
    os.makedirs(a.workdir, exist_ok=True)

    print(f"{'case':48} {'MB':>6} {'cpu s':>7} {'RSS MB':>7} {'MB':>6} {'cpu s':>7} {'RSS MB':>7} {'time ×':>7}")
    worst = 0.0
    for name, lang, make in cases(cues):
        row = []
        for mult in (1, 4):
            path = os.path.join(a.workdir, "patho-%s-%d.txt" % (re.sub(r"\W+", "-", name).strip("-"), mult))
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(a.scale * mult))
            rc, cpu, rss = measure(cli, lang, path)
            if rc != 0:
                print(f"{name}: quotemark-cli exited with {rc}")
                return 1
            row.append((os.path.getsize(path) / 1e6, cpu, rss))
        ratio = row[1][1] / max(row[0][1], 0.01)
        if row[0][1] >= 0.05:
            worst = max(worst, ratio)
        print(f"{name:48} {row[0][0]:6.2f} {row[0][1]:7.2f} {row[0][2]:7.1f} "
              f"{row[1][0]:6.2f} {row[1][1]:7.2f} {row[1][2]:7.1f} {ratio:7.1f}")
    print(f"largest time ratio for 4× the input (cases over 0.05 s): {worst:.1f} (linear: about 4)")
    # Quadratic work gives about 16; the run fails well before that, so a
    # rule that makes a case quadratic cannot pass as a figure in a table
    if worst > 8:
        print(f"not linear: a case took {worst:.1f} times as long for 4 times the input")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
