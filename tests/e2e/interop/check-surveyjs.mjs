// Loads coform's SurveyJS exports in survey-core itself and checks them against their coform
// definitions.
//
// usage: node tests/e2e/interop/check-surveyjs.mjs COFORM.json SURVEYJS.json [COFORM.json SURVEYJS.json ...]
//
// For each pair it fails (exit 1) when survey-core reports a JSON error (an unknown property
// or type), or when the loaded survey differs from the coform definition in: the question
// names in order (sections are panels, not questions), each question's choice values (Likert
// grid columns and rows), exclusive options, required flags, rating bounds, the languages
// (getUsedLocales, where SurveyJS reports its `default` texts as English), the survey locale,
// an expression survey-core cannot parse, or a note whose HTML would render markup.
import { readFileSync } from "node:fs";
import { ConditionsParser, Model } from "survey-core";

const pairs = process.argv.slice(2);
if (pairs.length === 0 || pairs.length % 2 !== 0) {
  console.error("usage: check-surveyjs.mjs COFORM.json SURVEYJS.json [...]");
  process.exit(2);
}

let failed = 0;
let passed = 0;
for (let i = 0; i < pairs.length; i += 2) {
  const problems = check(pairs[i], pairs[i + 1]);
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok ${pairs[i + 1]}`);
  } else {
    failed += 1;
    console.log(`FAIL ${pairs[i + 1]}`);
    for (const problem of problems) console.log(`  ${problem}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function check(coformPath, surveyjsPath) {
  const problems = [];
  const coform = JSON.parse(readFileSync(coformPath, "utf8"));
  const json = JSON.parse(readFileSync(surveyjsPath, "utf8"));
  let survey;
  try {
    survey = new Model(json);
  } catch (error) {
    return [`survey-core could not load it: ${error}`];
  }
  for (const error of survey.jsonErrors ?? []) problems.push(`JSON error: ${error.message}`);

  const lists = new Map((coform.choiceLists ?? []).map((list) => [list.id, list.options]));
  const items = [];
  const walk = (list) => {
    for (const item of list) {
      if (item.type === "section") walk(item.items ?? []);
      else items.push(item);
    }
  };
  for (const page of coform.pages) walk(page.items);

  const questions = survey.getAllQuestions(false, false, true);
  const names = questions.map((q) => q.name);
  const expected = items.map((item) => item.id);
  if (JSON.stringify(names) !== JSON.stringify(expected)) {
    problems.push(`questions ${JSON.stringify(names)}, expected ${JSON.stringify(expected)}`);
  }

  for (const item of items) {
    const question = survey.getQuestionByName(item.id);
    if (!question) continue;
    const options = item.choices ? lists.get(item.choices) ?? [] : [];
    const codes = options.map((option) => option.code);
    const values = (list) => (list ?? []).map((choice) => String(choice.value));
    const same = (what, actual, wanted) => {
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
        problems.push(`${item.id}: ${what} ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
      }
    };
    if (item.type === "likertGrid") {
      same("columns", values(question.columns), codes);
      same("rows", values(question.rows), (item.rows ?? []).map((row) => row.id));
    } else if (item.choices) {
      same("choices", values(question.choices), codes);
    }
    if (item.type === "multipleChoice") {
      same(
        "exclusive options",
        question.choices.filter((choice) => choice.isExclusive).map((choice) => String(choice.value)),
        options.filter((option) => option.exclusive).map((option) => option.code),
      );
    }
    if (item.type === "rating" && item.scale) {
      same(
        "rating points",
        question.visibleRateValues.map((value) => value.value),
        Array.from({ length: item.scale.max - item.scale.min + 1 }, (_, n) => item.scale.min + n),
      );
    }
    same("required", question.isRequired, item.required === true);
    if (question.getType() === "html") {
      const html = question.processedHtml.replaceAll("<br>", "");
      if (/[<>]/.test(html)) problems.push(`${item.id}: the note's HTML renders markup: ${html}`);
    }
  }

  // SurveyJS reports its default texts as English; a non-English source is written both as
  // the default and under its own tag.
  const languages = new Set(coform.languages.map((language) => language.tag));
  if (coform.sourceLanguage !== "en") languages.add("en");
  const used = [...new Set(survey.getUsedLocales())].sort();
  const wanted = [...languages].sort();
  if (JSON.stringify(used) !== JSON.stringify(wanted)) {
    problems.push(`locales ${JSON.stringify(used)}, expected ${JSON.stringify(wanted)}`);
  }
  const locale = coform.sourceLanguage === "en" ? "" : coform.sourceLanguage;
  if (survey.locale !== locale) problems.push(`locale ${JSON.stringify(survey.locale)}, expected ${JSON.stringify(locale)}`);

  const parser = new ConditionsParser();
  const expressions = [];
  for (const page of survey.pages) expressions.push([page.name, page.visibleIf]);
  for (const panel of survey.getAllPanels()) expressions.push([panel.name, panel.visibleIf]);
  for (const question of questions) {
    expressions.push([question.name, question.visibleIf], [question.name, question.requiredIf]);
  }
  for (const [name, expression] of expressions) {
    if (expression && !parser.parseExpression(expression)) {
      problems.push(`${name}: survey-core cannot parse ${JSON.stringify(expression)}`);
    }
  }
  return problems;
}
