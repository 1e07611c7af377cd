#!/usr/bin/env python3
"""Writes two established screening instruments as interop fixtures, then checks them.

Usage: python tests/interop/instruments.py  (run from anywhere; needs pyxform and fhir.resources,
pinned in tests/interop/requirements.txt)

Holds the content of two instruments as data (English source, Spanish translation, LOINC codes)
and writes, into tests/fixtures/instruments/:

- phq9.questionnaire.json, phq9.xlsx: the PHQ-9 (LOINC panel 44249-1);
- ahc-hrsn.questionnaire.json, ahc-hrsn.xlsx: the core questions of the CMS Accountable Health
  Communities Health-Related Social Needs screening tool (LOINC panel 96777-8).

Each .questionnaire.json is a FHIR R4 Questionnaire and each .xlsx an XLSForm, both written
exactly to coform's conventions (translations in the standard translation extension and in
`label::<Name> (<tag>)` columns, terminology codes in `code` and in `code`/`system`/`score`
columns, one page). After writing, the script checks every file with the real tools:
fhir.resources (R4B models, which R4 Questionnaires parse against) and pyxform's converter, which
must raise no warning. It also writes everything twice in memory and compares the bytes, since
the fixtures must be reproducible. Exits 1 when any check fails.

Where the codes come from (all looked up in public material, none made up):
- PHQ-9 panel, items and the answer list LL358-3 (LA6568-5 ... LA6571-9, scores 0-3): loinc.org
  (LL358-3), the HL7 US Core example Questionnaire phq-9-example and the LHC-Forms export of
  44249-1; the difficulty question 69722-7 with the answer list LL359-1 (LA6572-7 Not difficult
  at all, LA6573-5 Somewhat difficult, LA6575-0 Very difficult, LA6574-3 Extremely difficult,
  unscored): loinc.org (LL359-1).
- AHC HRSN panel 96777-8 and its core items 71802-3, 96778-6, 88122-7, 88123-5, 93030-5,
  96779-4, 95618-5, 95617-7, 95616-9, 95615-1 with the answer lists LL5876-9, LL5877-7, LL5586-4,
  LL361-7, LL5878-5 and LL5622-7 (HITS frequency, scored 1-5): loinc.org (71802-3 and 88122-7 as
  members of 96777-8), the New York SHIN-NY HRSN FHIR implementation guide (which tabulates every
  CMS core question with its LOINC question and answer codes and the 1-5 safety scores) and the
  schematron of a C-CDA implementation guide for the AHC tool (LOINC names and answer lists).
  The code displays below are LOINC's names as those sources give them.

Left out on purpose, because they are calculations, not questions: the PHQ-9 total score
(LOINC 44261-6) and the AHC total safety score (LOINC 95614-4, the sum of the four safety items).

Spanish: PHQ-9 answer labels follow the widely used Spanish version ("Ningún día", "Varios días",
"Más de la mitad de los días", "Casi todos los días"); the item wording is our own, modelled on
that version, not a verbatim copy. The AHC Spanish is our own translation (no official CMS Spanish
text was found to check against); the food answers follow a published Spanish Hunger Vital Sign
Questionnaire ("A menudo es cierto", "A veces es cierto", "Nunca es cierto").
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

LOINC = "http://loinc.org"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"

# Survey languages in order: (BCP-47 tag, XLSForm language name). The first is the source.
LANGUAGES = [("en", "English (en)"), ("es", "Español (es)")]
SOURCE = LANGUAGES[0][0]

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "instruments"

# Fixed workbook timestamps, so that re-running gives the same .xlsx bytes.
FIXED_TIME = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# coform's option codes (validate::is_valid_code): letters, digits, _ and -, up to 64.
OPTION_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def option(code, en, es, score=None, exclusive=False):
    """One answer option: its LOINC answer code, labels, score (None when unscored), and
    whether choosing it clears the others ("none of the above"; FHIR only: XLSForm has no
    way to say so)."""
    return {"code": code, "label": {"en": en, "es": es}, "score": score, "exclusive": exclusive}


# ---------------------------------------------------------------------------------------------
# PHQ-9
# ---------------------------------------------------------------------------------------------

PHQ9_FREQUENCY = [  # LOINC answer list LL358-3 (scores from LOINC)
    option("LA6568-5", "Not at all", "Ningún día", 0),
    option("LA6569-3", "Several days", "Varios días", 1),
    option("LA6570-1", "More than half the days", "Más de la mitad de los días", 2),
    option("LA6571-9", "Nearly every day", "Casi todos los días", 3),
]

PHQ9_DIFFICULTY = [  # LOINC answer list LL359-1 (LOINC gives no scores)
    option("LA6572-7", "Not difficult at all", "Nada difícil"),
    option("LA6573-5", "Somewhat difficult", "Algo difícil"),
    option("LA6575-0", "Very difficult", "Muy difícil"),
    option("LA6574-3", "Extremely difficult", "Extremadamente difícil"),
]

# (item id, LOINC code, LOINC display, English, Spanish). Displays are LOINC's names as loinc.org
# (LL358-3) lists them; for 44250-9 and 44255-8, which that page does not list, the names the HL7
# US Core example Questionnaire gives (without the "[Reported.PHQ]" suffix).
# The total score (LOINC 44261-6) is left out: it is a calculation over the nine items, not a
# question.
PHQ9_ITEMS = [
    (
        "phq9_1",
        "44250-9",
        "Little interest or pleasure in doing things in last 2 weeks",
        "Little interest or pleasure in doing things",
        "Poco interés o placer en hacer las cosas",
    ),
    (
        "phq9_2",
        "44255-8",
        "Feeling down, depressed, or hopeless in last 2 weeks",
        "Feeling down, depressed, or hopeless",
        "Se ha sentido decaído(a), deprimido(a) o sin esperanza",
    ),
    (
        "phq9_3",
        "44259-0",
        "Trouble falling or staying asleep, or sleeping too much in last 2 weeks [Reported.PHQ]",
        "Trouble falling or staying asleep, or sleeping too much",
        "Le ha costado quedarse dormido(a) o seguir durmiendo, o ha dormido demasiado",
    ),
    (
        "phq9_4",
        "44254-1",
        "Feeling tired or having little energy in last 2 weeks [Reported.PHQ]",
        "Feeling tired or having little energy",
        "Se ha sentido cansado(a) o con poca energía",
    ),
    (
        "phq9_5",
        "44251-7",
        "Poor appetite or overeating in last 2 weeks [Reported.PHQ]",
        "Poor appetite or overeating",
        "Ha tenido poco apetito o ha comido en exceso",
    ),
    (
        "phq9_6",
        "44258-2",
        "Feeling bad about yourself - or that you are a failure or have let yourself or your "
        "family down in last 2 weeks [Reported.PHQ]",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Se ha sentido mal consigo mismo(a), o que es un fracaso o que les ha fallado a usted "
        "mismo(a) o a su familia",
    ),
    (
        "phq9_7",
        "44252-5",
        "Trouble concentrating on things, such as reading the newspaper or watching television "
        "in last 2 weeks [Reported.PHQ]",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Le ha costado concentrarse en las cosas, como leer el periódico o ver la televisión",
    ),
    (
        "phq9_8",
        "44253-3",
        "Moving or speaking so slowly that other people could have noticed. Or the opposite - "
        "being so fidgety or restless that you have been moving around a lot more than usual in "
        "last 2 weeks [Reported.PHQ]",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Se ha movido o ha hablado tan despacio que otras personas podrían haberlo notado, o lo "
        "contrario: ha estado tan inquieto(a) o intranquilo(a) que se ha movido mucho más de lo "
        "normal",
    ),
    (
        "phq9_9",
        "44260-8",
        "Thoughts that you would be better off dead, or of hurting yourself in some way in last "
        "2 weeks [Reported.PHQ]",
        "Thoughts that you would be better off dead, or of hurting yourself in some way",
        "Ha pensado que estaría mejor muerto(a) o en hacerse daño de alguna manera",
    ),
]

PHQ9 = {
    "id": "phq9",
    "version": "1.0.0",
    "title": {
        "en": "Patient Health Questionnaire (PHQ-9)",
        "es": "Cuestionario sobre la salud del paciente (PHQ-9)",
    },
    "codes": [(LOINC, "44249-1", "PHQ-9 quick depression assessment panel [Reported.PHQ]")],
    "lists": {"phq9_frequency": PHQ9_FREQUENCY, "phq9_difficulty": PHQ9_DIFFICULTY},
    "page": {
        "id": "phq9_page",
        "title": {
            "en": "Over the last 2 weeks, how often have you been bothered by any of the "
            "following problems?",
            "es": "Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los "
            "siguientes problemas?",
        },
    },
    "items": [
        {
            "id": item_id,
            "multiple": False,
            "list": "phq9_frequency",
            "codes": [(LOINC, code, display)],
            "text": {"en": en, "es": es},
        }
        for item_id, code, display, en, es in PHQ9_ITEMS
    ]
    + [
        {
            "id": "phq9_10",
            "multiple": False,
            "list": "phq9_difficulty",
            "codes": [
                (
                    LOINC,
                    "69722-7",
                    "How difficult have these made it for you to do your work, take care of "
                    "things at home, or get along with other people [Reported.PHQ]",
                )
            ],
            "text": {
                "en": "If you checked off any problems, how difficult have these problems made "
                "it for you to do your work, take care of things at home, or get along with "
                "other people?",
                "es": "Si marcó alguno de los problemas, ¿qué tan difícil le ha resultado, por "
                "estos problemas, hacer su trabajo, ocuparse de las cosas de la casa o llevarse "
                "bien con otras personas?",
            },
            # Shown when any of the nine items is answered with other than "Not at all". Written
            # as "= one of the three other answers" rather than "!= Not at all": FHIR R4 defines
            # `!=` as true for an unanswered question (and XPath's '' != 'x' is true), while
            # coform treats a comparison with an unanswered question as false; `=` means the same
            # in all three, and stays one flat list joined by "any".
            "show_if_any": [
                (item_id, answer["code"])
                for item_id, *_ in PHQ9_ITEMS
                for answer in PHQ9_FREQUENCY
                if answer["score"] != 0
            ],
        }
    ],
}

# ---------------------------------------------------------------------------------------------
# AHC HRSN (core questions)
# ---------------------------------------------------------------------------------------------

AHC_LIVING = [  # LOINC answer list LL5876-9
    option(
        "LA31993-1",
        "I have a steady place to live",
        "Tengo un lugar estable donde vivir",
    ),
    option(
        "LA31994-9",
        "I have a place to live today, but I am worried about losing it in the future",
        "Hoy tengo un lugar donde vivir, pero me preocupa perderlo en el futuro",
    ),
    option(
        "LA31995-6",
        "I do not have a steady place to live (I am temporarily staying with others, in a hotel, "
        "in a shelter, living outside on the street, on a beach, in a car, abandoned building, "
        "bus or train station, or in a park)",
        "No tengo un lugar estable donde vivir (me estoy quedando temporalmente con otras "
        "personas, en un hotel o en un albergue, o vivo en la calle, en una playa, en un carro, "
        "en un edificio abandonado, en una estación de autobús o de tren, o en un parque)",
    ),
]

AHC_HOUSING_PROBLEMS = [  # LOINC answer list LL5877-7; LA9-3 is the exclusive "none"
    option(
        "LA31996-4",
        "Pests such as bugs, ants, or mice",
        "Plagas, como insectos, hormigas o ratones",
    ),
    option("LA28580-1", "Mold", "Moho"),
    option("LA31997-2", "Lead paint or pipes", "Pintura o tuberías con plomo"),
    option("LA31998-0", "Lack of heat", "Falta de calefacción"),
    option("LA31999-8", "Oven or stove not working", "El horno o la estufa no funcionan"),
    option(
        "LA32000-4",
        "Smoke detectors missing or not working",
        "No hay detectores de humo o no funcionan",
    ),
    option("LA32001-2", "Water leaks", "Goteras o fugas de agua"),
    option("LA9-3", "None of the above", "Ninguna de las anteriores", exclusive=True),
]

AHC_FOOD = [  # LOINC answer list LL5586-4 without its "Don't know/refused", as the CMS tool asks
    option("LA28397-0", "Often true", "A menudo es cierto"),
    option("LA6729-3", "Sometimes true", "A veces es cierto"),
    option("LA28398-8", "Never true", "Nunca es cierto"),
]

AHC_YES_NO = [  # LOINC answer list LL361-7
    option("LA33-6", "Yes", "Sí"),
    option("LA32-8", "No", "No"),
]

AHC_UTILITIES = [  # LOINC answer list LL5878-5
    option("LA33-6", "Yes", "Sí"),
    option("LA32-8", "No", "No"),
    option("LA32002-0", "Already shut off", "Ya me cortaron el servicio"),
]

# LOINC answer list LL5622-7 (HITS), scored 1-5 by the CMS tool. The total safety score (LOINC
# 95614-4, the sum of the four safety items) is left out: it is a calculation, not a question.
AHC_SAFETY_FREQUENCY = [
    option("LA6270-8", "Never", "Nunca", 1),
    option("LA10066-1", "Rarely", "Rara vez", 2),
    option("LA10082-8", "Sometimes", "A veces", 3),
    option("LA16644-9", "Fairly often", "Con bastante frecuencia", 4),
    option("LA6482-9", "Frequently", "Con mucha frecuencia", 5),
]


def ahc_item(item_id, answer_list, code, display, en, es, multiple=False, hint=None):
    item = {
        "id": item_id,
        "multiple": multiple,
        "list": answer_list,
        "codes": [(LOINC, code, display)],
        "text": {"en": en, "es": es},
    }
    if hint:
        item["hint"] = hint
    return item


AHC_HRSN = {
    "id": "ahc-hrsn",
    "version": "1.0.0",
    "title": {
        "en": "Accountable Health Communities Health-Related Social Needs Screening Tool",
        "es": "Herramienta de detección de necesidades sociales relacionadas con la salud "
        "(Accountable Health Communities)",
    },
    "codes": [
        (
            LOINC,
            "96777-8",
            "Accountable health communities (AHC) health-related social needs screening (HRSN) "
            "tool",
        )
    ],
    "lists": {
        "living_situation": AHC_LIVING,
        "housing_problems": AHC_HOUSING_PROBLEMS,
        "food_often_never": AHC_FOOD,
        "yes_no": AHC_YES_NO,
        "utility_shutoff": AHC_UTILITIES,
        "safety_frequency": AHC_SAFETY_FREQUENCY,
    },
    "page": {
        "id": "ahc_page",
        "title": {"en": "Core questions", "es": "Preguntas principales"},
    },
    "items": [
        ahc_item(
            "ahc_living",
            "living_situation",
            "71802-3",
            "Housing status",
            "What is your living situation today?",
            "¿Cuál es su situación de vivienda hoy?",
        ),
        ahc_item(
            "ahc_housing_problems",
            "housing_problems",
            "96778-6",
            "Problems with place where you live",
            "Think about the place you live. Do you have problems with any of the following?",
            "Piense en el lugar donde vive. ¿Tiene problemas con alguna de las siguientes cosas?",
            multiple=True,
            hint={
                "en": "Choose all that apply.",
                "es": "Marque todas las opciones que correspondan.",
            },
        ),
        ahc_item(
            "ahc_food_1",
            "food_often_never",
            "88122-7",
            "Within the past 12 months we worried whether our food would run out before we got "
            "money to buy more [U.S. FSS]",
            "Within the past 12 months, you worried that your food would run out before you got "
            "money to buy more.",
            "En los últimos 12 meses, le preocupó que la comida se le acabara antes de tener "
            "dinero para comprar más.",
        ),
        ahc_item(
            "ahc_food_2",
            "food_often_never",
            "88123-5",
            "Within the past 12 months the food we bought just didn't last and we didn't have "
            "money to get more [U.S. FSS]",
            "Within the past 12 months, the food you bought just didn't last and you didn't have "
            "money to get more.",
            "En los últimos 12 meses, la comida que compró no le alcanzó y no tenía dinero para "
            "comprar más.",
        ),
        ahc_item(
            "ahc_transportation",
            "yes_no",
            "93030-5",
            "Has lack of transportation kept you from medical appointments, meetings, work, or "
            "from getting things needed for daily living",
            "In the past 12 months, has lack of reliable transportation kept you from medical "
            "appointments, meetings, work or from getting things needed for daily living?",
            "En los últimos 12 meses, ¿la falta de transporte confiable le ha impedido ir a citas "
            "médicas, a reuniones o al trabajo, o conseguir lo que necesita para la vida diaria?",
        ),
        ahc_item(
            "ahc_utilities",
            "utility_shutoff",
            "96779-4",
            "Has the electric, gas, oil, or water company threatened to shut off services in "
            "your home in past 12 months",
            "In the past 12 months has the electric, gas, oil, or water company threatened to "
            "shut off services in your home?",
            "En los últimos 12 meses, ¿la compañía de electricidad, gas, combustible para "
            "calefacción o agua ha amenazado con cortarle el servicio en su casa?",
        ),
        ahc_item(
            "ahc_safety_1",
            "safety_frequency",
            "95618-5",
            "Physically hurt you [HITS]",
            "How often does anyone, including family and friends, physically hurt you?",
            "¿Con qué frecuencia alguien, incluidos familiares y amigos, le hace daño físico?",
            # The CMS tool's lead-in to the four safety questions.
            hint={
                "en": "Because violence and abuse happens to a lot of people and affects their "
                "health we are asking the following questions.",
                "es": "Como la violencia y el maltrato les ocurren a muchas personas y afectan su "
                "salud, le hacemos las siguientes preguntas.",
            },
        ),
        ahc_item(
            "ahc_safety_2",
            "safety_frequency",
            "95617-7",
            "Insult you or talk down to you [HITS]",
            "How often does anyone, including family and friends, insult or talk down to you?",
            "¿Con qué frecuencia alguien, incluidos familiares y amigos, le insulta o le habla "
            "con desprecio?",
        ),
        ahc_item(
            "ahc_safety_3",
            "safety_frequency",
            "95616-9",
            "Threaten you with physical harm [HITS]",
            "How often does anyone, including family and friends, threaten you with harm?",
            "¿Con qué frecuencia alguien, incluidos familiares y amigos, le amenaza con hacerle "
            "daño?",
        ),
        ahc_item(
            "ahc_safety_4",
            "safety_frequency",
            "95615-1",
            "Scream or curse at you [HITS]",
            "How often does anyone, including family and friends, scream or curse at you?",
            "¿Con qué frecuencia alguien, incluidos familiares y amigos, le grita o le dice "
            "malas palabras?",
        ),
    ],
}

INSTRUMENTS = [PHQ9, AHC_HRSN]


# ---------------------------------------------------------------------------------------------
# FHIR R4 Questionnaire
# ---------------------------------------------------------------------------------------------


def translations(text):
    """The `_field` element holding one translation extension per non-source language."""
    return {
        "extension": [
            {
                "url": TRANSLATION,
                "extension": [
                    {"url": "lang", "valueCode": tag},
                    {"url": "content", "valueString": text[tag]},
                ],
            }
            for tag, _ in LANGUAGES[1:]
        ]
    }


def item_control(code, display):
    return {
        "url": ITEM_CONTROL,
        "valueCodeableConcept": {
            "coding": [{"system": ITEM_CONTROL_SYSTEM, "code": code, "display": display}]
        },
    }


def codings(codes):
    return [{"system": system, "code": code, "display": display} for system, code, display in codes]


def fhir_name(survey_id):
    """A computable name from the id: its words capitalised and joined (`ahc-hrsn` -> `AhcHrsn`)."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", survey_id))


def fhir_option(answer):
    coding = {}
    if answer["score"] is not None:
        coding["extension"] = [{"url": ORDINAL_VALUE, "valueDecimal": answer["score"]}]
    coding.update(
        {
            "system": LOINC,
            "code": answer["code"],
            "display": answer["label"][SOURCE],
            "_display": translations(answer["label"]),
        }
    )
    if answer["exclusive"]:
        return {
            "extension": [{"url": OPTION_EXCLUSIVE, "valueBoolean": True}],
            "valueCoding": coding,
        }
    return {"valueCoding": coding}


def fhir_item(survey, item):
    out = {
        "linkId": item["id"],
        "code": codings(item["codes"]),
        "text": item["text"][SOURCE],
        "_text": translations(item["text"]),
        "type": "choice",
    }
    if "show_if_any" in item:
        out["enableWhen"] = [
            {"question": question, "operator": "=", "answerCoding": {"system": LOINC, "code": code}}
            for question, code in item["show_if_any"]
        ]
        out["enableBehavior"] = "any"
    out["required"] = True
    if item["multiple"]:
        out["repeats"] = True
    out["answerOption"] = [fhir_option(answer) for answer in survey["lists"][item["list"]]]
    if "hint" in item:
        out["item"] = [
            {
                "extension": [item_control("help", "Help-Button")],
                "linkId": f"{item['id']}-help",
                "text": item["hint"][SOURCE],
                "_text": translations(item["hint"]),
                "type": "display",
            }
        ]
    return out


def questionnaire(survey):
    page = survey["page"]
    return {
        "resourceType": "Questionnaire",
        "id": survey["id"],
        "language": SOURCE,
        # The canonical coform's QuestionnaireResponse export names (response::questionnaire_url).
        "url": f"urn:coform:survey:{survey['id']}",
        "version": survey["version"],
        "name": fhir_name(survey["id"]),
        "title": survey["title"][SOURCE],
        "_title": translations(survey["title"]),
        "status": "active",
        "code": codings(survey["codes"]),
        "item": [
            {
                "extension": [item_control("page", "Page")],
                "linkId": page["id"],
                "text": page["title"][SOURCE],
                "_text": translations(page["title"]),
                "type": "group",
                "item": [fhir_item(survey, item) for item in survey["items"]],
            }
        ],
    }


def questionnaire_bytes(survey):
    return (json.dumps(questionnaire(survey), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# XLSForm
# ---------------------------------------------------------------------------------------------


def code_cell(codes):
    return " ".join(f"{system}|{code}" for system, code, _ in codes)


def relevant(item):
    if "show_if_any" not in item:
        return ""
    return " or ".join(f"${{{question}}} = '{code}'" for question, code in item["show_if_any"])


def xlsform_rows(survey):
    """The three sheets as lists of rows, the first row of each the header."""
    has_hints = any("hint" in item for item in survey["items"])
    labels = [f"label::{name}" for _, name in LANGUAGES]
    hints = [f"hint::{name}" for _, name in LANGUAGES] if has_hints else []
    header = ["type", "name", *labels, *hints, "required", "relevant", "appearance", "code"]

    def row(**cells):
        return [cells.get(column, "") for column in header]

    page = survey["page"]
    survey_rows = [header]
    survey_rows.append(
        row(
            type="begin_group",
            name=page["id"],
            appearance="field-list",
            **{f"label::{name}": page["title"][tag] for tag, name in LANGUAGES},
        )
    )
    for item in survey["items"]:
        kind = "select_multiple" if item["multiple"] else "select_one"
        cells = {
            "type": f"{kind} {item['list']}",
            "name": item["id"],
            "required": "yes",
            "relevant": relevant(item),
            "code": code_cell(item["codes"]),
        }
        for tag, name in LANGUAGES:
            cells[f"label::{name}"] = item["text"][tag]
            if "hint" in item:
                cells[f"hint::{name}"] = item["hint"][tag]
        survey_rows.append(row(**cells))
    survey_rows.append(row(type="end_group"))

    choice_header = ["list_name", "name", *labels, "system", "score"]
    choice_rows = [choice_header]
    for list_name, answers in survey["lists"].items():
        for answer in answers:
            choice_rows.append(
                [
                    list_name,
                    answer["code"],
                    *(answer["label"][tag] for tag, _ in LANGUAGES),
                    LOINC,
                    "" if answer["score"] is None else answer["score"],
                ]
            )

    settings_rows = [
        ["form_title", "form_id", "version", "default_language", "code"],
        [
            survey["title"][SOURCE],
            survey["id"],
            survey["version"],
            LANGUAGES[0][1],
            code_cell(survey["codes"]),
        ],
    ]
    return {"survey": survey_rows, "choices": choice_rows, "settings": settings_rows}


def xlsform_bytes(survey):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in xlsform_rows(survey).items():
        sheet = workbook.create_sheet(title)
        for values in rows:
            # An empty cell stays empty (None), so pyxform sees no value there.
            sheet.append([None if value == "" else value for value in values])
    workbook.properties.creator = "coform tests/interop/instruments.py"
    workbook.properties.lastModifiedBy = None
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    # ExcelWriter directly: openpyxl's save() stamps `modified` with the current time.
    raw = io.BytesIO()
    ExcelWriter(workbook, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    # Repack with a fixed time on every zip entry, the other thing that changes between runs.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------------------------


def outputs(survey):
    """File name -> bytes for one instrument."""
    return {
        f"{survey['id']}.questionnaire.json": questionnaire_bytes(survey),
        f"{survey['id']}.xlsx": xlsform_bytes(survey),
    }


def own_checks(survey):
    """Problems with the data itself: ids, translations, references. Empty when fine."""
    problems = []
    # As coform validates: pages and items share one namespace, choice lists have their own.
    ids = [survey["page"]["id"]] + [item["id"] for item in survey["items"]]
    for identifier in ids + list(survey["lists"]):
        if not IDENTIFIER.match(identifier):
            problems.append(f"{identifier}: not a letter then letters, digits or _")
    if len(set(ids)) != len(ids):
        problems.append("a page or item id is used twice")
    for answers in survey["lists"].values():
        for answer in answers:
            if not OPTION_CODE.match(answer["code"]):
                problems.append(f"{answer['code']}: not a valid option code")
    texts = [survey["title"], survey["page"]["title"]]
    seen = set()
    for item in survey["items"]:
        texts.append(item["text"])
        if "hint" in item:
            texts.append(item["hint"])
        if item["list"] not in survey["lists"]:
            problems.append(f"{item['id']}: no choice list {item['list']}")
        for question, code in item.get("show_if_any", []):
            codes = [
                answer["code"]
                for other in survey["items"]
                if other["id"] == question and other["id"] in seen
                for answer in survey["lists"][other["list"]]
            ]
            if code not in codes:
                problems.append(f"{item['id']}: condition on {question}={code} does not resolve")
        seen.add(item["id"])
    for answers in survey["lists"].values():
        texts.extend(answer["label"] for answer in answers)
        codes = [answer["code"] for answer in answers]
        if len(set(codes)) != len(codes):
            problems.append("an answer code is used twice in one list")
    for text in texts:
        for tag, _ in LANGUAGES:
            if not text.get(tag, "").strip():
                problems.append(f"missing {tag} text for {text.get(SOURCE)!r}")
    return problems


def check_fhir(path):
    from fhir.resources.R4B.questionnaire import Questionnaire

    data = json.loads(path.read_text(encoding="utf-8"))
    resource = Questionnaire.model_validate(data)
    page = resource.item[0]
    return f"valid R4B Questionnaire, {len(page.item)} questions on page {page.linkId!r}"


def check_xlsform(path):
    from pyxform.xls2xform import convert

    result = convert(xlsform=str(path), validate=False)
    if result.warnings:
        raise ValueError("pyxform warnings: " + "; ".join(result.warnings))
    return f"pyxform converted it with no warnings ({len(result.xform)} characters of XForm)"


def main(check_only=False):
    """Writes the fixtures and checks them; with --check, checks that the committed fixtures
    are exactly what this script writes, without writing."""
    OUT.mkdir(parents=True, exist_ok=True)
    passed = failed = 0
    for survey in INSTRUMENTS:
        problems = own_checks(survey)
        first, second = outputs(survey), outputs(survey)
        if first != second:
            problems.append("two runs in one process gave different bytes")
        for problem in problems:
            print(f"{survey['id']}: {problem}")
        failed += bool(problems)
        for name, data in first.items():
            path = OUT / name
            if check_only:
                if not path.exists() or path.read_bytes() != data:
                    print(f"{name}: differs from what instruments.py writes (run it to rewrite)")
                    failed += 1
                    continue
            else:
                path.write_bytes(data)
            check = check_fhir if name.endswith(".json") else check_xlsform
            try:
                print(f"{path.relative_to(OUT.parent.parent.parent)}: {check(path)}")
                passed += 1
            except Exception as error:  # pydantic's ValidationError, pyxform's errors
                print(f"{path.relative_to(OUT.parent.parent.parent)}: FAILED\n{error}")
                failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(check_only="--check" in sys.argv[1:]))
