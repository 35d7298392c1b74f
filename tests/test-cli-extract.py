#!/usr/bin/env python3
# test-cli-extract.py
#
# Copyright 2026 The Quotemark authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of `quotemark-cli extract` (TAP output)."""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CLI = os.environ["QM_CLI"]
results = []


def test(fn):
    results.append(fn)
    return fn


def run(args, stdin=None):
    return subprocess.run([CLI, "extract"] + args, input=stdin, capture_output=True, text=True, timeout=120)


def write(tmp, name, text):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


TEXT = "Ünïcode first. “We will build it this year,” Mayor Helena Varga said.\n"


@test
def file_jsonl():
    with tempfile.TemporaryDirectory() as tmp:
        path = write(tmp, "a.txt", TEXT)
        r = run([path])
        assert r.returncode == 0, r.stderr
        lines = r.stdout.splitlines()
        assert len(lines) == 1
        d = json.loads(lines[0])
        assert d["id"] == path
        q = d["quotes"][0]
        # Offsets are code points: the accented letters before count once.
        assert TEXT[q["start"]:q["end"]] == "We will build it this year,", q
        assert q["kind"] == "direct" and 0 < q["confidence"] <= 1
        assert TEXT[q["speaker"]["start"]:q["speaker"]["end"]] == "Mayor Helena Varga"
        assert q["speaker"]["name"] == "Helena Varga"
        assert TEXT[q["cue"]["start"]:q["cue"]["end"]] == "said"
        assert d["people"] == [{"id": 0, "name": "Helena Varga", "aliases": [], "role": "Mayor"}]


@test
def file_xml():
    with tempfile.TemporaryDirectory() as tmp:
        a = write(tmp, "a.txt", TEXT)
        b = write(tmp, "b.txt", "„Wir bauen für hundert Jahre“, sagte die Bürgermeisterin.\n")
        r = run(["--format", "xml", a, b])
        assert r.returncode == 0, r.stderr
        root = ET.fromstring(r.stdout.encode("utf-8"))
        articles = root.findall("article")
        assert [x.get("file") for x in articles] == [a, b]
        assert articles[1].get("language") == "de"
        q = articles[0].find("quote")
        assert q.text == "We will build it this year," and q.get("speaker") == "Helena Varga"
        assert articles[0].find("person").get("name") == "Helena Varga"


@test
def filter_lines():
    lines = [
        json.dumps({"id": "one", "text": TEXT}),
        "",
        "{not json",
        json.dumps({"id": 2, "text": "Varga said that the bridge would open in the spring."}),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "bad-text", "text": 42}),
        json.dumps([1, 2]),
        json.dumps({"id": "extra", "text": "Nothing here.", "quotes": [{"start": -5, "end": 10**12}]}),
        '{"id": 1e400, "text": "An id that is no finite number."}',
        '{"id": "surrogate", "text": "\\ud800 alone"}',
    ]
    r = run(["-"], "\n".join(lines) + "\n")
    assert r.returncode == 1, r.returncode
    out = [json.loads(x) for x in r.stdout.splitlines()]
    # One output line per non-empty input line, in order, errors included.
    assert [o.get("id") for o in out] == ["one", None, 2, "no-text", "bad-text", None, "extra", None,
                                          "surrogate"], out
    assert out[0]["quotes"][0]["kind"] == "direct"
    assert out[2]["quotes"][0]["kind"] == "indirect"
    assert out[2]["quotes"][0]["speaker"]["name"] == "Varga"
    assert all("error" in out[i] for i in (1, 3, 4, 5, 7, 8))
    assert out[6]["quotes"] == [] and "error" not in out[6]
    err = r.stderr.splitlines()
    assert len(err) == 6 and all(e.startswith("quotemark-cli extract: line ") for e in err), err
    assert "line 3:" in err[0]


@test
def filter_records_start_afresh():
    """Each line's quotations and people are their own: a speaker, a cue, a
    role or an organisation of one record never shows in the next, and the
    members keep their order."""
    told = ("The ministry said that the bridge was safe. "
            "“We will build it this year,” Mayor Helena Varga said.\n")
    bare = "Tom Berg arrived late.\n\n“Never again.”\n"
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate([told, bare, told])]
    r = run(["-"], "\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    out = r.stdout.splitlines()
    first, second, third = (json.loads(x) for x in out)
    assert out[0].replace('"id":0', '"id":2', 1) == out[2]
    assert first == dict(third, id=0)
    for d in (first, second):
        for q in d["quotes"]:
            assert list(q) == ["start", "end", "kind", "confidence", "speaker", "cue"], q
            assert q["speaker"] is None or list(q["speaker"]) == ["name", "start", "end"], q
    assert [p.get("role") for p in first["people"]] == ["Mayor", None]
    assert [p.get("organisation", False) for p in first["people"]] == [False, True]
    assert [list(p) for p in first["people"]] == [["id", "name", "aliases", "role"],
                                                  ["id", "name", "aliases", "organisation"]]
    assert second["people"] == [{"id": 0, "name": "Tom Berg", "aliases": []}]
    q = second["quotes"][0]
    assert bare[q["start"]:q["end"]] == "Never again."
    assert q["speaker"] is None and q["cue"] is None


@test
def filter_forced_language():
    r = run(["--lang", "de", "-"], json.dumps({"id": "x", "text": "„Wir bauen“, sagte Varga."}) + "\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["language"] == "de"


@test
def usage_errors():
    assert run([]).returncode == 2
    assert run(["--lang", "xx", "-"]).returncode == 2
    assert run(["--format", "csv", "-"]).returncode == 2
    assert run(["--format", "xml", "-"]).returncode == 2
    r = run(["/nonexistent/file.txt"])
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr


def main():
    print(f"1..{len(results)}")
    failed = 0
    for i, fn in enumerate(results, 1):
        try:
            fn()
            print(f"ok {i} {fn.__name__}")
        except Exception as e:  # noqa: BLE001 - report every failure
            failed += 1
            print(f"not ok {i} {fn.__name__}: {type(e).__name__}: {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
