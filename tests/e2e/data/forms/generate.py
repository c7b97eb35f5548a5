#!/usr/bin/env python3
"""Writes the form-tool fixtures of tests/e2e/forms_*_test.cpp from one table of answers.

Each tool's export is laid out as that tool writes it (docs/forms.md, FORMATS.md of the
research): the same four respondents answering crisis-mode@2.0.0, plus answers/*.json,
the salesaudit answers documents the exports must score exactly like. Run it from the
repository root after changing the answers: python3 tests/e2e/data/forms/generate.py
"""
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
Q = json.load(open(os.path.join(ROOT, "questionnaires", "crisis-mode", "2.0.0.json")))
QUESTIONS = Q["questions"]
BY_ID = {q["id"]: q for q in QUESTIONS}
HOSTILE = "=cmd|' /C calc'!A0"

# The respondents, as salesaudit answers ("na" = not applicable; absent = unanswered).
RESPONDENTS = [
    {"id": "r1", "email": "ana@example.com", "time": (2026, 11, 20, 9, 12, 0),
     "answers": {"dep-no-fix-count": 3, "dep-ask-options": 4, "dep-routine-terms": 4, "dep-stalled-deals": "na",
                 "dep-takeovers": 1, "dep-firefighting": 15, "dep-head-knowledge": 2, "del-deputy": True,
                 "del-deputy-authority": "written-full", "del-weekly-meeting": "deputy", "del-training": 4,
                 "del-mentor-share": 100, "del-handover": ["open-deals", "decision-limits", "emergency-contact"],
                 "del-redo-work": 1, "cf-message-checks": 2, "cf-fixed-windows": 5, "cf-notifications-off": 4,
                 "cf-team-calls": 0, "cf-team-messages": 1, "cf-emergency-def": True, "cf-ooo-deputy": True,
                 "exp-written-goals": 100, "exp-leading-activities": 4, "exp-goal-reviews": 5,
                 "exp-priorities-match": 4, "exp-ask-what-next": 2, "exp-goal-changes": 1, "exp-dictate": 2,
                 "exp-standards": "playbook", "closing-notes": HOSTILE}},
    {"id": "r2", "email": "ben@example.com", "time": (2026, 11, 20, 17, 45, 30),
     "answers": {"dep-no-fix-count": 12, "dep-ask-options": 2, "dep-routine-terms": 2, "dep-stalled-deals": 4,
                 "dep-takeovers": 6, "dep-firefighting": 50, "del-deputy": False,
                 "del-weekly-meeting": "cancelled", "del-training": 0, "del-mentor-share": "na",
                 "del-handover": "na", "del-redo-work": 4, "cf-message-checks": 12, "cf-fixed-windows": 1,
                 "cf-notifications-off": 1, "cf-team-calls": 5, "cf-team-messages": 9, "cf-emergency-def": False,
                 "exp-written-goals": 40, "exp-leading-activities": 2, "exp-goal-reviews": 2,
                 "exp-priorities-match": 2, "exp-ask-what-next": 4, "exp-goal-changes": 3, "exp-dictate": 4,
                 "exp-standards": "verbal", "closing-notes": "Calls; texts, and more"}},
    {"id": "r3", "email": "cleo@example.com", "time": (2026, 11, 21, 8, 0, 5),
     "answers": {"dep-no-fix-count": 5, "dep-ask-options": 3, "dep-routine-terms": 3, "dep-stalled-deals": 1,
                 "dep-takeovers": 2, "dep-firefighting": 25, "dep-head-knowledge": 3, "del-deputy": True,
                 "del-deputy-authority": "verbal", "del-weekly-meeting": "rotating-rep", "del-training": 2,
                 "del-mentor-share": 50, "del-handover": ["key-accounts", "meeting-owners"], "del-redo-work": 2,
                 "cf-message-checks": 0, "cf-notifications-off": 3, "cf-team-calls": 1, "cf-team-messages": 2,
                 "cf-emergency-def": True, "cf-ooo-deputy": False, "exp-written-goals": 0,
                 "exp-goal-reviews": 3, "exp-priorities-match": "na", "exp-ask-what-next": 3,
                 "exp-goal-changes": 2, "exp-dictate": 3, "exp-standards": "partial"}},
    {"id": "r4", "email": "dan@example.com", "time": (2026, 11, 22, 23, 59, 59),
     "answers": {"dep-no-fix-count": 8, "dep-ask-options": 1, "del-deputy": False, "del-handover": ["none"],
                 "exp-standards": "none"}},
]


def label_of(q, value):
    for o in q["options"]:
        if o["value"] == value:
            return o["label"]
    raise KeyError(value)


def cell(qid, value, likert="label", boolean="Yes", multi_sep=";"):
    """A salesaudit value as a tool writes it (labels, numbers or yes/no words)."""
    q = BY_ID[qid]
    if value is None:
        return ""
    if value == "na":
        return "N/A"
    t = q["type"]
    if t == "likert":
        return q["scale"]["labels"][value - 1] if likert == "label" else str(value)
    if t == "boolean":
        if boolean == "10":
            return "1" if value else "0"
        return "Yes" if value else "No"
    if t == "choice":
        return label_of(q, value)
    if t == "multi_choice":
        return multi_sep.join(label_of(q, v) for v in value)
    if t == "number":
        return str(value)
    return value


def csv_line(fields, delimiter=",", quote_all=False):
    out = []
    for f in fields:
        if quote_all or any(c in f for c in (delimiter, '"', "\n", "\r")):
            out.append('"' + f.replace('"', '""') + '"')
        else:
            out.append(f)
    return delimiter.join(out)


def write(path, text, encoding="utf-8"):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding=encoding, newline="") as f:
        f.write(text)


def multi_questions():
    return [q for q in QUESTIONS if q["type"] == "multi_choice"]


def option_labels(q):
    labels = [o["label"] for o in q["options"]]
    return labels + (["N/A"] if q.get("allow_na") else [])


def ticked(value, label, q):
    if value is None:
        return False
    if value == "na":
        return label == "N/A"
    return label != "N/A" and any(label_of(q, v) == label for v in value)


def answers_docs():
    for r in RESPONDENTS:
        y, mo, d, h, mi, s = r["time"]
        doc = {"format": "salesaudit.answers/v1",
               "questionnaire": {"id": Q["id"], "version": Q["version"]},
               "respondent": {"id": r["id"]},
               "answers": r["answers"]}
        write(f"answers/{r['id']}.json", json.dumps(doc, indent=2) + "\n")


def google_forms():
    head = ["Timestamp", "Email Address"] + [q["text"] for q in QUESTIONS]
    lines = [csv_line(head, quote_all=True)]
    for r in RESPONDENTS:
        y, mo, d, h, mi, s = r["time"]
        hh = (h + 1) % 24  # the form owner's zone, GMT+1
        ampm = "AM" if hh < 12 else "PM"
        stamp = f"{y}/{mo:02}/{d:02} {(hh % 12) or 12}:{mi:02}:{s:02} {ampm} GMT+1"
        if hh < h:  # past midnight in GMT+1
            stamp = f"{y}/{mo:02}/{d + 1:02} {(hh % 12) or 12}:{mi:02}:{s:02} {ampm} GMT+1"
        row = [stamp, r["email"]] + [cell(q["id"], r["answers"].get(q["id"]), likert="number") for q in QUESTIONS]
        lines.append(csv_line(row, quote_all=True))
    write("google-forms/responses.csv", "\n".join(lines) + "\n")


def google_sheets():
    head = ["Timestamp", "Email address"] + [q["text"] for q in QUESTIONS]
    lines = [csv_line(head)]
    for r in RESPONDENTS:
        y, mo, d, h, mi, s = r["time"]
        row = [f"{mo}/{d}/{y} {h}:{mi:02}:{s:02}", r["email"]] + [
            cell(q["id"], r["answers"].get(q["id"]), likert="number", multi_sep=", ") for q in QUESTIONS]
        lines.append(csv_line(row))
    write("google-sheets/responses.csv", "\r\n".join(lines) + "\r\n")


def surveymonkey():
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
            "Last Name", "Custom Data 1"]
    top, sub = list(meta), [""] * len(meta)
    for q in QUESTIONS:
        if q["type"] == "multi_choice":
            for i, label in enumerate(option_labels(q)):
                top.append(q["text"] if i == 0 else "")
                sub.append(label)
        else:
            top.append(q["text"])
            sub.append("Open-Ended Response" if q["type"] in ("text", "number") else "Response")
    lines = [csv_line(top), csv_line(sub)]
    for n, r in enumerate(RESPONDENTS):
        y, mo, d, h, mi, s = r["time"]
        ampm = "AM" if h < 12 else "PM"
        end = f"{mo:02}/{d:02}/{y} {(h % 12) or 12:02}:{mi:02}:{s:02} {ampm}"
        row = [str(11400000000 + n), "4242", end, end, "192.0.2.1", "", "", "", ""]
        for q in QUESTIONS:
            v = r["answers"].get(q["id"])
            if q["type"] == "multi_choice":
                row += [label if ticked(v, label, q) else "" for label in option_labels(q)]
            else:
                row.append(cell(q["id"], v))
        lines.append(csv_line(row))
    write("surveymonkey/responses.csv", "\r\n".join(lines) + "\r\n")


def typeform():
    head = ["#"]
    for q in QUESTIONS:
        text = q["text"].replace("'", "\u2019")  # typographic apostrophes, as Typeform writes them
        head += option_labels(q) if q["type"] == "multi_choice" else [text]
    head += ["Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags",
             "Ending"]
    lines = [csv_line(head)]
    for n, r in enumerate(RESPONDENTS):
        y, mo, d, h, mi, s = r["time"]
        row = [f"tok{n}{'x' * 29}"]
        for q in QUESTIONS:
            v = r["answers"].get(q["id"])
            if q["type"] == "multi_choice":
                row += [label if ticked(v, label, q) else "" for label in option_labels(q)]
            else:
                row.append(cell(q["id"], v, likert="number", boolean="10"))
        stamp = f"{y}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}"
        row += ["completed", stamp, stamp, stamp, "a1b2c3", "", "default_tys"]
        lines.append(csv_line(row))
    write("typeform/responses.csv", "\n".join(lines) + "\n")


def qualtrics():
    meta = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
            "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
            "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"]
    names = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)",
             "Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name",
             "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
             "Distribution Channel", "User Language"]
    ids = [json.dumps({"ImportId": m}, separators=(",", ":")) for m in meta]
    ids[0] = json.dumps({"ImportId": "startDate", "timeZone": "Z"}, separators=(",", ":"))
    ids[1] = json.dumps({"ImportId": "endDate", "timeZone": "+01:00"}, separators=(",", ":"))
    tags, texts = list(meta), list(names)
    for n, q in enumerate(QUESTIONS):
        tags.append(f"Q{n + 1}")
        suffix = " - Selected Choice" if q["type"] in ("choice", "multi_choice") else ""
        texts.append(q["text"] + suffix)
        ids.append(json.dumps({"ImportId": f"QID{n + 1}"}, separators=(",", ":")))
    lines = [csv_line(tags), csv_line(texts), csv_line(ids)]
    for n, r in enumerate(RESPONDENTS):
        y, mo, d, h, mi, s = r["time"]
        local = f"{y}-{mo:02}-{d:02} {(h + 1) % 24:02}:{mi:02}:{s:02}" if h < 23 else f"{y}-{mo:02}-{d + 1:02} 00:{mi:02}:{s:02}"
        row = [local, local, "IP Address", "192.0.2.7", "100", "321", "True", local, f"R_{n}abcdefGHIJ",
               "", "", r["email"], "", "", "", "anonymous", "EN"]
        row += [cell(q["id"], r["answers"].get(q["id"]), multi_sep=",") for q in QUESTIONS]
        lines.append(csv_line(row))
    write("qualtrics/responses.csv", "\r\n".join(lines) + "\r\n")


def limesurvey(delimiter, path):
    head = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started",
            "Date last action"]
    for q in QUESTIONS:
        if q["type"] == "multi_choice":
            head += [f"{q['text']} [{label}]" for label in option_labels(q)]
        else:
            head.append(q["text"])
    lines = [csv_line(head, delimiter, quote_all=True)]
    for n, r in enumerate(RESPONDENTS):
        y, mo, d, h, mi, s = r["time"]
        stamp = f"{y}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}"
        row = [str(n + 1), stamp, "3", "en", str(1000 + n), stamp, stamp]
        for q in QUESTIONS:
            v = r["answers"].get(q["id"])
            if q["type"] == "multi_choice":
                row += ["Yes" if ticked(v, label, q) else "No" for label in option_labels(q)]
            else:
                c = cell(q["id"], v)
                row.append("'" + c if c.startswith("=") else c)  # LimeSurvey's "quote equations"
        lines.append(csv_line(row, delimiter, quote_all=True))
    write(path, "\ufeff" + "\r\n".join(lines) + "\r\n\r\n")


def xlsx(path, rows, shared=True):
    """A minimal workbook: shared strings for text, numbers as numbers."""
    strings, index = [], {}

    def ref(col, row):
        letters = ""
        col += 1
        while col:
            col, rem = divmod(col - 1, 26)
            letters = chr(65 + rem) + letters
        return f"{letters}{row}"

    body = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            if v == "" or v is None:
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref(c, r)}"><v>{v}</v></c>')
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref(c, r)}" t="s"><v>{index[v]}</v></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}><sheetData>{"".join(body)}</sheetData></worksheet>'
    sst = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} {rel_ns}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>',
    }
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def excel_serial(y, mo, d, h, mi, s):
    import datetime
    delta = datetime.datetime(y, mo, d, h, mi, s) - datetime.datetime(1899, 12, 30)
    return round(delta.days + delta.seconds / 86400, 8)


def microsoft_forms(meta=("ID", "Start time", "Completion time", "Email", "Name", "Last modified time"),
                    path="microsoft-forms/responses.xlsx"):
    head = list(meta)
    head += [f"{n + 1}. {q['text']}" if n == 0 else q["text"] for n, q in enumerate(QUESTIONS)]
    rows = [head]
    for n, r in enumerate(RESPONDENTS):
        t = excel_serial(*r["time"])
        row = [n + 1, t, t, r["email"], r["id"].upper(), ""][: len(meta)]
        for q in QUESTIONS:
            v = r["answers"].get(q["id"])
            c = cell(q["id"], v)
            if q["type"] == "multi_choice" and isinstance(v, list):
                c += ";"  # Microsoft Forms ends a checkbox cell with the separator
            if q["type"] == "number" and isinstance(v, int):
                c = v
            row.append(c)
        rows.append(row)
    xlsx(path, rows)


def surveyjs():
    lines = []
    for r in RESPONDENTS:
        data = {}
        for qid, v in r["answers"].items():
            data[qid] = v
        lines.append(json.dumps(data))
    write("surveyjs/results.ndjson", "\n".join(lines) + "\n")
    # One result as `JSON.stringify(survey.data, null, 2)` saves it, detected with no --from.
    write("surveyjs/result.json", json.dumps(json.loads(lines[0]), indent=2, ensure_ascii=False) + "\n")


def malformed():
    """Broken exports for tests/e2e/malformed_test.cpp."""
    out = os.path.join(ROOT, "tests", "e2e", "data", "malformed")
    head = '"Timestamp","Email Address","' + QUESTIONS[7]["text"] + '"\n'
    with open(os.path.join(out, "f-not-utf8.csv"), "wb") as f:
        f.write((head + '"2026/11/20 9:12:00 AM GMT+1","ana@example.com","Yes"\n').encode())
        f.write(b'"2026/11/20 9:13:00 AM GMT+1","jos\xe9@example.com","No"\n')
    with open(os.path.join(out, "f-ragged.csv"), "w", newline="") as f:
        f.write("Timestamp,Email address," + QUESTIONS[7]["text"] + "\n11/20/2026 9:12:00,a@example.com\n")
    with open(os.path.join(out, "f-unknown-column.csv"), "w", newline="") as f:
        f.write("Timestamp,Email address,How often did you ask your reps for options?," + QUESTIONS[7]["text"] +
                "\n11/20/2026 9:12:00,a@example.com,3,Yes\n")
    with open(os.path.join(out, "f-bad-label.csv"), "w", newline="") as f:
        f.write("Timestamp,Email address," + QUESTIONS[8]["text"] + "\n11/20/2026 9:12:00,a@example.com,Sometimes\n"
                "11/20/2026 9:13:00,b@example.com,Written limits for some decisions\n")
    # SurveyJS results as a JSON array, the second with a value that is no option.
    results = [json.loads(json.dumps(RESPONDENTS[1]["answers"])), json.loads(json.dumps(RESPONDENTS[2]["answers"]))]
    results[1]["del-deputy"] = "maybe"
    with open(os.path.join(out, "f-surveyjs-bad.json"), "w", newline="") as f:
        f.write(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    xlsx_path = os.path.join(out, "f-truncated.xlsx")
    xlsx("../malformed/f-truncated.xlsx", [["ID", "Start time", "Completion time", "Email", "Name"]])
    data = open(xlsx_path, "rb").read()
    open(xlsx_path, "wb").write(data[: len(data) // 2])
    # A zip bomb: 65 MiB of spaces in the shared strings, a few dozen KiB zipped.
    bomb = os.path.join(out, "f-zip-bomb.xlsx")
    xlsx("../malformed/f-zip-bomb.xlsx", [["ID", "Start time", "Completion time", "Email", "Name"]])
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml.tmp", "")
    parts = {}
    with zipfile.ZipFile(bomb) as z:
        for n in z.namelist():
            parts[n] = z.read(n)
    parts.pop("xl/sharedStrings.xml.tmp")
    parts["xl/sharedStrings.xml"] = b"<sst>" + b" " * (65 << 20) + b"</sst>"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, b in parts.items():
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), b, zipfile.ZIP_DEFLATED, 9)
    # More rows than a sheet may have: a row numbered past Excel's last (rows without a
    # number count on from the row before, so a sheet of 10 million rows stops there too).
    big = os.path.join(out, "f-too-many-rows.xlsx")
    xlsx("../malformed/f-too-many-rows.xlsx",
         [["ID", "Start time", "Completion time", "Email", "Name", QUESTIONS[7]["text"]]])
    with zipfile.ZipFile(big) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].replace(b"</sheetData>", b'<row/><row r="1048577"/></sheetData>')
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(big, "w") as z:
        for n, b in parts.items():
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), b, zipfile.ZIP_DEFLATED, 9)


if __name__ == "__main__":
    answers_docs()
    google_forms()
    google_sheets()
    surveymonkey()
    typeform()
    qualtrics()
    limesurvey(";", "limesurvey/responses.csv")
    limesurvey(",", "limesurvey/responses-comma.csv")
    microsoft_forms()
    # Exported from a Japanese interface: localised metadata headings, the same serials.
    microsoft_forms(("ID", "開始時刻", "完了時刻", "メール", "名前"), "microsoft-forms/responses-ja.xlsx")
    surveyjs()
    malformed()
