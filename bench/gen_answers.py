#!/usr/bin/env python3
"""Writes a deterministic pseudo-random NDJSON of answers documents for a questionnaire.

Usage: gen_answers.py QUESTIONNAIRE.json SIZE_MB [SEED] [WORKLOAD] > answers.ndjson

Every line is a valid answers document: each question answered with a random valid
value (also the questions that enable_when disables, which the scorer warns about),
sometimes "na" (where allowed) or left out, so scores vary across the bands.
WORKLOAD "exports" (the default is "clean") adds what real exports hold and the loader
warns about or must accept in any form: unknown keys at the top and in the respondent,
comments (some on unknown questions), null answers, and keys in any order.
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


def shuffled(d, rng):
    items = list(d.items())
    rng.shuffle(items)
    return dict(items)


def document(questionnaire, n, rng, exports):
    answers = {}
    for q in questionnaire["questions"]:
        if rng.random() < 0.03:
            continue  # unanswered
        if exports and rng.random() < 0.02:
            answers[q["id"]] = None  # unanswered, as some exports write it
            continue
        answers[q["id"]] = answer(q, rng)
    respondent = {"id": "r-%07d" % n, "name": "Respondent %d" % n, "role": "manager",
                  "team": rng.choice(["north", "south", "east", "west"])}
    doc = {
        "format": "salesaudit.answers/v1",
        "questionnaire": {"id": questionnaire["id"], "version": questionnaire["version"]},
        "respondent": respondent,
        "started_at": "2026-03-10T13:05:00Z",
        "completed_at": "2026-03-10T13:13:41Z",
        "answers": answers,
    }
    if exports:
        if rng.random() < 0.3:
            doc["source"] = "form-export"  # unknown key: a warning
        if rng.random() < 0.1:
            respondent["department"] = "sales"  # unknown key: a warning
        if rng.random() < 0.1:
            ids = [q["id"] for q in questionnaire["questions"]]
            doc["comments"] = {rng.choice(ids): "see notes"}
            if rng.random() < 0.3:
                doc["comments"]["old-question"] = "dropped"  # unknown question: a warning
        if rng.random() < 0.5:
            doc["answers"] = shuffled(answers, rng)
        if rng.random() < 0.2:
            doc = shuffled(doc, rng)
    return doc


def main():
    questionnaire = json.load(open(sys.argv[1]))
    target = int(float(sys.argv[2]) * 1024 * 1024)
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    exports = (sys.argv[4] if len(sys.argv) > 4 else "clean") == "exports"
    out = sys.stdout
    written = 0
    n = 0
    while written < target:
        n += 1
        line = json.dumps(document(questionnaire, n, rng, exports), separators=(",", ":")) + "\n"
        out.write(line)
        written += len(line)


if __name__ == "__main__":
    main()
