#!/usr/bin/env python3
"""Writes the round-trip fixtures: what each tool's response export holds when the form
built by `salesaudit export --to TOOL` is filled in with the answers in answers/*.json.

    python3 tests/e2e/data/forms-roundtrip/generate.py   (from the repository root)

Layouts follow the tools' exports as docs/forms.md describes them:
Google Forms "Download responses" CSV, LimeSurvey CSV (full headings, full answers),
Qualtrics CSV (three header rows, choice text) and SurveyJS survey.data lines. The
answers are drawn with a fixed seed, and questions the form hides are left out, as a
respondent of the exported form would see them.

fr/ holds the same answers as the exports of the form built with `--lang fr`: the
questionnaire's French translation for texts and labels, and po/fr.po's "Yes", "No" and
"Not applicable" (the tools' metadata headings stay as they are)."""

import csv
import io
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
QUESTIONNAIRE = os.path.join(ROOT, "questionnaires", "crisis-mode", "2.0.0.json")
WORDS = {"yes": "Yes", "no": "No", "na": "Not applicable"}


def one_line(text):
    return re.sub(r"\s+", " ", text).strip()


def equal(a, b):
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and set(a) == set(b)
    return type(a) is type(b) and a == b


def holds(cond, answers, enabled):
    if "all" in cond:
        return all(holds(c, answers, enabled) for c in cond["all"])
    if "any" in cond:
        return any(holds(c, answers, enabled) for c in cond["any"])
    q = cond["question"]
    if q not in answers or answers[q] == "na" or not enabled.get(q, True):
        return False
    v = answers[q]
    if "equals" in cond:
        return equal(v, cond["equals"])
    if "not_equals" in cond:
        return not equal(v, cond["not_equals"])
    if "in" in cond:
        return any(equal(v, x) for x in cond["in"])
    number = isinstance(v, (int, float)) and not isinstance(v, bool)
    if "at_least" in cond:
        return number and v >= cond["at_least"]
    return number and v <= cond["at_most"]


def draw(questionnaire, rng):
    answers, enabled = {}, {}
    for q in questionnaire["questions"]:
        enabled[q["id"]] = holds(q["enable_when"], answers, enabled) if "enable_when" in q else True
        if not enabled[q["id"]] or (not q.get("required", True) and rng.random() < 0.3):
            continue
        if q.get("allow_na") and rng.random() < 0.25:
            answers[q["id"]] = "na"
            continue
        t = q["type"]
        if t == "likert":
            answers[q["id"]] = rng.randint(1, q["scale"]["points"])
        elif t == "choice":
            answers[q["id"]] = rng.choice(q["options"])["value"]
        elif t == "multi_choice":
            picked = [o["value"] for o in q["options"] if rng.random() < 0.5]
            answers[q["id"]] = picked or [q["options"][0]["value"]]
        elif t == "boolean":
            answers[q["id"]] = rng.random() < 0.5
        elif t == "number":
            answers[q["id"]] = rng.choice([0, 1, 2, 5, 12, 40])
        else:
            answers[q["id"]] = rng.choice(["Short note.", 'A note, with "quotes";\nand a second line.'])
    return answers


def label(q, v):
    """The text a tool's export shows for one answer (choice text, not codes)."""
    if v == "na":
        return "N/A" if q["type"] == "number" else WORDS["na"]
    t = q["type"]
    if t == "likert":
        return q["scale"]["labels"][v - 1]
    if t == "boolean":
        return WORDS["yes"] if v else WORDS["no"]
    if t in ("choice", "multi_choice"):
        by_value = {o["value"]: o["label"] for o in q["options"]}
        return [by_value[x] for x in v] if isinstance(v, list) else by_value[v]
    return str(v)


def write(name, text, newline="\n"):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", newline) if newline != "\n" else text)


def csv_text(rows, delimiter=",", quote_all=False, line="\r\n"):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   lineterminator=line)
    w.writerows(rows)
    return out.getvalue()


def google_forms(qn, people):
    header = ["Timestamp"] + [one_line(q["text"]) for q in qn["questions"]]
    rows = [header]
    for i, (_, a) in enumerate(people):
        row = [f"2026/11/2{i} {9 + i}:12:0{i} AM GMT+1"]
        for q in qn["questions"]:
            v = a.get(q["id"])
            if v is None:
                row.append("")
            elif q["type"] == "likert" and v != "na":
                row.append(str(v))  # a linear scale exports the number
            elif q["type"] == "multi_choice" and v != "na":
                row.append(";".join(label(q, v)))
            else:
                row.append(label(q, v))
        rows.append(row)
    return csv_text(rows, quote_all=True)


def limesurvey(qn, people):
    header = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started",
              "Date last action"]
    for q in qn["questions"]:
        if q["type"] == "multi_choice":
            subs = [o["label"] for o in q["options"]] + ([WORDS["na"]] if q.get("allow_na") else [])
            header += [f"{one_line(q['text'])} [{s}]" for s in subs]
        else:
            header.append(one_line(q["text"]))
    rows = [header]
    for i, (_, a) in enumerate(people):
        stamp = f"2026-11-2{i} 10:0{i}:00"
        row = [str(i + 1), stamp, "4", "en", str(1000 + i), stamp, stamp]
        for q in qn["questions"]:
            v = a.get(q["id"])
            if q["type"] == "multi_choice":
                subs = [o["value"] for o in q["options"]] + (["na"] if q.get("allow_na") else [])
                ticked = [] if v is None else (["na"] if v == "na" else v)
                row += ["" if v is None else (WORDS["yes"] if s in ticked else WORDS["no"]) for s in subs]
            else:
                row.append("" if v is None else label(q, v))
        rows.append(row)
    return "\ufeff" + csv_text(rows, delimiter=";", quote_all=True)


def qualtrics(qn, people):
    meta = ["StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
            "ResponseId", "DistributionChannel", "UserLanguage"]
    texts = ["Start Date", "End Date", "Response Type", "Progress", "Duration (in seconds)", "Finished",
             "Recorded Date", "Response ID", "Distribution Channel", "User Language"]
    ids = ['{"ImportId":"startDate","timeZone":"Z"}', '{"ImportId":"endDate","timeZone":"Z"}', '{"ImportId":"status"}',
           '{"ImportId":"progress"}', '{"ImportId":"duration"}', '{"ImportId":"finished"}',
           '{"ImportId":"recordedDate","timeZone":"Z"}', '{"ImportId":"_recordId"}',
           '{"ImportId":"distributionChannel"}', '{"ImportId":"userLanguage"}']
    qid = 0
    for q in qn["questions"]:
        qid += 2 if (q.get("help") or q.get("enable_when") or q["type"] == "number") else 1  # the DB before it
        meta.append(q["id"])
        texts.append(one_line(q["text"]))
        ids.append('{"ImportId":"QID%d%s"}' % (qid, "_TEXT" if q["type"] in ("number", "text") else ""))
    rows = [meta, texts, ids]
    for i, (_, a) in enumerate(people):
        stamp = f"2026-11-2{i} 11:0{i}:00"
        row = [stamp, stamp, "IP Address", "100", str(300 + i), "True", stamp, f"R_{i}abcdefGHIJ{i}", "anonymous", "EN"]
        for q in qn["questions"]:
            v = a.get(q["id"])
            if v is None:
                row.append("")
            elif q["type"] == "multi_choice" and v != "na":
                row.append(",".join(label(q, v)))
            else:
                row.append(label(q, v))
        rows.append(row)
    return csv_text(rows)


def surveyjs(qn, people):
    lines = []
    for _, a in people:
        data = {}
        for q in qn["questions"]:
            if q["id"] not in a:
                continue
            v = a[q["id"]]
            if q["type"] == "number" and q.get("allow_na"):
                v = "N/A" if v == "na" else str(v)  # typed into a field that also takes N/A
            elif q["type"] == "multi_choice" and v == "na":
                v = ["na"]
            data[q["id"]] = v
        lines.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n"


def translated(qn, t):
    """The questionnaire with a translation document's texts, string by string."""
    qn = json.loads(json.dumps(qn))
    for q in qn["questions"]:
        tq = t.get("questions", {}).get(q["id"], {})
        q["text"] = tq.get("text", q["text"])
        if "labels" in tq:
            q["scale"]["labels"] = tq["labels"]
        for o in q.get("options", []):
            o["label"] = tq.get("options", {}).get(o["value"], o["label"])
    return qn


def po_words(path):
    """msgid -> msgstr of the entries without a context (enough for Yes, No, Not applicable)."""
    words, msgid, context = {}, None, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("msgctxt "):
                context = True
            elif line.startswith("msgid "):
                msgid = json.loads(line[6:])
            elif line.startswith("msgstr ") and msgid is not None:
                if not context:
                    words[msgid] = json.loads(line[7:])
                msgid, context = None, False
    return words


def main():
    with open(QUESTIONNAIRE, encoding="utf-8") as f:
        qn = json.load(f)
    rng = random.Random(5)  # a seed whose answers hide questions and use N/A of every kind
    people = [(f"r{i + 1}", draw(qn, rng)) for i in range(4)]
    os.makedirs(os.path.join(HERE, "answers"), exist_ok=True)
    for rid, a in people:
        doc = {"format": "salesaudit.answers/v1", "questionnaire": {"id": qn["id"], "version": qn["version"]},
               "respondent": {"id": rid}, "answers": a}
        write(os.path.join("answers", rid + ".json"), json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    write("google-forms.csv", google_forms(qn, people))
    write("limesurvey.csv", limesurvey(qn, people))
    write("qualtrics.csv", qualtrics(qn, people))
    write("surveyjs.ndjson", surveyjs(qn, people))
    with open(QUESTIONNAIRE.replace(".json", ".fr.json"), encoding="utf-8") as f:
        french = translated(qn, json.load(f))
    po = po_words(os.path.join(ROOT, "po", "fr.po"))
    WORDS.update(yes=po["Yes"], no=po["No"], na=po["Not applicable"])
    os.makedirs(os.path.join(HERE, "fr"), exist_ok=True)
    write("fr/google-forms.csv", google_forms(french, people))
    write("fr/limesurvey.csv", limesurvey(french, people))
    write("fr/qualtrics.csv", qualtrics(french, people))


if __name__ == "__main__":
    main()
