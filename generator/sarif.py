"""SARIF 2.1.0 for a scan: every rule of the pack in tool.driver.rules, our own partial fingerprints.

Semgrep's own SARIF carries fingerprints that read "requires login" without an account; ours are
stable across line moves (see scan.fingerprint) and go under `partialFingerprints["bullmqRules/v1"]`.
Paths are relative to %SRCROOT% (the directory the scan ran in), as GitHub code scanning expects.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import __version__
from .catalog import Rule
from .scan import FINGERPRINT_KEY, Finding, ScanResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/bullmq-rules/bullmq-rules"
LEVELS = {"ERROR": "error", "WARNING": "warning", "INFO": "note"}
PRECISION = {"HIGH": "high", "MEDIUM": "medium", "LOW": "low"}
# GitHub reads `security-severity` (0.0-10.0) on rules tagged `security`: from the rule's impact,
# raised one step for a likely problem and lowered for an unlikely one.
IMPACT_SCORE = {"HIGH": 7.5, "MEDIUM": 5.0, "LOW": 2.5}
LIKELIHOOD_ADJUST = {"HIGH": 1.0, "MEDIUM": 0.0, "LOW": -1.0}


def security_severity(rule: Rule) -> str:
    impact = str(rule.metadata.get("impact", "MEDIUM")).upper()
    likelihood = str(rule.metadata.get("likelihood", "MEDIUM")).upper()
    score = IMPACT_SCORE.get(impact, 5.0) + LIKELIHOOD_ADJUST.get(likelihood, 0.0)
    return f"{min(max(score, 0.1), 10.0):.1f}"


def _pascal(rule_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", rule_id) if part)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _tags(rule: Rule) -> list[str]:
    tags = ["bullmq-rules"]
    if rule.category:
        tags.append(rule.category)
    tags += rule.as_list("subcategory") + rule.as_list("technology")
    if rule.section:
        tags.append(f"checklist/{rule.section}")
    for cwe in rule.as_list("cwe"):
        match = re.match(r"CWE-(\d+)", cwe)
        if match:
            tags.append(f"external/cwe/cwe-{match.group(1)}")
    return list(dict.fromkeys(tags))


def _help_markdown(rule: Rule) -> str:
    parts = [f"**{rule.title}**", "", rule.message, ""]
    checklist = rule.checklist
    if checklist.get("question"):
        parts += [f"Checklist ({checklist.get('section')}/{checklist.get('item')}): {checklist['question']}", ""]
    limitations = rule.as_list("limitations")
    if limitations:
        parts += ["Limitations:", *[f"- {item}" for item in limitations], ""]
    references = rule.as_list("references")
    if references:
        parts += ["References:", *[f"- <{url}>" for url in references], ""]
    return "\n".join(parts).strip()


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "tags": _tags(rule),
        "precision": PRECISION.get(rule.confidence, "medium"),
        "problem.severity": {"ERROR": "error", "WARNING": "warning", "INFO": "recommendation"}.get(rule.severity,
                                                                                                    "warning"),
    }
    if rule.is_security:
        properties["security-severity"] = security_severity(rule)
    meta = rule.metadata
    for key in ("category", "confidence", "likelihood", "impact", "cwe", "references", "checklist",
                "limitations", "versions", "source", "license", "pack-version"):
        if key in meta:
            properties[key] = meta[key]
    return {
        "id": rule.id,
        "name": _pascal(rule.id),
        "shortDescription": {"text": _sentence(rule.title)},
        "fullDescription": {"text": _sentence(rule.message)},
        "helpUri": rule.doc_url,
        "help": {"text": rule.message, "markdown": _help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": properties,
    }


def _location(finding: Finding) -> dict[str, Any]:
    if finding.path.startswith("/"):
        artifact = {"uri": Path(finding.path).as_uri()}
    else:
        artifact = {"uri": finding.path, "uriBaseId": "%SRCROOT%"}
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    if finding.code:
        region["snippet"] = {"text": finding.code}
    physical: dict[str, Any] = {"artifactLocation": artifact, "region": region}
    if finding.context:
        physical["contextRegion"] = {
            "startLine": finding.line,
            "endLine": finding.line + finding.context.count("\n"),
            "snippet": {"text": finding.context},
        }
    return {"physicalLocation": physical}


def result_entry(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": _sentence(finding.message)},
        "locations": [_location(finding)],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"confidence": finding.confidence, "checklistSection": finding.section},
    }
    if finding.rule_id in rule_index:
        entry["ruleIndex"] = rule_index[finding.rule_id]
    return entry


def to_sarif(result: ScanResult) -> dict[str, Any]:
    rules = sorted(result.rules, key=lambda r: r.id)
    descriptors = [rule_descriptor(rule) for rule in rules]
    rule_index = {rule.id: i for i, rule in enumerate(rules)}
    root_uri = result.root.resolve().as_uri()
    if not root_uri.endswith("/"):
        root_uri += "/"
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "bullmq-rules",
                "fullName": f"bullmq-rules {__version__} (semgrep {result.semgrep_version})",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
        "columnKind": "utf16CodeUnits",
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [
                {"level": "warning", "message": {"text": _sentence(text)}} for text in result.warnings
            ],
        }],
        "results": [result_entry(f, rule_index) for f in result.findings],
    }
    if result.baseline:
        run["properties"] = {"baselineCommit": result.baseline}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
