#!/usr/bin/env python3
"""Writes a deterministic pseudo-random NDJSON of answers documents for a questionnaire.

Usage: gen_answers.py QUESTIONNAIRE.json SIZE_MB [SEED] > answers.ndjson
Every line is a valid answers document: each question answered with a random valid
value, sometimes "na" (where allowed) or left out, so scores vary across the bands.
"""
import json
import random
import sys


def answer(q, rng):
    t = q["type"]
    if q.get("allow_na") and rng.random() < 0.05:
        return "na"
    if t == "likert":
        return rng.randint(1, q["scale"]["points"])
    if t == "choice":
        return rng.choice(q["options"])["value"]
    if t == "multi_choice":
        values = [o["value"] for o in q["options"]]
        return rng.sample(values, rng.randint(0, min(3, len(values))))
    if t == "boolean":
        return rng.random() < 0.6
    if t == "number":
        lo, hi = q.get("min", 0), q.get("max", 100)
        return rng.randint(int(lo), int(min(hi, lo + 40)))
    return "note %d" % rng.randint(0, 999)


def main():
    questionnaire = json.load(open(sys.argv[1]))
    target = int(float(sys.argv[2]) * 1024 * 1024)
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    out = sys.stdout
    written = 0
    n = 0
    while written < target:
        n += 1
        answers = {}
        for q in questionnaire["questions"]:
            if rng.random() < 0.03:
                continue  # unanswered
            answers[q["id"]] = answer(q, rng)
        doc = {
            "format": "salesaudit.answers/v1",
            "questionnaire": {"id": questionnaire["id"], "version": questionnaire["version"]},
            "respondent": {"id": "r-%07d" % n, "name": "Respondent %d" % n, "role": "manager",
                           "team": rng.choice(["north", "south", "east", "west"])},
            "started_at": "2026-03-10T13:05:00Z",
            "completed_at": "2026-03-10T13:13:41Z",
            "answers": answers,
        }
        line = json.dumps(doc, separators=(",", ":")) + "\n"
        out.write(line)
        written += len(line)


if __name__ == "__main__":
    main()
