#!/usr/bin/env python3
# errors.py
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Error lists of `quotemark-cli extract -` on one split of a shared corpus.

Prints, one per block, the false negatives (FN: gold quotations no
prediction overlaps by 0.5), false positives (FP) and wrong speakers (SPK)
with the text around them, pairing gold and predictions the way
../shared/eval/score.py does. Meant for the train split: rules are found
there and checked on dev with run-eval.py. Exits 77 when the shared folder
is absent.

usage: errors.py CORPUS [--split train] [--types direct,mixed|all] [--show fn,fp,spk]
       e.g. errors.py de-wikinews --show spk
"""
import argparse
import json
import os
import subprocess
import sys

LANGS = {"polnear": "en", "de-wikinews": "de"}


def around(text, s, e, width=80):
    return (text[max(0, s - width):s] + "[[" + text[s:e] + "]]" + text[e:e + width]).replace("\n", "⏎")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", choices=sorted(LANGS))
    ap.add_argument("--split", default="train")
    ap.add_argument("--types", default="direct,mixed")
    ap.add_argument("--show", default="fn,fp,spk")
    ap.add_argument("--cli", default=os.environ.get("QM_CLI", os.path.join(root, "build", "app", "quotemark-cli")))
    ap.add_argument("--shared", default=os.environ.get("QM_SHARED_DIR", os.path.join(root, "..", "shared")))
    a = ap.parse_args()

    gold_path = os.path.join(a.shared, "eval", "data", a.corpus + "-train-dev.jsonl")
    if not os.path.exists(gold_path):
        print(f"skipped: {gold_path} not found")
        return 77
    sys.path.insert(0, os.path.join(a.shared, "eval"))
    import score  # the scorer's own trimming and overlap

    show = set(a.show.split(","))
    types = None if a.types == "all" else set(a.types.split(","))
    with open(gold_path, encoding="utf-8") as f:
        docs = [d for d in map(json.loads, f) if d.get("split") == a.split]
    inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
    out = subprocess.run([a.cli, "extract", "--lang", LANGS[a.corpus], "-"], input=inp, capture_output=True,
                         text=True, check=True).stdout
    preds = {}
    for line in out.splitlines():
        d = json.loads(line)
        preds[str(d["id"])] = [q for q in d["quotes"] if q["kind"] != "scare"]

    counts = {"FN": 0, "FP": 0, "SPK": 0}
    for d in docs:
        text = d["text"]
        gq = [q for q in d["quotes"] if types is None or q["type"] in types]
        pq = [q for q in preds.get(str(d["id"]), []) if types is None or q["kind"] in types]
        gs = [score.trim(text, q["start"], q["end"]) for q in gq]
        ps = [score.trim(text, q["start"], q["end"]) for q in pq]
        pairs = sorted(((score.jaccard(gs[i], ps[j]), i, j) for i in range(len(gs)) for j in range(len(ps))
                        if min(gs[i][1], ps[j][1]) > max(gs[i][0], ps[j][0])), reverse=True)
        g_of, p_of = {}, {}
        for sc, i, j in pairs:
            if i in g_of or j in p_of or sc < 0.5:
                continue
            g_of[i], p_of[j] = j, i
        for i, q in enumerate(gq):
            if i not in g_of:
                counts["FN"] += 1
                if "fn" in show:
                    print("FN", q["type"], "|", around(text, q["start"], q["end"]), "| speaker:", q.get("speaker"))
            elif not score.speaker_ok(q, pq[g_of[i]]):
                counts["SPK"] += 1
                if "spk" in show:
                    sp = pq[g_of[i]].get("speaker") or {}
                    print("SPK", q["type"], "| gold:", q.get("speaker"), "| predicted:", sp.get("name"),
                          "|", around(text, q["start"], q["end"], 160))
        for j, p in enumerate(pq):
            if j not in p_of:
                counts["FP"] += 1
                if "fp" in show:
                    print("FP", p["kind"], "|", around(text, p["start"], p["end"]), "| speaker:",
                          (p.get("speaker") or {}).get("name"))
    print("counts:", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
