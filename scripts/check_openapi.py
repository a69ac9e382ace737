#!/usr/bin/env python3
"""Checks the API's responses against Sources/ComalWeb/Static/openapi.yaml.

    scripts/check_openapi.py SPEC.yaml RECORDS_DIR

First the document itself is validated as OpenAPI 3.1 (openapi-spec-validator). Then every
RECORDS_DIR/*.json record -- {"operationId", "status", "contentType", "headers", "body"}, with the
body as the text the server sent -- is checked: the operation must exist, must document the
status (or a default) and the content type, and a JSON body must validate against that
response's schema (JSON Schema draft 2020-12, refs resolved within the document). A documented
required header (WWW-Authenticate on 401) must be present and match its schema.
Prints one line per failure and exits 1 if there was any.
"""
import json
import pathlib
import sys

import jsonschema
import yaml
from openapi_spec_validator import validate


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        target = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec):
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = operation
    return found


def check(spec, ops, record):
    name = f'{record["operationId"]} {record["status"]}'
    operation = ops.get(record["operationId"])
    if operation is None:
        return [f"{name}: no operation with this operationId"]
    responses = operation.get("responses", {})
    response = responses.get(str(record["status"])) or responses.get("default")
    if response is None:
        return [f"{name}: status not documented"]
    response = resolve(spec, response)
    problems = []
    headers = {k.lower(): v for k, v in (record.get("headers") or {}).items()}
    for header, declared in (response.get("headers") or {}).items():
        declared = resolve(spec, declared)
        value = headers.get(header.lower())
        if value is None:
            if declared.get("required"):
                problems.append(f"{name}: header {header} missing")
            continue
        try:
            jsonschema.validate(value, declared.get("schema", {}), cls=jsonschema.Draft202012Validator)
        except jsonschema.ValidationError as error:
            problems.append(f"{name}: header {header}: {error.message}")
    content = response.get("content") or {}
    media = (record.get("contentType") or "").split(";")[0].strip()
    if not content:
        return problems
    if media not in content:
        return problems + [f"{name}: content type {media!r} not documented ({', '.join(content)})"]
    if media != "application/json":
        return problems
    try:
        body = json.loads(record["body"])
    except (TypeError, ValueError) as error:
        return problems + [f"{name}: body is not JSON: {error}"]
    schema = content[media].get("schema", {})
    # Refs like #/components/schemas/X resolve against this wrapper, which carries the components.
    wrapper = {"$schema": "https://json-schema.org/draft/2020-12/schema",
               "components": spec.get("components", {}), "allOf": [schema]}
    validator = jsonschema.Draft202012Validator(wrapper)
    for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        problems.append(f"{name}: {where}: {error.message}")
    return problems


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    spec = yaml.safe_load(pathlib.Path(argv[1]).read_text())
    try:
        validate(spec)
    except Exception as error:  # the validator raises several kinds
        print(f"{argv[1]}: not a valid OpenAPI document: {error}")
        return 1
    ops = operations(spec)
    records = sorted(pathlib.Path(argv[2]).glob("*.json"))
    failures = []
    for path in records:
        record = json.loads(path.read_text())
        failures += [f"{path.name}: {p}" for p in check(spec, ops, record)]
    for failure in failures:
        print(failure)
    print(f"{len(records)} responses checked, {len(failures)} problems")
    return 1 if failures or not records else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
