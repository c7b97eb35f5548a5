#!/usr/bin/env python3
"""Validates documents against the JSON Schemas in schemas/ with a real validator.

usage: validate_schemas.py SALESAUDIT_BINARY SOURCE_DIR

Checks that each schema is itself valid (draft 2020-12), that `salesaudit schema KIND`
prints exactly the file, that every questionnaires/**/*.json, every examples/answers
file, every golden report under tests/e2e/golden and a fresh --explain report of every
example validate, and that typical mistakes do not. Exits 77 (skipped) without the
python3-jsonschema package.
"""
import copy
import glob
import json
import os
import subprocess
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("SKIP: python3-jsonschema is not installed (scripts/install-deps.sh --test installs it)")
    sys.exit(77)

KINDS = ("questionnaire", "answers", "report")


def main():
    binary, source = sys.argv[1], sys.argv[2]
    failures = []
    checked = 0
    validators = {}
    for kind in KINDS:
        path = os.path.join(source, "schemas", kind + ".schema.json")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        schema = json.loads(text)
        Draft202012Validator.check_schema(schema)
        validators[kind] = Draft202012Validator(schema)
        printed = subprocess.run([binary, "schema", kind], stdout=subprocess.PIPE, check=False)
        if printed.returncode != 0 or printed.stdout.decode("utf-8") != text:
            failures.append(f"`salesaudit schema {kind}` does not print {path} exactly")

    def check(kind, document, name, valid=True):
        nonlocal checked
        checked += 1
        errors = sorted(validators[kind].iter_errors(document), key=lambda e: list(e.absolute_path))
        if valid and errors:
            for e in errors[:5]:
                failures.append(f"{name}: /{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
        if not valid and not errors:
            failures.append(f"{name}: expected the {kind} schema to reject it")

    def load(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    # <version>.json only: <version>.<lang>.json beside them are translation documents.
    questionnaires = sorted(p for p in glob.glob(os.path.join(source, "questionnaires", "**", "*.json"), recursive=True)
                            if os.path.basename(p).count(".") == 3)
    answers = sorted(glob.glob(os.path.join(source, "examples", "answers", "*.json")))
    for path in questionnaires:
        check("questionnaire", load(path), path)
    for path in answers:
        check("answers", load(path), path)
    reports = 0
    for path in sorted(glob.glob(os.path.join(source, "tests", "e2e", "golden", "**", "*.json"), recursive=True)):
        document = load(path)
        if isinstance(document, dict) and document.get("format") == "salesaudit.report/v1":
            check("report", document, path)
            reports += 1
    for path in answers:
        for extra in ([], ["--explain", "--top", "0"]):
            result = subprocess.run([binary, "score", path, "--format", "json", *extra], stdout=subprocess.PIPE,
                                    check=False)
            check("report", json.loads(result.stdout), f"score {os.path.basename(path)} {' '.join(extra)}")

    # The schemas must be strict enough to catch the mistakes they exist for.
    q = load(questionnaires[0])
    bad = copy.deepcopy(q); bad["dimensons"] = bad.pop("dimensions")
    check("questionnaire", bad, "questionnaire with a misspelt key", valid=False)
    bad = copy.deepcopy(q); bad["questions"][0]["type"] = "slider"
    check("questionnaire", bad, "questionnaire with an unknown question type", valid=False)
    bad = copy.deepcopy(q); bad["recommendations"][0]["effort"] = "tiny"
    check("questionnaire", bad, "questionnaire with an unknown effort", valid=False)
    a = load(answers[0])
    bad = copy.deepcopy(a); bad["format"] = "salesaudit.answers/v2"
    check("answers", bad, "answers with the wrong format", valid=False)
    bad = copy.deepcopy(a); bad["answers"]["Bad Id"] = 1
    check("answers", bad, "answers with an invalid question id", valid=False)
    r = load(sorted(glob.glob(os.path.join(source, "tests", "e2e", "golden", "report", "*.json")))[0])
    bad = copy.deepcopy(r); bad["overall"]["score"] = 101
    check("report", bad, "report with a score above 100", valid=False)
    bad = copy.deepcopy(r); bad["extra"] = True
    check("report", bad, "report with an unknown member", valid=False)

    for failure in failures:
        print("FAIL:", failure)
    print(f"{checked} documents checked ({len(questionnaires)} questionnaires, {len(answers)} answers, "
          f"{reports} golden reports); {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
