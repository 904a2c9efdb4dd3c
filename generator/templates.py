"""Pattern templates: jinja2 files that render the Semgrep pattern block of a family of rules.

A template is `<name>.yaml.j2`. It opens with a declaration of its parameters between `{#---` and
`---#}` (YAML), and renders YAML holding `pattern`, `patterns` or `pattern-either` (and optionally
`fix`). Files starting with `_` hold shared macros. Parameter values reach the template typed:
identifiers and integers print as they are, any other text prints as a quoted YAML scalar, so a
value from a spec can never add YAML of its own.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import jsonschema
import yaml
from jinja2.sandbox import SandboxedEnvironment

from .errors import InputError, Problem, display_path

BUILTIN_DIR = Path(__file__).parent / "templates"
SUFFIX = ".yaml.j2"
_DECLARATION = re.compile(r"\A\{#---\n(?P<body>.*?)\n---#\}\n", re.DOTALL)

IDENTIFIER = r"^[A-Za-z_$][A-Za-z0-9_$]*$"
DOTTED_NAME = r"^-?([A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*|[0-9]+(\.[0-9]+)?)$"

# Where an options object literal can appear; rendered by the `options_in` macro of _library.j2.
CONTEXTS = ["job-options", "worker-options", "queue-options", "redis-options", "any-object"]

# How each parameter type is checked (JSON Schema) and described in errors.
PARAMETER_TYPES: dict[str, tuple[dict[str, Any], str]] = {
    "identifier": ({"type": "string", "pattern": IDENTIFIER}, "a JavaScript identifier such as tenantId"),
    "identifiers": (
        {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": IDENTIFIER}},
        "a non-empty list of JavaScript identifiers such as [tenantId, organizationId]",
    ),
    "expressions": (
        {"type": "array", "items": {"type": "string", "pattern": DOTTED_NAME}},
        "a list of names or numbers such as [Infinity, Number.MAX_SAFE_INTEGER]",
    ),
    "contexts": (
        {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": CONTEXTS}},
        "a non-empty list of: " + ", ".join(CONTEXTS),
    ),
    "patterns": (
        {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        "a non-empty list of semgrep patterns (code with $METAVARIABLES and ...)",
    ),
    "regex-map": (
        {"type": "object", "minProperties": 1,
         "propertyNames": {"pattern": "^\\$[A-Z_][A-Z0-9_]*$"},
         "additionalProperties": {"type": "string", "minLength": 1}},
        "a mapping of $METAVARIABLE to regular expression",
    ),
    "integer": ({"type": "integer"}, "a whole number"),
    "boolean": ({"type": "boolean"}, "true or false"),
    "string": ({"type": "string"}, "a string"),
    "regex": ({"type": "string", "minLength": 1}, "a regular expression"),
}

# Names every template receives from the rule itself; a parameter may not reuse them.
CONTEXT_NAMES = {"libraries", "skip_libraries", "rule_id", "MODULES", "raise"}

# Keys a template may render; anything else is a bug in the template.
RENDERED_KEYS = {"pattern", "patterns", "pattern-either", "pattern-regex", "fix", "fix-regex", "paths", "options"}

# Module names that put a file in scope for a library.
LIBRARY_MODULES: dict[str, list[str]] = {
    "bullmq": ["bullmq", "@nestjs/bullmq"],
    "bull": ["bull", "@nestjs/bull"],
    "bull-board": [
        "@bull-board/api",
        "@bull-board/express",
        "@bull-board/fastify",
        "@bull-board/koa",
        "@bull-board/hapi",
        "@bull-board/hono",
        "@bull-board/h3",
        "@bull-board/nestjs",
        "bull-board",
    ],
    "ioredis": ["ioredis"],
}


class Quoted:
    """Text that prints as one double-quoted YAML scalar."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        return '"' + "".join(_yaml_char(c) for c in self.text) + '"'


def _yaml_char(char: str) -> str:
    """One character of a double-quoted YAML scalar, printable ASCII kept, everything else escaped.

    Raw line separators (U+2028...) would be folded by YAML even inside quotes, and JSON's
    surrogate pairs are not decoded by YAML, so non-ASCII uses YAML's own \\u / \\U escapes.
    """
    if char in '"\\':
        return "\\" + char
    code = ord(char)
    if 0x20 <= code < 0x7F:
        return char
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def quote(value: Any) -> Quoted:
    """The `q` filter: print any value as one quoted YAML scalar."""
    return Quoted(value.text if isinstance(value, Quoted) else str(value))


def whole_file_if(regex: Any) -> Quoted:
    """The `whole_file_if` filter: a quoted regex that matches the whole file when `regex` matches in it.

    Under `pattern-not-inside`, it silences every finding of a file that contains the text: a cheap
    file-wide check where a whole-file statement sequence (`... X; ...`) would be slow.
    """
    text = regex.text if isinstance(regex, Quoted) else str(regex)
    return Quoted(r"(?s)\A(?=.*?(?:" + text + r")).*")


def imports_of(libraries: list[str]) -> Quoted:
    """The `imports_of` filter: a quoted regex for an import or require of one of the libraries' modules
    (LIBRARY_MODULES): `from 'm'`, `import 'm'`, `import('m')`, `require('m')`, any quote."""
    names = "|".join(re.escape(m) for library in libraries for m in LIBRARY_MODULES[library])
    return Quoted(r"""(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"`](?:""" + names + r""")['"`]""")


def regex_any(names: list[str], anchored: bool = True) -> Quoted:
    """The `regex_any` filter: a quoted regex matching exactly one of `names`."""
    body = "|".join(re.escape(str(n)) for n in names)
    return Quoted(f"^({body})$" if anchored else f"({body})")


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str
    default: Any = None
    required: bool = True
    minimum: int | None = None
    choices: tuple[str, ...] = ()

    def schema(self) -> dict[str, Any]:
        if self.choices:
            if self.type == "choices":
                return {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": list(self.choices)}}
            return {"enum": list(self.choices)}
        schema = dict(PARAMETER_TYPES[self.type][0])
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        return schema

    def expects(self) -> str:
        if self.choices:
            listed = ", ".join(self.choices)
            return f"a list of some of: {listed}" if self.type == "choices" else f"one of: {listed}"
        text = PARAMETER_TYPES[self.type][1]
        return f"{text} >= {self.minimum}" if self.minimum is not None else text


@dataclass
class Template:
    name: str
    path: Path
    description: str
    parameters: dict[str, Parameter] = field(default_factory=dict)


class TemplateLibrary:
    """The templates found in the built-in folder, then in any extra folders (later ones win)."""

    def __init__(self, extra_dirs: list[Path] | None = None):
        self.dirs = [BUILTIN_DIR, *(extra_dirs or [])]
        self.templates: dict[str, Template] = {}
        problems: list[Problem] = []
        for directory in self.dirs:
            if not directory.is_dir():
                problems.append(Problem(display_path(directory), 1, "template folder does not exist", "pass an existing folder"))
                continue
            for path in sorted(directory.glob(f"*{SUFFIX}")):
                if path.name.startswith("_"):
                    continue
                try:
                    template = _read_declaration(path)
                except InputError as exc:
                    problems.extend(exc.problems)
                    continue
                self.templates[template.name] = template
        if problems:
            raise InputError(problems)
        # Loader order: extra folders first so a team's template or macro replaces a built-in one.
        loader = jinja2.FileSystemLoader([str(d) for d in reversed(self.dirs)])
        self.env = SandboxedEnvironment(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["q"] = quote
        self.env.filters["regex_any"] = regex_any
        self.env.filters["whole_file_if"] = whole_file_if
        self.env.filters["imports_of"] = imports_of
        self.env.globals["MODULES"] = LIBRARY_MODULES
        self.env.globals["raise"] = _refuse

    def names(self) -> list[str]:
        return sorted(self.templates)

    def resolve_parameters(self, name: str, given: dict[str, Any], where, profile=None) -> dict[str, Any]:
        """Check `given` against the template's declaration and fill in defaults.

        A value `{profile: <key>, default: <value>}` takes the profile's value for <key> when the
        profile sets it, else the default. `where(path, message, fix)` makes a Problem pointing into
        the spec file.
        """
        from .profile import parameter_keys

        template = self.templates[name]
        problems: list[Problem] = []
        resolved: dict[str, Any] = {}
        given = dict(given)
        for key, value in list(given.items()):
            if isinstance(value, dict) and "profile" in value:
                ref = value["profile"]
                if set(value) - {"profile", "default"} or ref not in parameter_keys():
                    problems.append(where(("parameters", key), f"parameter '{key}' refers to unknown profile key {ref!r}",
                                          f"use one of: {', '.join(sorted(parameter_keys()))}; and only profile/default"))
                    given.pop(key)
                    continue
                found, profile_value = profile.lookup(ref) if profile is not None else (False, None)
                if found:
                    given[key] = profile_value
                elif "default" in value:
                    given[key] = value["default"]
                else:
                    given.pop(key)
        for key in given:
            if key not in template.parameters:
                known = ", ".join(sorted(template.parameters)) or "none"
                problems.append(where(("parameters", key), f"unknown parameter '{key}' for template '{name}'",
                                      f"remove it; template '{name}' takes: {known}"))
        for pname, param in template.parameters.items():
            if pname not in given:
                if param.required:
                    problems.append(where(("parameters",), f"missing parameter '{pname}' for template '{name}'",
                                          f"add parameters.{pname}: {param.expects()}"))
                else:
                    resolved[pname] = param.default
                continue
            value = given[pname]
            errors = list(jsonschema.Draft202012Validator(param.schema()).iter_errors(value))
            if errors:
                problems.append(where(("parameters", pname), f"parameter '{pname}' has the wrong type or value ({_short(value)})",
                                      f"give {param.expects()}"))
                continue
            bad_regex = _first_bad_regex(param.type, value)
            if bad_regex:
                problems.append(where(("parameters", pname), f"parameter '{pname}' is not a valid regex: {bad_regex}",
                                      "fix the regular expression (Python/PCRE syntax)"))
                continue
            resolved[pname] = value
        if problems:
            raise InputError(problems)
        return resolved

    def render(self, name: str, params: dict[str, Any], context: dict[str, Any], where) -> dict[str, Any]:
        """Render template `name` and return the pattern block as data."""
        template = self.templates[name]
        values: dict[str, Any] = dict(context)
        for pname, value in params.items():
            ptype = template.parameters[pname].type
            values[pname] = _typed_for_template(ptype, value)
        try:
            text = self.env.get_template(template.path.name).render(**values)
        except jinja2.TemplateSyntaxError as exc:
            raise InputError([Problem(display_path(Path(exc.filename or template.path)), exc.lineno or 1,
                                      f"template syntax error: {exc.message}", "fix the template")])
        except jinja2.UndefinedError as exc:
            raise InputError([where(("template",), f"template '{name}' used an undefined value: {exc.message}",
                                    "declare and pass that parameter, or fix the template")])
        except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
            raise InputError([where(("template",), f"template '{name}' failed: {exc}", "fix the template")])
        try:
            block = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise InputError([Problem(display_path(template.path), 1,
                                      f"template rendered invalid YAML for rule parameters {_short(params)}: {exc}",
                                      "fix the template's indentation or quote values with |q")])
        if not isinstance(block, dict) or not block:
            raise InputError([Problem(display_path(template.path), 1, "template rendered no pattern block",
                                      "render a mapping with pattern, patterns or pattern-either")])
        unknown = sorted(set(block) - RENDERED_KEYS)
        if unknown:
            raise InputError([Problem(display_path(template.path), 1, f"template rendered unexpected keys {unknown}",
                                      f"render only {sorted(RENDERED_KEYS)}")])
        return block


def _first_bad_regex(ptype: str, value: Any) -> str | None:
    regexes = [value] if ptype == "regex" else list(value.values()) if ptype == "regex-map" else []
    for regex in regexes:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                re.compile(regex)
        except re.error as exc:
            return f"{regex!r}: {exc}"
    return None


def _typed_for_template(ptype: str, value: Any) -> Any:
    """Free text reaches templates only as Quoted, so it always prints as one YAML scalar."""
    if value is None:
        return None
    if ptype in ("string", "regex"):
        return Quoted(value)
    if ptype == "patterns":
        return [Quoted(v) for v in value]
    if ptype == "regex-map":
        return {k: Quoted(v) for k, v in value.items()}
    return value


def _refuse(message: str) -> None:
    """`raise(...)` in a template: reject parameters the template cannot render."""
    raise jinja2.TemplateError(message)


def _read_declaration(path: Path) -> Template:
    shown = display_path(path)
    text = path.read_text(encoding="utf-8")
    match = _DECLARATION.match(text)
    if not match:
        raise InputError([Problem(shown, 1, "template has no parameter declaration",
                                  "start the file with {#--- description: ... parameters: ... ---#}")])
    try:
        decl = yaml.safe_load(match.group("body")) or {}
    except yaml.YAMLError as exc:
        raise InputError([Problem(shown, 2, f"invalid YAML in the template declaration: {exc}", "fix the declaration")])
    if not isinstance(decl, dict) or not isinstance(decl.get("description"), str):
        raise InputError([Problem(shown, 2, "the declaration needs a 'description' string", "add description: ...")])
    params: dict[str, Parameter] = {}
    for pname, spec in (decl.get("parameters") or {}).items():
        if pname in CONTEXT_NAMES:
            raise InputError([Problem(shown, 2, f"parameter name '{pname}' is reserved",
                                      f"rename it; reserved: {', '.join(sorted(CONTEXT_NAMES))}")])
        if not isinstance(spec, dict):
            raise InputError([Problem(shown, 2, f"parameter '{pname}' must be a mapping", "give type, description")])
        ptype = spec.get("type")
        choices = tuple(spec.get("choices") or ())
        if ptype not in PARAMETER_TYPES and not (ptype in ("choice", "choices") and choices):
            raise InputError([Problem(shown, 2, f"parameter '{pname}' has unknown type {ptype!r}",
                                      f"use one of {sorted(PARAMETER_TYPES)} or choice/choices with a choices list")])
        params[pname] = Parameter(
            name=pname,
            type=ptype,
            description=str(spec.get("description", "")),
            default=spec.get("default"),
            required="default" not in spec,
            minimum=spec.get("minimum"),
            choices=choices,
        )
    name = path.name[: -len(SUFFIX)]
    return Template(name=name, path=path, description=decl["description"], parameters=params)


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
