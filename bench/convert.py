#!/usr/bin/env python3
"""Turns a benchmark NDJSON into the same respondents in another input form.

  convert.py csv QUESTIONNAIRE.json IN.ndjson > export.csv
      a CSV export (section "CSV exports" of docs/batch.md): respondent columns, then one
      column per question in questionnaire order; unknown keys and comments have no column.
  convert.py folder IN.ndjson COUNT DIR
      the first COUNT records as DIR/NNNNNNN.json (one answers file each), and the same
      records as DIR.ndjson, so both can be timed on identical content.
"""
import csv
import json
import os
import sys


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def to_csv(questionnaire_path, ndjson):
    ids = [q["id"] for q in json.load(open(questionnaire_path))["questions"]]
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow(["respondent_id", "respondent_name", "team", "role"] + ids)
    with open(ndjson) as lines:
        for line in lines:
            doc = json.loads(line)
            r = doc.get("respondent", {})
            answers = doc["answers"]
            writer.writerow([r.get("id", ""), r.get("name", ""), r.get("team", ""), r.get("role", "")] +
                            [cell(answers.get(i)) for i in ids])


def to_folder(ndjson, count, folder):
    os.makedirs(folder, exist_ok=True)
    with open(ndjson) as lines, open(folder + ".ndjson", "w") as same:
        for n, line in enumerate(lines):
            if n == count:
                break
            with open(os.path.join(folder, "%07d.json" % n), "w") as out:
                out.write(line)
            same.write(line)


def main():
    if sys.argv[1] == "csv":
        to_csv(sys.argv[2], sys.argv[3])
    else:
        to_folder(sys.argv[2], int(sys.argv[3]), sys.argv[4])


if __name__ == "__main__":
    main()
