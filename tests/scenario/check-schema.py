#!/usr/bin/env python3
"""Checks scenarios/scenario.schema.json: it is a valid JSON Schema 2020-12, every scenario
in scenarios/ follows it, and it refuses a few typical mistakes (so that it is not vacuous).

Usage: check-schema.py SCHEMA_FILE SCENARIO_DIR

Needs the jsonschema module (Debian: python3-jsonschema). Exits 77 when it is missing, which
ctest reports as skipped (SKIP_RETURN_CODE 77).
"""

import copy
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    # A python3 first on PATH (pyenv, a venv) may not see Debian's packages: try Debian's own.
    system = "/usr/bin/python3"
    if os.path.realpath(sys.executable) != os.path.realpath(system) and os.path.exists(system) \
            and not os.environ.get("KURIR_SCHEMA_REEXEC"):
        os.environ["KURIR_SCHEMA_REEXEC"] = "1"
        os.execv(system, [system] + sys.argv)
    print("check-schema: the Python module jsonschema is missing (apt install python3-jsonschema)")
    sys.exit(77)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    schema_file, scenario_dir = sys.argv[1], sys.argv[2]
    with open(schema_file, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    failures = 0
    scenarios = {}
    for path in sorted(glob.glob(os.path.join(scenario_dir, "*.json"))):
        if os.path.abspath(path) == os.path.abspath(schema_file):
            continue
        with open(path, encoding="utf-8") as f:
            scenario = json.load(f)
        scenarios[os.path.basename(path)] = scenario
        for error in sorted(validator.iter_errors(scenario), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            print(f"{path}: {where}: {error.message}")
            failures += 1
    if not scenarios:
        print(f"check-schema: no scenario in {scenario_dir}")
        return 1

    # Mistakes a teacher makes, each of which the schema must flag (the loader does too).
    base = {"kurir-scenario": 1, "messages": [{"to": "bob@yahoo.example"}]}
    mistakes = {
        "unknown top-level field": {"titel": "x"},
        "wrong version": {"kurir-scenario": 2},
        "unknown role": {"hosts": [{"id": "x", "role": "server"}]},
        "unknown host field": {"hosts": [{"id": "yahoo", "bannner": "x"}]},
        "unknown fault type": {"faults": [{"type": "host-crash", "host": "yahoo"}]},
        "field of another fault type": {"faults": [{"type": "host-down", "host": "yahoo", "address": "bob@yahoo.example"}]},
        "fault without its host": {"faults": [{"type": "greylist"}]},
        "reply override that is no refusal": {"faults": [{"type": "reply-override", "host": "yahoo", "command": "RCPT", "reply": "250 OK"}]},
        "bad DNS record": {"faults": [{"type": "dns-missing", "domain": "yahoo.example", "record": "TXT"}]},
        "address without @": {"messages": [{"to": ["bob.yahoo.example"]}]},
        "to as a number": {"messages": [{"to": 42}]},
        "negative latency": {"links": [{"from": "gmail", "to": "yahoo", "latency-ms": -5}]},
        "huge latency": {"links": [{"from": "gmail", "to": "yahoo", "latency-ms": 99999999}]},
        "port out of range": {"hosts": [{"id": "gmail", "port": 70000}]},
        "host address that is no IPv4 address": {"hosts": [{"id": "yahoo", "address": "mx.yahoo.example"}]},
        "note without text": {"notes": [{"step": 3}]},
        "unknown world": {"world": "blank"},
    }
    for name, change in mistakes.items():
        sample = copy.deepcopy(base)
        sample.update(change)
        if validator.is_valid(sample):
            print(f"check-schema: the schema accepts a mistake it should flag: {name}: {json.dumps(change)}")
            failures += 1

    print(f"check-schema: {len(scenarios)} scenario(s), {len(mistakes)} mistake(s), {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
