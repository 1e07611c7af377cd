"""Checks coform's FHIR output with fhir.resources, the FHIR models most Python health tools use.

Usage: python check_fhir.py FILE...  (each a Questionnaire or QuestionnaireResponse written by
coform; the model is chosen by the file's resourceType)

Each file must parse as an R4B resource: R4B's Questionnaire and QuestionnaireResponse have R4's
shape for every element coform writes (R4B changed neither resource), so this is the R4 check.
fhir.resources checks structure and types, not the resource's invariants, so the R4
Questionnaire invariants that coform's output could break are checked here as well (que-1 to
que-12, by their R4 numbers). Exits 1 when any file fails.

One gap of the library is bridged: FHIR JSON lets every primitive carry extensions in a `_name`
property, including an extension's own value (`_valueString`, where coform puts the translations
of an `entryFormat` placeholder), but fhir.resources' Extension model has no field for it. Those
are taken out of the extension and each is validated on its own as the primitive extension it is.
"""
import json
import sys

from fhir.resources.R4B.fhirprimitiveextension import FHIRPrimitiveExtension
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

MODELS = {
    "Questionnaire": Questionnaire,
    "QuestionnaireResponse": QuestionnaireResponse,
}


def take_value_extensions(node, path, found):
    """Removes `_value[x]` from every extension (recursively), collecting (path, element)."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if key == "extension" and isinstance(value, list):
                for index, extension in enumerate(value):
                    for name in [n for n in extension if n.startswith("_value")]:
                        found.append((f"{path}.extension[{index}].{name}", extension.pop(name)))
            take_value_extensions(value, f"{path}.{key}" if path else key, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            take_value_extensions(value, f"{path}[{index}]", found)


def walk(items, path="item"):
    """Every item with its JSON path, parents before children."""
    for index, item in enumerate(items or []):
        here = f"{path}[{index}]"
        yield here, item
        yield from walk(item.item, f"{here}.item")


def questionnaire_problems(questionnaire):
    """R4 Questionnaire invariants that fhir.resources does not check."""
    problems = []
    items = list(walk(questionnaire.item))
    link_ids = [item.linkId for _, item in items]
    for path, item in items:
        if link_ids.count(item.linkId) > 1:
            problems.append(f"{path}: linkId {item.linkId} is not unique (que-2)")
        if item.type == "group" and not item.item:
            problems.append(f"{path}: a group has no items (que-1)")
        if item.type == "display" and item.item:
            problems.append(f"{path}: a display item has items (que-1)")
        if item.type == "display" and (item.required or item.repeats):
            problems.append(f"{path}: a display item is required or repeats (que-6)")
        if (item.answerOption or item.answerValueSet) and item.type not in ("choice", "open-choice"):
            problems.append(f"{path}: options on a {item.type} item (que-5)")
        if item.maxLength is not None and item.type not in (
            "boolean", "decimal", "integer", "string", "text", "url", "open-choice"
        ):
            problems.append(f"{path}: maxLength on a {item.type} item (que-10)")
        if len(item.enableWhen or []) > 1 and not item.enableBehavior:
            problems.append(f"{path}: several enableWhen without enableBehavior (que-12)")
        for position, when in enumerate(item.enableWhen or []):
            where = f"{path}.enableWhen[{position}]"
            if when.question not in link_ids:
                problems.append(f"{where}: no item {when.question}")
            if when.operator == "exists" and when.answerBoolean is None:
                problems.append(f"{where}: exists needs answerBoolean (que-7)")
    return problems


def main(paths):
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        kind = data.get("resourceType")
        model = MODELS.get(kind)
        if model is None:
            print(f"{path}: resourceType {kind!r} is neither Questionnaire nor QuestionnaireResponse")
            failed += 1
            continue
        value_extensions = []
        take_value_extensions(data, "", value_extensions)
        try:
            resource = model.model_validate(data)
            for _, element in value_extensions:
                FHIRPrimitiveExtension.model_validate(element)
        except Exception as error:  # the library raises pydantic's ValidationError
            print(f"{path}: not a valid FHIR {kind}:\n{error}")
            failed += 1
            continue
        if kind == "Questionnaire":
            problems = questionnaire_problems(resource)
            if problems:
                print(f"{path}: Questionnaire breaks R4 invariants:")
                for problem in problems:
                    print(f"  {problem}")
                failed += 1
                continue
            count = sum(1 for _ in walk(resource.item))
            print(f"{path}: valid Questionnaire, {count} items")
        else:
            answered = sum(1 for item in resource.item or [] if item.answer or item.item)
            print(f"{path}: valid QuestionnaireResponse, {answered} answered top-level items")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
