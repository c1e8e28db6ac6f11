#!/usr/bin/python3
"""
An independent reader for the tests (test/helpers/openpyxl.ts runs it): openpyxl, stricter than ExcelJS about the
schema's types, loads the workbook and prints what it sees as one JSON object.

    /usr/bin/python3 test/helpers/openpyxl_read.py book.xlsx [sheet ...]
"""
import json
import sys
import warnings

import openpyxl


def main():
    path, wanted = sys.argv[1], sys.argv[2:]
    problems = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(path, keep_vba=path.lower().endswith(".xlsm"))
        problems = [str(w.message) for w in caught]
    out = {"sheets": wb.sheetnames, "warnings": problems, "detail": {}}
    for name in wanted:
        ws = wb[name]
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    cells[c.coordinate] = [c.value if isinstance(c.value, (int, float, str)) else str(c.value), c.data_type, c.number_format]
        out["detail"][name] = {
            "cells": cells,
            "merged": [str(r) for r in ws.merged_cells.ranges],
            "freeze": ws.freeze_panes,
            "printTitleRows": ws.print_title_rows,
            "printArea": ws.print_area,
            "autoFilter": ws.auto_filter.ref,
            "validations": [[str(v.sqref), v.type, v.formula1, v.prompt, v.error] for v in ws.data_validations.dataValidation],
            "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
        }
    print(json.dumps(out, ensure_ascii=False))


main()
