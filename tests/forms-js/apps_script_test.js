// Runs `salesaudit export --to google-forms` against a stand-in for Apps Script's
// FormApp that records every call, then checks the form it built: one item per
// question in order, item types, titles, choices, required flags, scale bounds and
// labels, number validation, and that "go to section" choices skip exactly the
// questions the answer disables. The script must also pass `node --check`.
// Usage: node apps_script_test.js SALESAUDIT_BIN QUESTIONNAIRE.json...
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { evaluate } = require('./conditions');

let failures = 0;
function check(ok, message) {
  if (!ok) {
    failures++;
    console.error('FAIL: ' + message);
  }
}

// The parts of FormApp the export may use, with the limits Google enforces.
function formAppStandIn() {
  const items = [];
  const self = (object, extra) => Object.assign(object, extra);
  function item(kind) {
    const it = { kind, title: '', help: '', required: false, choices: null };
    self(it, {
      setTitle(t) { it.title = t; return it; },
      setHelpText(h) { it.help = h; return it; },
      setRequired(r) { it.required = r; return it; },
    });
    if (kind === 'multipleChoice' || kind === 'checkbox') {
      self(it, {
        setChoiceValues(values) {
          if (!Array.isArray(values) || values.length === 0) throw new Error('setChoiceValues: no choices');
          it.choices = values.map((value) => ({ value, navigation: null }));
          return it;
        },
        createChoice(value, navigation) {
          if (kind !== 'multipleChoice' && navigation !== undefined) throw new Error('checkboxes cannot navigate');
          return { value, navigation: navigation ?? null };
        },
        setChoices(list) { it.choices = list; return it; },
      });
    }
    if (kind === 'scale') {
      self(it, {
        setBounds(low, high) {
          if ((low !== 0 && low !== 1) || high < 3 || high > 10) throw new Error(`setBounds(${low}, ${high})`);
          it.bounds = [low, high];
          return it;
        },
        setLabels(lower, upper) { it.labels = [lower, upper]; return it; },
      });
    }
    if (kind === 'text') self(it, { setValidation(v) { it.validation = v; return it; } });
    items.push(it);
    return it;
  }
  const form = {
    setDescription(d) { form.description = d; return form; },
    addTextItem: () => item('text'),
    addParagraphTextItem: () => item('paragraph'),
    addScaleItem: () => item('scale'),
    addMultipleChoiceItem: () => item('multipleChoice'),
    addCheckboxItem: () => item('checkbox'),
    addPageBreakItem: () => item('pageBreak'),
    getEditUrl: () => 'https://docs.google.com/forms/d/x/edit',
    getPublishedUrl: () => 'https://docs.google.com/forms/d/x/viewform',
  };
  function validation() {
    const v = {};
    const rule = (name) => (...args) => { v.rule = [name, ...args]; return builder; };
    const builder = {
      setHelpText(h) { v.help = h; return builder; },
      requireNumber: rule('number'),
      requireNumberBetween: rule('between'),
      requireNumberGreaterThanOrEqualTo: rule('atLeast'),
      requireNumberLessThanOrEqualTo: rule('atMost'),
      requireTextMatchesPattern: rule('pattern'),
      build: () => v,
    };
    return builder;
  }
  const FormApp = {
    create(title) { form.title = title; return form; },
    createTextValidation: validation,
    PageNavigationType: { SUBMIT: 'SUBMIT', CONTINUE: 'CONTINUE', RESTART: 'RESTART', GO_TO_PAGE: 'GO_TO_PAGE' },
  };
  return { FormApp, form, items };
}

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

function expectedKind(q) {
  switch (q.type) {
    case 'likert': return !q.allow_na && q.scale.points >= 3 && q.scale.points <= 10 ? 'scale' : 'multipleChoice';
    case 'choice': case 'boolean': return 'multipleChoice';
    case 'multi_choice': return 'checkbox';
    case 'number': return 'text';
    default: return 'paragraph';
  }
}

// Labels a respondent sees, and the answer value each one means.
function choicesOf(q) {
  const list = q.type === 'likert' ? q.scale.labels.map((l, i) => [l, i + 1])
    : q.type === 'boolean' ? [['Yes', true], ['No', false]]
    : q.options.map((o) => [o.label, o.value]);
  return q.allow_na ? list.concat([['Not applicable', 'na']]) : list;
}

function readsOnly(cond, id) {
  if (cond.all || cond.any) return (cond.all || cond.any).every((c) => readsOnly(c, id));
  return cond.question === id;
}

function checkForm(label, questionnaire, script) {
  const { FormApp, form, items } = formAppStandIn();
  const logged = [];
  vm.runInNewContext(script + '\ncreateForm();', { FormApp, Logger: { log: (m) => logged.push(m) } });
  check(form.title === oneLine(questionnaire.title), `${label}: form title "${form.title}"`);
  check(logged.some((m) => m.includes('/edit')), `${label}: the editor URL is not logged`);
  const questions = items.filter((it) => it.kind !== 'pageBreak');
  check(questions.length === questionnaire.questions.length, `${label}: ${questions.length} items`);
  const byId = {};
  questionnaire.questions.forEach((q, i) => {
    const it = questions[i];
    if (!it) return;
    byId[q.id] = it;
    const where = `${label}: ${q.id}`;
    check(it.kind === expectedKind(q), `${where}: ${it.kind}, expected ${expectedKind(q)}`);
    check(it.title === oneLine(q.text), `${where}: title "${it.title}"`);
    check(it.required === (q.required !== false), `${where}: required ${it.required}`);
    if (it.kind === 'multipleChoice' || it.kind === 'checkbox') {
      const labels = (it.choices || []).map((c) => c.value);
      check(JSON.stringify(labels) === JSON.stringify(choicesOf(q).map((c) => c[0])),
            `${where}: choices ${JSON.stringify(labels)}`);
    }
    if (it.kind === 'scale') {
      check(JSON.stringify(it.bounds) === JSON.stringify([1, q.scale.points]), `${where}: bounds ${it.bounds}`);
      check(JSON.stringify(it.labels) === JSON.stringify([q.scale.labels[0], q.scale.labels.at(-1)]),
            `${where}: labels ${it.labels}`);
    }
    if (q.type === 'number') {
      const rule = it.validation && it.validation.rule;
      check(rule && (q.allow_na ? rule[0] === 'pattern' && new RegExp(rule[1]).test('N/A') && new RegExp(rule[1]).test('12')
                                : rule[0] !== 'pattern'), `${where}: validation ${JSON.stringify(rule)}`);
      if (q.allow_na) check(rule && !new RegExp(rule[1]).test('twelve'), `${where}: the pattern takes words`);
    }
  });
  // Navigation: each "go to section" choice skips only questions its answer disables.
  let branched = new Set();
  questionnaire.questions.forEach((q, i) => {
    const it = questions[i];
    if (!it || !it.choices || !it.choices.some((c) => c.navigation !== null)) return;
    const meaning = Object.fromEntries(choicesOf(q));
    for (const choice of it.choices) {
      const where = `${label}: ${q.id}: choice "${choice.value}"`;
      check(choice.navigation === 'SUBMIT' || (choice.navigation && choice.navigation.kind === 'pageBreak'),
            `${where}: navigates to ${JSON.stringify(choice.navigation)}`);
      const target = choice.navigation === 'SUBMIT' ? items.length : items.indexOf(choice.navigation);
      check(target > items.indexOf(it), `${where}: jumps backwards`);
      const landing = items.slice(target).find((x) => x.kind !== 'pageBreak');
      const landingIndex = landing ? questions.indexOf(landing) : questionnaire.questions.length;
      const answers = { [q.id]: meaning[choice.value] };
      const enabled = {};
      for (let j = i + 1; j < landingIndex; j++) {
        const skipped = questionnaire.questions[j];
        check(skipped.enable_when && readsOnly(skipped.enable_when, q.id) && !evaluate(skipped.enable_when, answers, enabled),
              `${where}: skips ${skipped.id}, which that answer does not disable`);
      }
      const shown = questionnaire.questions[landingIndex];
      if (shown && shown.enable_when && readsOnly(shown.enable_when, q.id)) {
        check(evaluate(shown.enable_when, answers, enabled), `${where}: shows ${shown.id}, which that answer disables`);
        branched.add(shown.id);
      }
      for (let j = i + 1; j < landingIndex; j++) branched.add(questionnaire.questions[j].id);
    }
  });
  // A condition the sections do not express is stated in the help text instead.
  for (const q of questionnaire.questions.filter((x) => x.enable_when)) {
    const it = byId[q.id];
    if (!it) continue;
    check(branched.has(q.id) !== it.help.includes('Answer only if'),
          `${label}: ${q.id}: branched ${branched.has(q.id)} but help "${it.help}"`);
  }
  return branched.size;
}

const [bin, ...files] = process.argv.slice(2);
if (!bin || files.length === 0) {
  console.error('usage: node apps_script_test.js SALESAUDIT_BIN QUESTIONNAIRE.json...');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesaudit-gs-'));
let branches = 0;
try {
  for (const file of files) {
    const questionnaire = JSON.parse(fs.readFileSync(file, 'utf8'));
    const script = execFileSync(bin, ['export', file, '--to', 'google-forms'], { encoding: 'utf8' });
    const saved = path.join(dir, path.basename(file) + '.js');
    fs.writeFileSync(saved, script);
    try {
      execFileSync(process.execPath, ['--check', saved], { stdio: 'pipe' });
    } catch (e) {
      check(false, `${file}: node --check: ${e.stderr}`);
      continue;
    }
    branches += checkForm(file, questionnaire, script);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
check(branches > 0, 'no questionnaire exercised a section branch');
if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log(`google-forms: ${files.length} script(s) parse and build the expected items (${branches} branched)`);
