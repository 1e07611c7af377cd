#!/usr/bin/env python3
"""Writes the benchmark surveys (coform JSON, format 4) that every benchmark opens.

    python3 bench/survey.py OUT_DIR

writes two files, byte-identical from run to run:

- `respondent-500.coform.json`: 500 items on one page, cycling through a required whole
  number (0-10), a 5-option single choice, a 5-option multiple choice shown only when the
  number just before it is above 2, and a long text; English and Spanish. The respondent
  benchmarks render it in Spanish.
- `builder-1000x8.coform.json`: the same cycle, 1000 items on 20 pages of 50, in eight
  languages (en, es, ar, zh-Hans, vi, ht, so, fr), with an audience variable
  (respondent = self | parent) and plural variants: every number question's text selects
  on the audience, and every long text's hint selects on the plural category of the number
  piped into it. For the builder and core figures.
"""
import json
import sys
from pathlib import Path

LANGUAGES_8 = ["en", "es", "ar", "zh-Hans", "vi", "ht", "so", "fr"]
RTL = {"ar"}

# Words per language; the benchmark measures size and speed, not wording, but each language
# gets its own text so that nothing is shared by accident.
WORDS = {
    "en": ("How many days in the past week did you feel well", "Option", "Choose all that apply",
           "Tell us more", "Question", "your child", "you", "day", "days"),
    "es": ("Cuántos días de la semana pasada se sintió bien", "Opción", "Elija todas las que correspondan",
           "Cuéntenos más", "Pregunta", "su hijo", "usted", "día", "días"),
    "ar": ("كم يومًا في الأسبوع الماضي شعرت بأنك بخير", "خيار", "اختر كل ما ينطبق",
           "أخبرنا بالمزيد", "سؤال", "طفلك", "أنت", "يوم", "أيام"),
    "zh-Hans": ("过去一周您有几天感觉良好", "选项", "选择所有适用项", "请告诉我们更多", "问题",
                "您的孩子", "您", "天", "天"),
    "vi": ("Tuần qua bạn cảm thấy khỏe bao nhiêu ngày", "Lựa chọn", "Chọn tất cả các câu đúng",
           "Hãy cho chúng tôi biết thêm", "Câu hỏi", "con bạn", "bạn", "ngày", "ngày"),
    "ht": ("Konbyen jou semèn pase a ou te santi ou byen", "Opsyon", "Chwazi tout sa ki aplike",
           "Di nou plis", "Kesyon", "pitit ou", "ou", "jou", "jou"),
    "so": ("Immisa maalmood ayaad toddobaadkii hore dareentay caafimaad", "Doorasho",
           "Dooro dhammaan kuwa khuseeya", "Noo sheeg wax dheeraad ah", "Su'aal", "ilmahaaga",
           "adiga", "maalin", "maalmood"),
    "fr": ("Combien de jours la semaine dernière vous êtes-vous senti bien", "Option",
           "Choisissez toutes les réponses qui conviennent", "Dites-nous en plus", "Question",
           "votre enfant", "vous", "jour", "jours"),
}


def text(languages, make):
    return {lang: make(lang, WORDS[lang]) for lang in languages}


def audience_text(n):
    """A select on the audience variable: the wording adapts to who answers."""
    def make(lang, w):
        return (f"{{ $respondent ->\n    [parent] {w[0]} ({w[5]}) {n}?\n"
                f"   *[self] {w[0]} ({w[6]}) {n}?\n}}")
    return make


def plural_hint(number_id):
    """A select on the plural category of the number piped into it."""
    def make(lang, w):
        return (f"{{ ${number_id} ->\n    [one] {w[3]}: {{ ${number_id} }} {w[7]}\n"
                f"   *[other] {w[3]}: {{ ${number_id} }} {w[8]}\n}}")
    return make


def items(count, languages, variants, start=1):
    out = []
    for n in range(start, start + count):
        kind = (n - 1) % 4
        item_id = f"q{n}"
        if kind == 0:
            item = {
                "id": item_id,
                "type": "integer",
                "text": text(languages, audience_text(n) if variants
                             else lambda lang, w, n=n: f"{w[0]} {n}?"),
                "required": True,
                "validation": [{
                    "check": {"range": {"min": 0, "max": 10}},
                    "message": text(languages, lambda lang, w: f"0-10 ({w[4]})"),
                }],
            }
        elif kind == 1:
            item = {
                "id": item_id,
                "type": "singleChoice",
                "text": text(languages, lambda lang, w, n=n: f"{w[4]} {n}: {w[1]}?"),
                "choices": "five",
            }
        elif kind == 2:
            item = {
                "id": item_id,
                "type": "multipleChoice",
                "text": text(languages, lambda lang, w, n=n: f"{w[4]} {n}: {w[2]}"),
                "choices": "five",
                "showIf": {"compare": {"item": f"q{n - 2}", "op": "greaterThan", "value": 2}},
            }
        else:
            item = {
                "id": item_id,
                "type": "longText",
                "text": text(languages, lambda lang, w, n=n: f"{w[4]} {n}: {w[3]}"),
            }
            if variants:
                item["hint"] = text(languages, plural_hint(f"q{n - 3}"))
        out.append(item)
    return out


def survey(survey_id, count, languages, pages, variants):
    per_page = count // pages
    document = {
        "format": "coform.survey",
        "formatVersion": 4,
        "metadata": {
            "id": survey_id,
            "title": text(languages, lambda lang, w: f"{w[4]} ({count})"),
            "version": "1.0.0",
            "status": "draft",
        },
        "sourceLanguage": "en",
        "languages": [
            {"tag": lang, "direction": "rtl" if lang in RTL else "ltr",
             **({} if lang == "en" else {"fallback": ["en"]})}
            for lang in languages
        ],
    }
    if variants:
        document["audience"] = [{
            "id": "respondent",
            "question": text(languages, lambda lang, w: f"{w[4]}: {w[6]} / {w[5]}"),
            "values": [
                {"value": "self", "label": text(languages, lambda lang, w: w[6])},
                {"value": "parent", "label": text(languages, lambda lang, w: w[5])},
            ],
            "default": "self",
        }]
    document["choiceLists"] = [{
        "id": "five",
        "options": [
            {"code": f"o{k}", "label": text(languages, lambda lang, w, k=k: f"{w[1]} {k}")}
            for k in range(1, 6)
        ],
    }]
    document["pages"] = [
        {
            "id": f"page_{p + 1}",
            "title": text(languages, lambda lang, w, p=p: f"{w[4]} {p + 1}"),
            "items": items(per_page, languages, variants, start=p * per_page + 1),
        }
        for p in range(pages)
    ]
    return document


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: bench/survey.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    surveys = {
        "respondent-500.coform.json": survey("bench-respondent-500", 500, ["en", "es"], 1, False),
        "builder-1000x8.coform.json": survey("bench-builder-1000", 1000, LANGUAGES_8, 20, True),
    }
    for name, document in surveys.items():
        (out / name).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                                encoding="utf-8")
        print(f"[bench] wrote {out / name}")


if __name__ == "__main__":
    main()
