"""Checks coform's FHIR output with fhir.resources, the FHIR models most Python health tools use.

Usage: python check_fhir.py FILE...  (each a QuestionnaireResponse written by coform)
Exits 1 when a file does not parse as an R4B resource (R4B and R4 share this resource's shape).
"""
import json
import sys

from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse


def main(paths):
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        try:
            response = QuestionnaireResponse.model_validate(data)
        except Exception as error:  # the library raises pydantic's ValidationError
            print(f"{path}: not a valid FHIR QuestionnaireResponse:\n{error}")
            failed += 1
            continue
        answered = sum(1 for item in response.item or [] if item.answer or item.item)
        print(f"{path}: valid QuestionnaireResponse, {answered} answered top-level items")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
