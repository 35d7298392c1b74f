#!/usr/bin/env python3
# run-eval.py
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accuracy of `quotemark-cli extract -` on the shared evaluation corpora.

Runs the CLI filter over every ../shared/eval/data/*.jsonl, scores the
predictions with ../shared/eval/score.py per split, for direct+mixed quotes
and for all types, checks the sample article against its gold file, and
prints Markdown tables (also written to --output when given). Exits 77
(skipped) when the shared folder is absent.

usage: run-eval.py [--cli PATH] [--shared DIR] [--splits dev,train] [--output FILE]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

LANGS = {"polnear": "en", "de-wikinews": "de"}
TYPES = [("direct,mixed", "direct,mixed"), ("all", None)]


def corpus_name(path):
    base = os.path.basename(path)
    return base.split("-train")[0]


def run_cli(cli, gold, lang, pred_path):
    with open(gold, encoding="utf-8") as f, tempfile.TemporaryFile("w+", encoding="utf-8") as inp:
        for line in f:
            d = json.loads(line)
            inp.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
        inp.seek(0)
        t0 = time.monotonic()
        args = [cli, "extract"] + (["--lang", lang] if lang else []) + ["-"]
        out = subprocess.run(args, stdin=inp, capture_output=True, text=True, check=True).stdout
        seconds = time.monotonic() - t0
    # Scare quotes and titles are reported apart from speech, so they are not
    # attributions the corpora label.
    with open(pred_path, "w", encoding="utf-8") as f:
        for line in out.splitlines():
            d = json.loads(line)
            d["quotes"] = [q for q in d["quotes"] if q["kind"] != "scare"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return seconds


def score(scorer, gold, pred, split, types):
    args = [sys.executable, scorer, gold, pred, "--json"]
    if split:
        args += ["--split", split]
    if types:
        args += ["--types", types]
    return json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def sample_check(cli, shared):
    text_path = os.path.join(shared, "samples", "azernews-aliyev-khrenin.txt")
    gold_path = os.path.join(shared, "eval", "azernews-aliyev-khrenin.gold.json")
    if not (os.path.exists(text_path) and os.path.exists(gold_path)):
        return None
    gold = json.load(open(gold_path, encoding="utf-8"))
    out = subprocess.run([cli, "extract", "--lang", "en", text_path], capture_output=True, text=True,
                         check=True).stdout
    pred = json.loads(out)
    text = open(text_path, encoding="utf-8").read()
    rows = []
    found = 0
    direct_ok = 0
    n_direct = 0
    for g in gold["quotes"]:
        best, best_j = None, 0.0
        for q in pred["quotes"]:
            if q["kind"] == "scare":
                continue
            inter = max(0, min(g["end"], q["end"]) - max(g["start"], q["start"]))
            union = max(g["end"], q["end"]) - min(g["start"], q["start"])
            j = inter / union if union else 0.0
            if j > best_j:
                best, best_j = q, j
        ok_span = best is not None and best_j >= 0.5
        name = (best or {}).get("speaker") or {}
        name = name.get("name") if name else None
        ok_speaker = ok_span and name is not None and name.split()[-1] == g["speaker"].split()[-1]
        found += ok_span
        if g["type"] == "direct":
            n_direct += 1
            direct_ok += ok_span and ok_speaker
        rows.append((g["type"], g["text"][:50].replace("|", "/"), g["speaker"], f"{best_j:.2f}", name or "—",
                     "yes" if ok_span and ok_speaker else ("span only" if ok_span else "no")))
    return {"found": found, "total": len(gold["quotes"]), "direct_ok": direct_ok, "n_direct": n_direct,
            "rows": rows}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.environ.get("QM_CLI", os.path.join(root, "build", "app", "quotemark-cli")))
    ap.add_argument("--shared", default=os.environ.get("QM_SHARED_DIR", os.path.join(root, "..", "shared")))
    ap.add_argument("--splits", default="dev,train")
    ap.add_argument("--output")
    a = ap.parse_args()

    data_dir = os.path.join(a.shared, "eval", "data")
    scorer = os.path.join(a.shared, "eval", "score.py")
    if not os.path.isdir(data_dir) or not os.path.exists(scorer):
        print(f"skipped: {data_dir} not found")
        return 77

    lines = ["| corpus | split | types | gold | pred | P@0.5 | R@0.5 | F1@0.5 | F1@0.9 | speaker acc. | end-to-end F1 |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    by_type = ["| corpus | split | recall direct | recall mixed | recall indirect | speaker direct | speaker mixed | speaker indirect |",
               "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    timing = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(data_dir)):
            if not name.endswith(".jsonl"):
                continue
            gold = os.path.join(data_dir, name)
            corpus = corpus_name(gold)
            pred = os.path.join(tmp, corpus + ".pred.jsonl")
            seconds = run_cli(a.cli, gold, LANGS.get(corpus), pred)
            timing.append(f"{corpus}: {os.path.getsize(gold) / 1e6:.1f} MB of JSON lines in {seconds:.2f} s")
            variants = [(corpus, gold)]
            if corpus == "polnear":
                # PolNeAR labels the New York Times' ''…'' quotations "indirect",
                # so direct ones found there count against precision of
                # direct+mixed; a row without those articles shows the effect.
                sub = os.path.join(tmp, "polnear-without-nyt.jsonl")
                with open(gold, encoding="utf-8") as f, open(sub, "w", encoding="utf-8") as o:
                    for line in f:
                        if json.loads(line).get("publisher") != "nyt":
                            o.write(line)
                variants.append(("polnear without nyt", sub))
            for split in a.splits.split(","):
                for variant, vgold in variants:
                    for label, types in TYPES:
                        if variant != corpus and types is None:
                            continue
                        s = score(scorer, vgold, pred, split, types)
                        lines.append(f"| {variant} | {split} | {label} | {s['gold']} | {s['pred']} | {s['@0.5']['P']:.3f} | "
                                     f"{s['@0.5']['R']:.3f} | {s['@0.5']['F1']:.3f} | {s['@0.9']['F1']:.3f} | "
                                     f"{s['speaker_accuracy']:.3f} | {s['end_to_end_F1']:.3f} |")
                        if types is None:
                            r, sp = s["recall_by_type@0.5"], s["speaker_accuracy_by_type"]
                            by_type.append(f"| {corpus} | {split} | " + " | ".join(
                                f"{r.get(t, 0):.3f}" for t in ("direct", "mixed", "indirect")) + " | " + " | ".join(
                                f"{sp.get(t, 0):.3f}" for t in ("direct", "mixed", "indirect")) + " |")

    out = ["## Quotes and speakers, per corpus, split and type", ""] + lines + ["", "## By gold type (all types run)", ""] + by_type
    sample = sample_check(a.cli, a.shared)
    if sample:
        out += ["", "## Sample article (azernews-aliyev-khrenin)", "",
                f"Quotes found (overlap ≥ 0.5): {sample['found']} of {sample['total']}; direct quotes with the right "
                f"speaker: {sample['direct_ok']} of {sample['n_direct']}.", "",
                "| type | gold quote | gold speaker | overlap | predicted speaker | right |",
                "| --- | --- | --- | ---: | --- | --- |"]
        out += [f"| {' | '.join(r)} |" for r in sample["rows"]]
    out += ["", "Run time of the filter: " + "; ".join(timing) + "."]
    text = "\n".join(out) + "\n"
    print(text)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
