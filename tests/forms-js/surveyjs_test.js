// Loads `salesaudit export --to surveyjs` in SurveyJS's own survey-core and checks it
// against the questionnaire: the same question names in order, the same choice values,
// scales 1..n, required flags, and for many answer sets isVisible == enable_when.
// Usage: node surveyjs_test.js SALESAUDIT_BIN QUESTIONNAIRE.json...
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const { Model } = require('survey-core');
const { enabledQuestions, random, randomAnswers } = require('./conditions');

let failures = 0;
function check(ok, message) {
  if (!ok) {
    failures++;
    console.error('FAIL: ' + message);
  }
}

// What survey.data holds for an answer: numbers typed into a field that also takes N/A
// are text, and "not applicable" of a multi-select is the ticked "na" choice.
function toSurveyData(questionnaire, answers) {
  const data = {};
  for (const q of questionnaire.questions) {
    if (!(q.id in answers)) continue;
    let v = answers[q.id];
    if (q.type === 'number' && q.allow_na) v = String(v);
    if (q.type === 'multi_choice' && v === 'na') v = ['na'];
    data[q.id] = v;
  }
  return data;
}

function checkStructure(label, questionnaire, survey) {
  const questions = survey.getAllQuestions();
  check(JSON.stringify(questions.map((q) => q.name)) === JSON.stringify(questionnaire.questions.map((q) => q.id)),
        label + ': question names differ from the questionnaire ids');
  for (const q of questionnaire.questions) {
    const sq = survey.getQuestionByName(q.id);
    if (!sq) continue;
    check(sq.title === q.text.replace(/\s+/g, ' ').trim(), `${label}: ${q.id}: title "${sq.title}"`);
    check(sq.isRequired === (q.required !== false), `${label}: ${q.id}: isRequired ${sq.isRequired}`);
    const na = q.allow_na ? ['na'] : [];
    const expectType = {
      likert: q.allow_na ? 'radiogroup' : 'rating', choice: 'radiogroup', multi_choice: 'checkbox',
      boolean: q.allow_na ? 'radiogroup' : 'boolean', number: 'text', text: 'comment',
    }[q.type];
    check(sq.getType() === expectType, `${label}: ${q.id}: type ${sq.getType()}, expected ${expectType}`);
    let values = null, expected = null;
    if (q.type === 'likert') {
      expected = [...Array(q.scale.points).keys()].map((i) => i + 1).concat(na);
      values = (q.allow_na ? sq.choices : sq.visibleRateValues).map((c) => c.value);
      const texts = (q.allow_na ? sq.choices : sq.visibleRateValues).map((c) => c.text);
      check(JSON.stringify(texts.slice(0, q.scale.points)) === JSON.stringify(q.scale.labels),
            `${label}: ${q.id}: scale labels ${JSON.stringify(texts)}`);
    } else if (q.type === 'choice' || q.type === 'multi_choice') {
      expected = q.options.map((o) => o.value).concat(na);
      values = sq.choices.map((c) => c.value);
      check(JSON.stringify(sq.choices.slice(0, q.options.length).map((c) => c.text)) ===
                JSON.stringify(q.options.map((o) => o.label)), `${label}: ${q.id}: choice labels`);
    } else if (q.type === 'boolean' && q.allow_na) {
      expected = [true, false, 'na'];
      values = sq.choices.map((c) => c.value);
    } else if (q.type === 'number' && !q.allow_na) {
      check(sq.inputType === 'number', `${label}: ${q.id}: inputType ${sq.inputType}`);
    }
    if (expected) check(JSON.stringify(values) === JSON.stringify(expected),
                        `${label}: ${q.id}: values ${JSON.stringify(values)}, expected ${JSON.stringify(expected)}`);
  }
}

function checkVisibility(label, questionnaire, survey, runs) {
  const next = random(20261201);
  const seen = {};  // id -> [seen disabled, seen enabled]
  for (let run = 0; run < runs; run++) {
    const answers = randomAnswers(questionnaire, next);
    survey.clear(true, true);
    survey.data = toSurveyData(questionnaire, answers);
    const enabled = enabledQuestions(questionnaire, answers);
    for (const q of questionnaire.questions) {
      const visible = survey.getQuestionByName(q.id).isVisible;
      (seen[q.id] ??= [false, false])[enabled[q.id] ? 1 : 0] = true;
      check(visible === enabled[q.id],
            `${label}: ${q.id}: isVisible ${visible}, enable_when ${enabled[q.id]} for ${JSON.stringify(answers)}`);
    }
    if (failures > 20) break;
  }
  // The answer sets must exercise every condition both ways, or this test proves nothing.
  for (const q of questionnaire.questions.filter((x) => x.enable_when)) {
    check(seen[q.id][0] && seen[q.id][1], `${label}: ${q.id} was not seen both enabled and disabled`);
  }
}

const [bin, ...files] = process.argv.slice(2);
if (!bin || files.length === 0) {
  console.error('usage: node surveyjs_test.js SALESAUDIT_BIN QUESTIONNAIRE.json...');
  process.exit(2);
}
for (const file of files) {
  const questionnaire = JSON.parse(fs.readFileSync(file, 'utf8'));
  const json = JSON.parse(execFileSync(bin, ['export', file, '--to', 'surveyjs'], { encoding: 'utf8' }));
  const survey = new Model(json);
  checkStructure(file, questionnaire, survey);
  checkVisibility(file, questionnaire, survey, 400);
}
if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log(`surveyjs: ${files.length} questionnaire(s) load in survey-core and agree with enable_when`);
