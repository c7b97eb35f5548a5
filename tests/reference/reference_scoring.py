#!/usr/bin/env python3
"""Independent reference implementation of the scoring contract (sections 3-5).

Generates random questionnaires and answers, scores them with the real binary and with
this script, and compares the JSON reports field by field. Usage:
    reference_scoring.py SALESAUDIT_BIN [CASES] [SEED]
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

EFFORT_COST = {"low": 1, "medium": 2, "high": 3}


def round2(x):
    scaled = abs(x) * 100.0
    floor = math.floor(scaled)
    frac = scaled - floor
    r = floor + 1 if abs(frac - 0.5) <= 1e-9 * max(1.0, scaled) else math.floor(scaled + 0.5)
    r = math.copysign(r, x) / 100.0
    return 0.0 if r == 0 else r


def item_score(q, v):
    t = q["type"]
    if t == "likert":
        s = (v - 1) / (q["scale"]["points"] - 1)
        return 1 - s if q.get("reverse") else s
    if t == "choice":
        return next(o["score"] for o in q["options"] if o["value"] == v)
    if t == "multi_choice":
        return min(1.0, sum(o["score"] for o in q["options"] if o["value"] in v))
    if t == "boolean":
        return q.get("yes_score", 1) if v else q.get("no_score", 0)
    if t == "number":
        for b in q["score_bands"]:
            if "max" not in b or b["max"] >= v:
                return b["score"]
    raise ValueError(t)


def same(a, b):
    if type(a) is bool or type(b) is bool:
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return sorted(a) == sorted(b)
    if isinstance(a, str) != isinstance(b, str):
        return False
    return a == b


def holds(c, answers, enabled):
    if "all" in c:
        return all(holds(x, answers, enabled) for x in c["all"])
    if "any" in c:
        return any(holds(x, answers, enabled) for x in c["any"])
    qid = c["question"]
    if qid not in answers or answers[qid] == "na" or not enabled.get(qid, False):
        return False
    v = answers[qid]
    if "equals" in c:
        return same(v, c["equals"])
    if "not_equals" in c:
        return not same(v, c["not_equals"])
    if "in" in c:
        return any(same(v, x) for x in c["in"])
    num = isinstance(v, (int, float)) and not isinstance(v, bool)
    if "at_least" in c:
        return num and v >= c["at_least"]
    if "at_most" in c:
        return num and v <= c["at_most"]
    raise ValueError(c)


def band_for(bands, score):
    idx = 0
    for i, b in enumerate(bands):
        if b["min"] <= score:
            idx = i
    return idx


def reference(qn, doc):
    answers = doc["answers"]
    qs = qn["questions"]
    enabled = {}
    for q in qs:
        enabled[q["id"]] = holds(q["enable_when"], answers, enabled) if "enable_when" in q else True
    dims = qn["dimensions"]
    dw = {d["id"]: d.get("weight", 1) for d in dims}
    per = {d["id"]: {"aw": 0.0, "ew": 0.0, "a": 0, "e": 0, "sum": 0.0} for d in dims}
    scores = {}
    for q in qs:
        if q["type"] == "text" or not enabled[q["id"]]:
            continue
        v = answers.get(q["id"])
        if v == "na":
            continue
        p = per[q["dimension"]]
        w = q.get("weight", 1)
        p["e"] += 1
        p["ew"] += w
        if v is not None:
            s = item_score(q, v)
            scores[q["id"]] = s
            p["a"] += 1
            p["aw"] += w
            p["sum"] += w * s
    mc = qn.get("min_coverage", 0.5)
    dim_out, dim_score = [], {}
    for d in dims:
        p = per[d["id"]]
        cov = p["aw"] / p["ew"] if p["ew"] > 0 else 1.0
        sc = None if p["a"] == 0 or (cov < mc and abs(cov - mc) > 1e-9 * max(1.0, mc)) else 100.0 * p["sum"] / p["aw"]
        dim_score[d["id"]] = sc
        band = qn["bands"][band_for(qn["bands"], round2(sc))]["id"] if sc is not None else None
        dim_out.append({"id": d["id"], "title": d["title"], "score": None if sc is None else round2(sc), "band": band,
                        "coverage": round2(cov), "answered": p["a"], "asked": p["e"]})
    scored = [d for d in dims if dim_score[d["id"]] is not None]
    overall = band = label = None
    if len(scored) == len(dims):
        overall = sum(dw[d["id"]] * dim_score[d["id"]] for d in dims) / sum(dw[d["id"]] for d in dims)
        bi = band_for(qn["bands"], round2(overall))
        cap = qn.get("overall_band_cap")
        if cap:
            names = [b["id"] for b in qn["bands"]]
            if any(x["band"] == cap["when_any_dimension_in"] for x in dim_out):
                bi = min(bi, names.index(cap["cap"]))
        band, label = qn["bands"][bi]["id"], qn["bands"][bi]["label"]
    total_w = sum(dw[d["id"]] for d in scored)
    recs = {}
    for q in qs:
        if q["id"] not in scores or dim_score.get(q.get("dimension")) is None or "recommendation" not in q:
            continue
        s = scores[q["id"]]
        if s >= 1:
            continue
        d = q["dimension"]
        gain = 100.0 * (dw[d] / total_w) * q.get("weight", 1) * (1 - s) / per[d]["aw"]
        if gain > 0:
            r = recs.setdefault(q["recommendation"], {"gain": 0.0, "questions": []})
            r["gain"] += gain
            r["questions"].append(q["id"])
    rec_defs = {r["id"]: r for r in qn["recommendations"]}
    ordered = []
    for rid, r in recs.items():
        eff = rec_defs[rid]["effort"]
        ordered.append((r["gain"] / EFFORT_COST[eff], r["gain"], rid, r["questions"]))
    # priority desc, gain desc, id asc; values within noise are equal
    import functools

    def cmp(a, b):
        for x, y in ((a[0], b[0]), (a[1], b[1])):
            if abs(x - y) > 1e-9 * max(1.0, abs(x), abs(y)):
                return -1 if x > y else 1
        return -1 if a[2] < b[2] else (1 if a[2] > b[2] else 0)

    ordered.sort(key=functools.cmp_to_key(cmp))
    rec_out = []
    for i, (prio, gain, rid, qids) in enumerate(ordered):
        rd = rec_defs[rid]
        rec_out.append({"rank": i + 1, "id": rid, "title": rd["title"], "action": rd["action"], "effort": rd["effort"],
                        "gain": round2(gain), "priority": round2(prio),
                        "horizon_days": 30 * EFFORT_COST[rd["effort"]], "questions": qids})
    flags = [{"id": f["id"], "message": f["message"]} for f in qn.get("red_flags", []) if holds(f["when"], answers, enabled)]
    return {"overall": {"score": None if overall is None else round2(overall), "band": band, "label": label},
            "dimensions": dim_out, "red_flags": flags, "recommendations": rec_out}


def random_condition(rng, earlier):
    scored = [q for q in earlier if q["type"] != "text"]
    if not scored:
        return None
    if rng.random() < 0.2 and len(scored) > 1:
        kind = rng.choice(["all", "any"])
        parts = [c for c in (random_condition(rng, earlier) for _ in range(2)) if c]
        return {kind: parts} if parts else None
    q = rng.choice(scored)
    t = q["type"]
    if t == "likert":
        op = rng.choice(["equals", "not_equals", "at_least", "at_most", "in"])
        pts = q["scale"]["points"]
        if op == "in":
            return {"question": q["id"], "in": rng.sample(range(1, pts + 1), 2)}
        return {"question": q["id"], op: rng.randint(1, pts)}
    if t == "number":
        return {"question": q["id"], rng.choice(["at_least", "at_most"]): rng.randint(0, 20)}
    if t == "boolean":
        return {"question": q["id"], rng.choice(["equals", "not_equals"]): rng.random() < 0.5}
    if t == "choice":
        vals = [o["value"] for o in q["options"]]
        return {"question": q["id"], "in": rng.sample(vals, min(2, len(vals)))}
    vals = [o["value"] for o in q["options"]]
    return {"question": q["id"], "equals": rng.sample(vals, rng.randint(0, len(vals)))}


def random_questionnaire(rng):
    dims = [{"id": f"d{i}", "title": f"D{i}", "weight": rng.choice([1, 1, 2, 3, 0.5, 1.5])}
            for i in range(rng.randint(1, 4))]
    recs = [{"id": f"r{i}", "title": f"R{i}", "action": "Act.", "effort": rng.choice(["low", "medium", "high"])}
            for i in range(rng.randint(1, 6))]
    qs = []
    for i in range(rng.randint(2, 14)):
        t = rng.choice(["likert", "likert", "choice", "multi_choice", "boolean", "number", "text"])
        q = {"id": f"q{i}", "type": t, "text": "?"}
        if t != "text":
            q["dimension"] = rng.choice(dims)["id"]
            if rng.random() < 0.3:
                q["weight"] = rng.choice([0.5, 2, 3, 1.25])
            if rng.random() < 0.7:
                q["recommendation"] = rng.choice(recs)["id"]
            if rng.random() < 0.2:
                q["allow_na"] = True
        if rng.random() < 0.2:
            q["required"] = False
        if t == "likert":
            pts = rng.randint(2, 7)
            q["scale"] = {"points": pts, "labels": [str(k) for k in range(pts)]}
            q["reverse"] = rng.random() < 0.3
        elif t in ("choice", "multi_choice"):
            q["options"] = [{"value": f"o{k}", "label": "L", "score": rng.choice([0, 0.25, 0.5, 0.75, 1, 0.3, 0.1])}
                            for k in range(rng.randint(1, 4))]
        elif t == "boolean" and rng.random() < 0.3:
            q["yes_score"], q["no_score"] = rng.choice([(0, 1), (0.8, 0.2)])
        elif t == "number":
            q["min"], q["max"] = 0, 50
            q["score_bands"] = [{"max": 3, "score": 1}, {"max": 7.5, "score": rng.choice([0.5, 0.6])}, {"score": 0}]
        if qs and rng.random() < 0.3:
            c = random_condition(rng, qs)
            if c:
                q["enable_when"] = c
        qs.append(q)
    mins = sorted(rng.sample(range(1, 100), 3))
    bands = [{"id": "b0", "label": "B0", "min": 0}] + [{"id": f"b{i + 1}", "label": f"B{i + 1}", "min": m}
                                                     for i, m in enumerate(mins)]
    qn = {"format": "salesaudit.questionnaire/v1", "id": "rand", "version": "1.0.0", "title": "Random",
          "min_coverage": rng.choice([0.5, 0.3, 1, 0.75]), "dimensions": dims, "bands": bands,
          "recommendations": recs, "questions": qs}
    if rng.random() < 0.5:
        qn["overall_band_cap"] = {"when_any_dimension_in": "b0", "cap": "b1"}
    if rng.random() < 0.7:
        c = random_condition(rng, qs)
        if c:
            qn["red_flags"] = [{"id": "f0", "when": c, "message": "Flag."}]
    return qn


def random_answers(rng, qn):
    answers = {}
    for q in qn["questions"]:
        if rng.random() < 0.15:
            continue
        if q.get("allow_na") and rng.random() < 0.15:
            answers[q["id"]] = "na"
            continue
        t = q["type"]
        if t == "likert":
            answers[q["id"]] = rng.randint(1, q["scale"]["points"])
        elif t == "choice":
            answers[q["id"]] = rng.choice(q["options"])["value"]
        elif t == "multi_choice":
            vals = [o["value"] for o in q["options"]]
            answers[q["id"]] = rng.sample(vals, rng.randint(0, len(vals)))
        elif t == "boolean":
            answers[q["id"]] = rng.random() < 0.5
        elif t == "number":
            answers[q["id"]] = rng.choice([0, 2, 3, 3.5, 7.5, 8, 20, 50])
        else:
            answers[q["id"]] = "note"
    return {"format": "salesaudit.answers/v1", "questionnaire": {"id": "rand", "version": "1.0.0"},
            "respondent": {"id": "r"}, "answers": answers}


def main():
    binary = sys.argv[1]
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261126)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        qpath, apath = os.path.join(tmp, "q.json"), os.path.join(tmp, "a.json")
        for case in range(cases):
            qn = random_questionnaire(rng)
            doc = random_answers(rng, qn)
            with open(qpath, "w") as f:
                json.dump(qn, f)
            with open(apath, "w") as f:
                json.dump(doc, f)
            run = subprocess.run([binary, "score", apath, "--questionnaire", qpath, "--format", "json"],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"case {case}: exit {run.returncode}: {run.stderr}")
                failures += 1
                continue
            got = json.loads(run.stdout)
            want = reference(qn, doc)
            for key in want:
                if got[key] != want[key]:
                    failures += 1
                    print(f"case {case}: {key} differs\n  got  {got[key]}\n  want {want[key]}")
                    with open(f"/tmp/ref-case-{case}.json", "w") as f:
                        json.dump({"questionnaire": qn, "answers": doc}, f)
                    break
    print(f"{cases - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
