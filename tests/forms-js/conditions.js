// The contract's condition rules (format-v1 section 1.1), written again in JavaScript so
// the exported forms are checked against an evaluator that shares no code with the
// C++ one. Answers map question id -> value, "na" for not applicable.
'use strict';

function valuesEqual(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const sa = new Set(a), sb = new Set(b);
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
  }
  return typeof a === typeof b && a === b;
}

function evaluate(cond, answers, enabled) {
  if (cond.all) return cond.all.every((c) => evaluate(c, answers, enabled));
  if (cond.any) return cond.any.some((c) => evaluate(c, answers, enabled));
  const id = cond.question;
  if (!(id in answers) || answers[id] === 'na' || enabled[id] === false) return false;
  const v = answers[id];
  if ('equals' in cond) return valuesEqual(v, cond.equals);
  if ('not_equals' in cond) return !valuesEqual(v, cond.not_equals);
  if ('in' in cond) return cond.in.some((x) => valuesEqual(v, x));
  if ('at_least' in cond) return typeof v === 'number' && v >= cond.at_least;
  if ('at_most' in cond) return typeof v === 'number' && v <= cond.at_most;
  throw new Error('unknown condition ' + JSON.stringify(cond));
}

// id -> enabled, in questionnaire order (conditions read only earlier questions).
function enabledQuestions(questionnaire, answers) {
  const enabled = {};
  for (const q of questionnaire.questions) {
    enabled[q.id] = q.enable_when ? evaluate(q.enable_when, answers, enabled) : true;
  }
  return enabled;
}

// A small deterministic generator (mulberry32), so every run checks the same answers.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Answers to every question, some left out and some "na"; numbers near condition
// thresholds often enough to hit both sides.
function randomAnswers(questionnaire, next) {
  const answers = {};
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (const q of questionnaire.questions) {
    const r = next();
    if (r < 0.1 && !q.required) continue;
    if (r < 0.2 && q.allow_na) {
      answers[q.id] = 'na';
      continue;
    }
    switch (q.type) {
      case 'likert': answers[q.id] = 1 + Math.floor(next() * q.scale.points); break;
      case 'choice': answers[q.id] = pick(q.options).value; break;
      case 'multi_choice': answers[q.id] = q.options.filter(() => next() < 0.4).map((o) => o.value); break;
      case 'boolean': answers[q.id] = next() < 0.5; break;
      case 'number': {
        const min = q.min ?? 0, max = q.max ?? 10;
        answers[q.id] = pick([min, min + 1, Math.min(max, min + 2), max, Math.round(min + next() * (max - min))]);
        break;
      }
      case 'text': answers[q.id] = pick(['', 'a note', 'another note']); break;
      default: throw new Error('unknown type ' + q.type);
    }
    // Tools cannot tell an empty multi-select from an unanswered one; neither can the reader.
    if (answers[q.id] === '' || (Array.isArray(answers[q.id]) && answers[q.id].length === 0)) delete answers[q.id];
  }
  return answers;
}

module.exports = { evaluate, enabledQuestions, random, randomAnswers, valuesEqual };
