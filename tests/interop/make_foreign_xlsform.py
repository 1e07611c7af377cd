"""Writes the XLSForm fixtures that coform did not write itself (they are committed; rerun
this only to change them, then bless the expected outputs and review the diff):

- tests/fixtures/interop/xlsform-foreign/household.xlsx: a form as ODK and KoboToolbox
  users write them: languages named without tags, a language coform cannot name, metadata
  rows, calculations, repeats, or_other, skipped types, names coform cannot use, a Likert
  grid, expressions coform reads and some it cannot.
- tests/fixtures/interop/xlsform-errors/*.xlsx: files the importer must refuse.

Usage: python make_foreign_xlsform.py  (needs openpyxl)
"""
import datetime
import io
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.writer.excel import ExcelWriter

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "interop"

SURVEY = [
    ["type", "name", "label::English", "label::Français (fr)", "label::Tok Pisin",
     "hint::English", "hint::Français (fr)", "required", "required_message::English",
     "relevant", "constraint", "constraint_message::English", "constraint_message::Français (fr)",
     "appearance", "calculation", "parameters", "media::image::English"],
    ["start", "start"],
    ["end", "end"],
    ["note", "intro", "Welcome. This visit takes 15 minutes.", "Bienvenue. Cette visite dure 15 minutes.",
     "Welkam."],
    ["text", "hh_name", "Name of the head of household", "Nom du chef de ménage", None,
     "First and last name", "Prénom et nom", "yes", "Please give a name"],
    ["integer", "hh-size", "How many people live with ${hh_name}?", "Combien de personnes vivent avec ${hh_name} ?",
     None, None, None, "yes", None, None, ". > 0 and . <= 30", "Between 1 and 30",
     "Entre 1 et 30"],
    ["begin_group", "household", "Household", "Ménage", None, "About the home", None, None, None,
     "${hh-size} > 0", None, None, None, "field-list"],
    ["select_one yes_no", "has_water", "Do you have running water?", "Avez-vous l'eau courante ?"],
    ["select_multiple assets or_other", "assets", "Which of these do you own?",
     "Lesquels de ces biens possédez-vous ?", None, None, None, None, None, None, None, None,
     None, None, None, None, "assets.png"],
    ["calculate", "bmi", None, None, None, None, None, None, None, None, None, None, None, None,
     "${hh-size} * 2"],
    ["text", "car_model", "Which car?", "Quelle voiture ?", None, None, None, None, None,
     "selected(${assets}, 'car')"],
    ["geopoint", "location", "Where is the home?", "Où est la maison ?"],
    ["select_one tenure", "tenure", "Do you own or rent?", "Propriétaire ou locataire ?", None,
     None, None, None, None, "${has_water} = 'yes'", None, None, None, "minimal"],
    ["text", "notes", "Notes (twice the size: ${bmi})", "Notes", None, None, None, None, None,
     "${bmi} > 25", None, None, None, "multiline"],
    ["begin repeat", "members", "Household members", "Membres du ménage"],
    ["text", "member_name", "Name", "Nom"],
    ["integer", "member_age", "Age", "Âge", None, None, None, None, None, "${hh-size} + 1 > 3",
     ". >= 0 and . < 120", "Check the age", "Vérifiez l'âge"],
    ["end repeat"],
    ["end_group"],
    ["begin group", "health", "Health", "Santé"],
    ["date", "dob", "Date of birth", "Date de naissance", None, None, None, None, None, None,
     ". <= today()", "Not in the future"],
    ["time", "visit_time", "Time of the visit", "Heure de la visite"],
    ["range", "pain", "Pain level", "Niveau de douleur", None, None, None, None, None, None,
     None, None, None, None, None, "start=0 end=10 step=1"],
    ["range", "temp", "Temperature", "Température", None, None, None, None, None, None, None,
     None, None, None, None, "start=35 end=42 step=0.5"],
    ["rank priorities", "priorities", "Put these in order", "Classez-les"],
    ["acknowledge", "agree", "I agree to continue", "J'accepte de continuer", None, None, None,
     "yes"],
    ["begin_group", "feelings", "How do you feel about the clinic?", "Que pensez-vous de la clinique ?",
     None, None, None, None, None, None, None, None, None, "field-list"],
    ["select_one agree3", "feel_safe", "I feel safe", "Je me sens en sécurité", None, None, None,
     None, None, None, None, None, None, "likert"],
    ["select_one agree3", "feel_heard", "I feel heard", "Je me sens écouté", None, None, None,
     None, None, None, None, None, None, "likert"],
    ["end_group"],
    ["decimal", "weight", "Weight", "Poids", None, None, None, None, None,
     "${has_water} != 'no' and (${hh-size} >= 2 or not(${dob} = ''))"],
    ["select_one q.list", "source", "Main water source", "Source d'eau principale"],
    ["text", "phone", "Phone number", "Numéro de téléphone", None, None, None, None, None,
     "${tenure} = 1", "regex(., '^[0-9]{10}$')", "Ten digits", "Dix chiffres"],
    ["end group"],
    ["text", "closing", "Anything else?", "Autre chose ?"],
    ["select_one tenure", "tenure", "Tenure again", "Encore"],
    [None, None, "A comment row someone left"],
    ["end group"],
]

CHOICES = [
    ["list_name", "name", "label::English", "label::Français (fr)", "score", "filter"],
    ["yes_no", "yes", "Yes", "Oui"],
    ["yes_no", "no", "No", "Non"],
    ["assets", "radio", "Radio", "Radio", None, "a"],
    ["assets", "car", "Car", "Voiture"],
    ["tenure", 1, "Owned", "Propriétaire"],
    ["tenure", 2, "Rented", "Locataire"],
    ["priorities", "water", "Water", "Eau"],
    ["priorities", "food", "Food", "Nourriture"],
    ["agree3", "disagree", "Disagree", "Pas d'accord", 0],
    ["agree3", "neutral", "Neutral", "Neutre", 1],
    ["agree3", "agree", "Agree", "D'accord", 2],
    ["q.list", "a.b", "River", "Rivière"],
    ["q.list", "c", "Well", "Puits"],
]

SETTINGS = [
    ["form_title", "form_id", "version", "default_language", "style", "instance_name"],
    ["Household visit", "household_visit", "2024031501", "English", "pages", "concat(${hh_name})"],
]


FIXED = datetime.datetime(2000, 1, 1)


def workbook(sheets, path):
    """Writes the sheets as a workbook whose bytes depend only on its content."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.properties.created = FIXED
    book.properties.modified = FIXED
    # ExcelWriter, not save(): save() stamps the time of writing as the modified time.
    raw = io.BytesIO()
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    # Each zip entry records a time too: rewrite them all with a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(entry.filename))
    path.write_bytes(out.getvalue())


def main():
    foreign = FIXTURES / "xlsform-foreign"
    foreign.mkdir(parents=True, exist_ok=True)
    workbook(
        [("survey", SURVEY), ("choices", CHOICES), ("settings", SETTINGS)],
        foreign / "household.xlsx",
    )

    errors = FIXTURES / "xlsform-errors"
    errors.mkdir(parents=True, exist_ok=True)
    (errors / "not-a-zip.xlsx").write_bytes(b"type,name,label\ntext,q1,Question\n")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        info = zipfile.ZipInfo("survey.csv", date_time=FIXED.timetuple()[:6])
        zipped.writestr(info, "type,name,label\ntext,q1,Question\n")
    (errors / "zip-without-workbook.xlsx").write_bytes(archive.getvalue())
    workbook([("choices", CHOICES)], errors / "no-survey-sheet.xlsx")
    workbook(
        [("survey", [["type", "label"], ["text", "Question"]])], errors / "no-name-column.xlsx"
    )
    workbook(
        [("survey", [["name", "label"], ["q1", "Question"]])], errors / "no-type-column.xlsx"
    )


if __name__ == "__main__":
    main()
