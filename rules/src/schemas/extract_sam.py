"""Cuts SAM's schema (schema_source/sam.schema.json) down to AWS::Serverless::Function and its Globals.

Writes aws-serverless-function.json (the function's Properties) and aws-serverless-globals-function.json
(Globals.Function), each self-contained: the definitions they reference, without the prose (descriptions,
titles), which lambdalint does not show. SAM's source schema leaves the properties it passes straight to
AWS::Lambda::Function unchecked ("PassThroughProp"); here those take the CloudFormation schema of the same
property, with its definitions under "AWS::Lambda::Function.<name>", since that is what the deployment
will check them against after the transform.

Usage: extract_sam.py SAM_SCHEMA CFN_FUNCTION_SCHEMA OUT_DIR
"""
import json
import sys

FUNCTION = "samtranslator__internal__schema_source__aws_serverless_function__"
PROSE = ("markdownDescription", "description", "title", "__samPassThrough")
PASS_THROUGH = {"allOf": [{"$ref": "#/definitions/PassThroughProp"}]}
CFN_PREFIX = "AWS::Lambda::Function."


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in PROSE}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def refs(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                found.add(v.split("/")[-1])
            else:
                refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


def rename_refs(node):
    if isinstance(node, dict):
        return {k: ("#/definitions/" + CFN_PREFIX + v.split("/")[-1] if k == "$ref" else rename_refs(v))
                for k, v in node.items()}
    if isinstance(node, list):
        return [rename_refs(v) for v in node]
    return node


def closure(start, definitions):
    seen, todo = set(), list(start)
    while todo:
        name = todo.pop()
        if name in seen or name not in definitions:
            continue
        seen.add(name)
        found = set()
        refs(definitions[name], found)
        todo.extend(found)
    return seen


def cut(root_name, sam_defs, cfn, source):
    root = strip(sam_defs[root_name])
    cfn_defs = cfn.get("definitions", {})
    used_cfn = set()
    for name, prop in list(root.get("properties", {}).items()):
        if prop == PASS_THROUGH and name in cfn["properties"]:
            root["properties"][name] = rename_refs(cfn["properties"][name])
            refs(cfn["properties"][name], used_cfn)
    definitions = {}
    for name in sorted(closure(_refs_of(root) - {"PassThroughProp"}, sam_defs) | {"PassThroughProp"}):
        if name in sam_defs and not name.startswith(CFN_PREFIX):
            definitions[name] = strip(sam_defs[name])
    for name in sorted(closure(used_cfn, cfn_defs)):
        definitions[CFN_PREFIX + name] = rename_refs(cfn_defs[name])
    root["definitions"] = definitions
    root["$comment"] = source
    return root


def _refs_of(node):
    found = set()
    refs(node, found)
    return found


def main(sam_path, cfn_path, out_dir):
    with open(sam_path) as f:
        sam_defs = json.load(f)["definitions"]
    with open(cfn_path) as f:
        cfn = json.load(f)
    for root_name, file_name in ((FUNCTION + "Properties", "aws-serverless-function.json"),
                                 (FUNCTION + "Globals", "aws-serverless-globals-function.json")):
        schema = cut(root_name, sam_defs, cfn, "Cut from SAM's schema_source/sam.schema.json by rules/src/schemas/extract_sam.py; see README.md")
        with open(f"{out_dir}/{file_name}", "w") as f:
            json.dump(schema, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
