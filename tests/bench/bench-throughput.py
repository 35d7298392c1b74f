#!/usr/bin/env python3
# bench-throughput.py
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Throughput, scaling and memory of `quotemark-cli extract -`, side by side
with the compromise baseline (../shared/bench/compromise-quotes.js).

The input is made at run time in the build directory by repeating the texts of
../shared/eval/data/*.jsonl as JSON lines {"id","text"} until each size is
reached; nothing is written to the source tree. Figures are for the whole
process (start-up, JSON parsing and writing included), on one core.

usage: bench-throughput.py [--sizes 5,50,500] [--baseline-size 50] [--workdir DIR]
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time


def make_input(path, texts, size_mb):
    target = int(size_mb * 1e6)
    if os.path.exists(path) and os.path.getsize(path) >= target:
        return os.path.getsize(path)
    written = 0
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target:
            for t in texts:
                line = json.dumps({"id": f"a{n}", "text": t}, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
                n += 1
                if written >= target:
                    break
    return written


def text_bytes(path):
    """Bytes of article text (not JSON) in an input file."""
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            total += len(json.loads(line)["text"].encode("utf-8"))
    return total


def measure(args, stdin_path):
    """Wall time, CPU time (user + system) and peak RSS (KiB) of one child
    process, measured in a fresh helper so that earlier children do not count.
    On a shared machine the CPU time is the fairer measure of throughput."""
    helper = ("import resource,subprocess,sys,time,json\n"
              "t=time.monotonic()\n"
              "with open(sys.argv[1],'rb') as i, open('/dev/null','wb') as o:\n"
              "    r=subprocess.run(sys.argv[2:],stdin=i,stdout=o)\n"
              "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
              "print(json.dumps({'rc':r.returncode,'s':time.monotonic()-t,"
              "'cpu':u.ru_utime+u.ru_stime,'rss':u.ru_maxrss}))\n")
    out = subprocess.run([sys.executable, "-c", helper, stdin_path] + args, capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.environ.get("QM_CLI"))
    ap.add_argument("--shared", default=os.environ.get("QM_SHARED_DIR", "../shared"))
    ap.add_argument("--workdir", default=os.path.join(os.environ.get("QM_BUILD_ROOT", "."), "bench-data"))
    ap.add_argument("--sizes", default="5,50,500", help="input sizes in MB")
    ap.add_argument("--baseline-size", type=float, default=50, help="MB given to both for the ratio (0: skip)")
    ap.add_argument("--article-mb", type=float, default=10, help="size of the single-article test")
    a = ap.parse_args()

    data_dir = os.path.join(a.shared, "eval", "data")
    if not os.path.isdir(data_dir):
        print(f"skipped: {data_dir} not found")
        return 77
    os.makedirs(a.workdir, exist_ok=True)

    texts = []
    for name in sorted(os.listdir(data_dir)):
        if name.endswith(".jsonl"):
            with open(os.path.join(data_dir, name), encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f]
    # A fixed shuffle, so that every size holds the same mix of languages.
    random.Random(1).shuffle(texts)

    free = shutil.disk_usage(a.workdir).free / 1e6
    sizes = [float(s) for s in a.sizes.split(",") if float(s) * 2.5 < free]
    print(f"{'input':>8} {'MB':>7} {'wall s':>7} {'cpu s':>7} {'MB/s wall':>10} {'MB/s cpu':>9} "
          f"{'peak RSS MB':>12} {'RSS/input':>10}")
    results = {}
    for size in sizes:
        path = os.path.join(a.workdir, f"input-{size:g}MB.jsonl")
        make_input(path, texts, size)
        mb = os.path.getsize(path) / 1e6
        m = measure([a.cli, "extract", "-"], path)
        if m["rc"] != 0:
            print(f"quotemark-cli failed on {path}")
            return 1
        results[size] = (mb, m)
        print(f"{size:>6g}MB {mb:>7.1f} {m['s']:>7.2f} {m['cpu']:>7.2f} {mb / m['s']:>10.1f} {mb / m['cpu']:>9.1f} "
              f"{m['rss'] / 1024:>12.1f} {m['rss'] * 1024 / (mb * 1e6):>10.3f}")

    if len(results) >= 2:
        rates = [mb / m["cpu"] for mb, m in results.values()]
        print(f"scaling: CPU throughput from {min(rates):.1f} to {max(rates):.1f} MB/s across sizes "
              f"(linear when constant)")

    # One big article: the whole text is in memory at once.
    article = os.path.join(a.workdir, f"article-{a.article_mb:g}MB.txt")
    if not os.path.exists(article):
        with open(article, "w", encoding="utf-8") as f:
            written = 0
            while written < a.article_mb * 1e6:
                for t in texts:
                    f.write(t + "\n\n")
                    written += len((t + "\n\n").encode("utf-8"))
                    if written >= a.article_mb * 1e6:
                        break
    m = measure([a.cli, "extract", article], "/dev/null")
    mb = os.path.getsize(article) / 1e6
    print(f"single article of {mb:.1f} MB: {m['s']:.2f} s wall, {m['cpu']:.2f} s CPU, peak RSS "
          f"{m['rss'] / 1024:.1f} MB ({m['rss'] * 1024 / (mb * 1e6):.2f}× the input)")

    # The baseline on the same input, in the same run.
    if a.baseline_size <= 0:
        return 0
    script = os.path.join(a.shared, "bench", "compromise-quotes.js")
    node, npm = shutil.which("node"), shutil.which("npm")
    if not (node and npm and os.path.exists(script)):
        print("baseline skipped: node/npm or compromise-quotes.js not available")
        return 0
    npm_dir = os.path.join(a.workdir, "npm")
    if not os.path.isdir(os.path.join(npm_dir, "node_modules", "compromise")):
        os.makedirs(npm_dir, exist_ok=True)
        r = subprocess.run([npm, "install", "--prefix", npm_dir, "--no-audit", "--no-fund", "compromise@14"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print("baseline skipped: npm install compromise@14 failed: " + r.stderr.strip().splitlines()[-1:][0]
                  if r.stderr.strip() else "baseline skipped: npm install failed")
            return 0
    path = os.path.join(a.workdir, f"input-{a.baseline_size:g}MB.jsonl")
    make_input(path, texts, a.baseline_size)
    mb = os.path.getsize(path) / 1e6
    ours = measure([a.cli, "extract", "-"], path)
    os.environ["NODE_PATH"] = os.path.join(npm_dir, "node_modules")
    peer = measure([node, script], path)
    if peer["rc"] != 0:
        print("baseline failed")
        return 1
    print(f"baseline on {mb:.1f} MB: compromise {mb / peer['cpu']:.2f} MB/s CPU ({peer['s']:.1f} s wall, "
          f"{peer['cpu']:.1f} s CPU, peak RSS {peer['rss'] / 1024:.0f} MB); quotemark {mb / ours['cpu']:.1f} MB/s "
          f"CPU ({ours['s']:.2f} s wall, {ours['cpu']:.2f} s CPU, peak RSS {ours['rss'] / 1024:.1f} MB)")
    print(f"ratio: quotemark is {peer['cpu'] / ours['cpu']:.0f}× the throughput of compromise in CPU time "
          f"({peer['s'] / ours['s']:.0f}× in wall time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
