"""Checks coform's XLSForm exports with pyxform, the converter ODK and KoboToolbox use.

Usage: python check_xlsform.py FILE.xlsx...
Converts each workbook to an XForm (without the Java validator) and exits 1 when any file
gives an error or any warning at all (each is printed).
"""
import sys

from pyxform.xls2xform import convert


def main(paths):
    failed = 0
    for path in paths:
        try:
            result = convert(xlsform=path, validate=False)
        except Exception as error:  # pyxform raises PyXFormError, and others on bad input
            print(f"{path}: error: {error}")
            failed += 1
            continue
        if result.warnings:
            for warning in result.warnings:
                print(f"{path}: warning: {warning}")
            failed += 1
            continue
        print(f"{path}: converted, no warnings ({len(result.xform)} characters of XForm)")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
