"""The review as markdown, in the reviewer checklist's "Review Output Format".

Everything in it is derived from the findings and the rules' metadata:

- Risk Level: CRITICAL if a security rule reports an ERROR, HIGH for any other ERROR, MEDIUM for a
  WARNING, LOW otherwise.
- Idempotency Status: Unsafe when an idempotency or tenant-isolation rule reports an ERROR or WARNING,
  Needs Review when they report only INFO or when the pack has no rule for one of the two sections,
  Safe when both sections have rules and none of them reports anything.
- Resource Risk: the findings of the memory, retry and concurrency sections.
- Approval Status: BLOCKED when an ERROR comes from a HIGH-confidence or a security rule, CHANGES
  REQUIRED for any other ERROR or WARNING, APPROVED otherwise.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter

from . import __version__
from .catalog import Rule
from .scan import Finding, ScanResult, plural

IDEMPOTENCY_SECTIONS = ("idempotency", "tenant-isolation")
RESOURCE_SECTIONS = {
    "retry": "job storms (retries)",
    "memory": "memory growth",
    "concurrency": "queue monopolised or overloaded (concurrency, rate limits)",
}
_IMPERATIVE = (r"use|set|add|put|throw|call|pass|read|remove|replace|register|mount|move|give|keep|configure|"
               r"limit|wrap|check|make|prefer|consider|never|always|do|don't|avoid|enable|return|close|"
               r"handle|listen|validate|hash|store|split|cap|attach|require|protect|write|pick|catch")
_FIX_START = re.compile(rf"^(?:{_IMPERATIVE})\b|^(?:for|to|if|when|in|instead)\b[^.]*?\b(?:{_IMPERATIVE})\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z`(])")


def split_message(message: str) -> tuple[str, str]:
    """(why it is dangerous, how to fix it): the fix starts at the first imperative sentence."""
    sentences = [s for s in _SENTENCES.split(message.strip()) if s]
    for i, sentence in enumerate(sentences):
        if i > 0 and _FIX_START.match(sentence.lstrip("`(")):
            return " ".join(sentences[:i]), " ".join(sentences[i:])
    return message.strip(), ""


def first_sentence(text: str) -> str:
    parts = _SENTENCES.split(text.strip(), maxsplit=1)
    return parts[0] if parts else text


def is_blocking(finding: Finding) -> bool:
    return finding.severity == "ERROR" and (finding.confidence == "HIGH" or finding.category == "security")


def risk_level(findings: list[Finding]) -> str:
    if any(f.severity == "ERROR" and f.category == "security" for f in findings):
        return "CRITICAL"
    if any(f.severity == "ERROR" for f in findings):
        return "HIGH"
    if any(f.severity == "WARNING" for f in findings):
        return "MEDIUM"
    return "LOW"


def _titles(findings: list[Finding]) -> str:
    counts = Counter(f.title for f in findings)
    return "; ".join(f"{title} ×{n}" if n > 1 else title for title, n in counts.items())


def idempotency_status(findings: list[Finding], rules: list[Rule]) -> tuple[str, str]:
    relevant = [f for f in findings if f.section in IDEMPOTENCY_SECTIONS]
    serious = [f for f in relevant if f.severity in ("ERROR", "WARNING")]
    if serious:
        return "Unsafe", f"{len(serious)} finding(s) in {', '.join(sorted({f.section for f in serious}))}: {_titles(serious)}"
    if relevant:
        return "Needs Review", f"{len(relevant)} INFO finding(s) to check by hand: {_titles(relevant)}"
    uncovered = [s for s in IDEMPOTENCY_SECTIONS if not any(r.section == s for r in rules)]
    if uncovered:
        return "Needs Review", (f"no finding, but the pack has no rule for {' or '.join(uncovered)} yet: "
                                "check retries for duplicate writes and side effects by hand")
    checked = sum(r.section in IDEMPOTENCY_SECTIONS for r in rules)
    return "Safe", f"none of the {checked} idempotency and tenant-isolation rules reports anything"


def resource_risk(findings: list[Finding], rules: list[Rule]) -> str:
    parts = []
    for section, label in RESOURCE_SECTIONS.items():
        found = [f for f in findings if f.section == section]
        if found:
            parts.append(f"{label}: {len(found)} {section} finding(s) ({_titles(found)})")
    if parts:
        return "; ".join(parts)
    checked = sum(r.section in RESOURCE_SECTIONS for r in rules)
    return f"none found ({checked} memory, retry and concurrency rules ran)"


def approval(findings: list[Finding]) -> tuple[str, str]:
    blocking = [f for f in findings if is_blocking(f)]
    if blocking:
        ids = ", ".join(sorted({f"`{f.rule_id}`" for f in blocking}))
        return "BLOCKED", (f"{len(blocking)} ERROR finding(s) from a high-confidence or security rule ({ids}) "
                           "must be fixed before merging")
    serious = [f for f in findings if f.severity in ("ERROR", "WARNING")]
    if serious:
        counts = Counter(f.severity for f in serious)
        what = " and ".join(f"{counts[s]} {s}" for s in ("ERROR", "WARNING") if counts[s])
        return "CHANGES REQUIRED", f"{what} finding(s) to fix (or to suppress with a reason)"
    notes = sum(f.severity == "INFO" for f in findings)
    if notes:
        return "APPROVED", f"no finding at WARNING or above; {notes} INFO note(s) worth a look"
    return "APPROVED", "no finding from the pack's rules"


CONTEXT_LINES = 8


def _code_block(text: str, indent: str) -> list[str]:
    lines = text.splitlines()
    if len(lines) > CONTEXT_LINES:
        lines = lines[:CONTEXT_LINES - 1] + ["..."]
    body = textwrap.dedent("\n".join(lines)).strip("\n")
    if not body:
        return []
    fence = "```"
    while fence in body:
        fence += "`"
    lang = "ts"
    return [indent + fence + lang, *[(indent + line).rstrip() for line in body.splitlines()], indent + fence]


def render(result: ScanResult) -> str:
    findings = result.findings
    status, reason = approval(findings)
    idem, idem_reason = idempotency_status(findings, result.rules)
    scope = (f"bullmq-rules {__version__} (semgrep {result.semgrep_version}): {plural(len(result.rules), 'rule')} "
             f"over {plural(result.files_scanned, 'file')}")
    if result.baseline:
        scope += f"; only findings new since `{result.baseline[:12]}`"
    lines = [
        "## bullmq-rules review",
        "",
        f"_{scope}._",
        "",
        "### Job Queue Assessment",
        "",
        f"- **Risk Level**: {risk_level(findings)}",
        f"- **Idempotency Status**: {idem} — {idem_reason}",
        f"- **Resource Risk**: {resource_risk(findings, result.rules)}",
        "",
        "### Findings",
        "",
    ]
    if not findings:
        lines += ["No findings.", ""]
    changes = []
    for n, f in enumerate(findings, 1):
        why, fix = split_message(f.message)
        meta = f.rule.metadata if f.rule else {}
        impact = f" (impact {meta['impact']}, likelihood {meta['likelihood']})" if "impact" in meta and "likelihood" in meta else ""
        doc = f" See [{f.rule_id}]({f.rule.doc_url})." if f.rule else ""
        lines += [
            f"#### {n}. {f.title}",
            "",
            f"1. **Issue**: {f.title} (`{f.rule_id}`, {f.severity}, confidence {f.confidence})",
            f"2. **Location**: `{f.location}`",
            f"3. **Risk**: {why}{impact}",
            f"4. **Recommendation**: {fix or 'See the rule documentation.'}{doc}",
        ]
        block = _code_block(f.context or f.code, "   ")
        if block:
            lines += ["", "   Flagged code:", "", *block]
        lines.append("")
        optional = "" if f.severity in ("ERROR", "WARNING") else " *(optional, INFO)*"
        action = first_sentence(fix) if fix else f"address {f.title.lower()}"
        changes.append(f"- [ ] `{f.location}` — {action} (`{f.rule_id}`){optional}")
    lines += ["### Required Changes", ""]
    lines += changes or ["None."]
    lines += [
        "",
        "### Approval Status",
        "",
        f"- **Status**: {status}",
        f"- **Reason**: {reason}",
        "",
    ]
    return "\n".join(lines)
