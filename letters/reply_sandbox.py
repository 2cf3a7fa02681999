"""The sandbox that runs reply templates: Jinja2's immutable sandbox with no globals, a
short list of text filters, refusals of the usual escape routes before anything runs, and
two passes so that every missing value is reported at once.

A template never turns into a broken letter: syntax errors, unknown or unsafe placeholders
(``__class__``, ``self``, ``lipsum``, ``cycler`` …) and missing values raise ``TemplateProblem``
with everything that is wrong, for the front end to show. Rendering is done twice: once with
an undefined that records every missing value (so the message lists all of them, not the
first one), then with ``StrictUndefined`` for the letter itself.

A template cannot exhaust the machine either: every way to make text bigger than its input
(``*``, ``+``, ``%``, ``~``, ``|indent``, ``|replace``, ``|format``, ``|join``, ``|wordwrap``)
is estimated before it runs and refused past ``MAX_OUTPUT``; loops share a budget of
``MAX_ITERATIONS`` turns; the output is counted as it is produced; constructs that collect
output out of sight (``{% set %}…{% endset %}``, ``{% filter %}``, macros, recursive loops)
are refused; strings offer only methods that cannot grow them; and nothing is evaluated at
compile time, where the sandbox does not look.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined, UndefinedError, nodes
from jinja2 import meta as jinja_meta
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

CONTEXT_NAMES = frozenset(
    {"consumer", "letter", "letters", "appeal", "reply", "executor", "signatory", "company"}
    | {"fields", "today"}
)
# Names a template may not use even as its own variables: the usual escape routes.
FORBIDDEN_NAMES = frozenset(
    {"self", "lipsum", "cycler", "joiner", "namespace", "range", "dict", "config", "request"}
    | {"session", "g", "url_for", "get_flashed_messages", "__builtins__", "os", "sys"}
)
SAFE_FILTERS = frozenset(
    "abs capitalize center count default d first float format int join last length list lower "  # noqa: SIM905
    "max min replace reverse round sort string sum title trim truncate unique upper wordcount "
    "wordwrap indent batch slice select reject".split()
)
MAX_NUMBER = 100_000  # largest number a template may hand to a call or repeat a string by
MAX_OUTPUT = 200_000  # characters of a letter, and of any text a template builds
MAX_ITERATIONS = 100_000  # loop turns in one rendering, all loops together
# String methods a template may call: none of them makes a string longer.
STR_METHODS = frozenset(
    "capitalize casefold count endswith find index isalnum isalpha isdecimal isdigit "  # noqa: SIM905
    "islower isnumeric isspace istitle isupper lower lstrip partition removeprefix "
    "removesuffix rfind rindex rpartition rsplit rstrip split splitlines startswith strip "
    "swapcase title upper".split()
)


class TemplateProblem(Exception):
    """A template or its values cannot make a letter. ``code``: ``syntax``, ``unsafe``,
    ``unknown_name``, ``missing``, ``bad_value``, ``runtime``, ``not_found``, ``invalid``;
    ``items``: the names, fields or reasons concerned; ``line``: for a syntax error."""

    def __init__(self, code: str, items: list[str] | None = None, line: int | None = None):
        self.code = code
        self.items = items or []
        self.line = line
        where = f" (line {line})" if line else ""
        super().__init__(f"{code}{where}: {', '.join(self.items)}")


class Namespace(dict[str, Any]):
    """A dict of context values that knows its own path, so that a missing value is
    reported as «consumer.account» rather than «account»."""

    __slots__ = ("_mr_path",)

    def __init__(self, path: str, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self._mr_path = path


def _undefined_path(undefined: Undefined) -> str:
    name = str(undefined._undefined_name or "?")
    parent = undefined._undefined_obj
    if isinstance(parent, Namespace):
        return f"{parent._mr_path}.{name}"
    return name


_MISSING: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "mailroom_missing", default=None
)


class _RecordingUndefined(Undefined):
    """Renders as nothing and writes down what was missing; unsafe access still raises."""

    __slots__ = ()

    def _record(self) -> None:
        if issubclass(self._undefined_exception, SecurityError):
            raise self._undefined_exception(self._undefined_message)
        sink = _MISSING.get()
        if sink is not None:
            sink.add(_undefined_path(self))

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
        self._record()
        return self

    def __str__(self) -> str:
        self._record()
        return ""

    def __iter__(self) -> Any:
        self._record()
        return iter(())

    def __bool__(self) -> bool:
        self._record()
        return False

    def __len__(self) -> int:
        self._record()
        return 0


_TOO_LONG = "the text would be too long for a letter"
_PERCENT_SPEC = re.compile(r"%[-#0 +]*(\d*)(?:\.(\d*))?")
_ITERATIONS: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "mailroom_iterations", default=None
)


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple) else 0


def _percent_size(template: str, values: Any) -> int:
    """An upper bound of ``template % values``: widths and precisions are added."""
    widths = sum(int(w or 0) + int(p or 0) for w, p in _PERCENT_SPEC.findall(template))
    values = values if isinstance(values, tuple) else (values,)
    return len(template) + widths + sum(len(str(v)) for v in values)


def _refuse_big(size: int) -> None:
    if size > MAX_OUTPUT:
        raise SecurityError(_TOO_LONG)


def _refuse_numbers(values: Any) -> None:
    for value in values:
        if isinstance(value, int) and abs(value) > MAX_NUMBER:
            raise SecurityError("number too large for a template")


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator in ("*", "**"):
            _refuse_numbers((left, right))
        if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise SecurityError("power too large for a template")
        if operator == "*":
            seq, times = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(times, int) and isinstance(seq, str | list | tuple):
                items = sum(len(str(x)) for x in seq) if isinstance(seq, list | tuple) else 0
                _refuse_big(times * (len(seq) + items))
        elif operator == "+":
            _refuse_big(_size(left) + _size(right))
        elif operator == "%" and isinstance(left, str):
            _refuse_big(_percent_size(left, right))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _refuse_numbers((*args, *kwargs.values()))
        return super().call(__context, __obj, *args, **kwargs)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and callable(value) and attr not in STR_METHODS:
            return False  # join, replace, center, format … can grow a string without end
        return super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> None:
        return None  # str.format is not in STR_METHODS: refused like the rest


_GROWING_FILTERS = frozenset({"indent", "replace", "format", "wordwrap", "join"})


def _filter_size(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """An upper bound of the text a filter would make, for the ones that can grow it."""

    def arg(index: int, key: str, default: Any) -> Any:
        return args[index] if len(args) > index else kwargs.get(key, default)

    if name not in _GROWING_FILTERS:
        return 0
    text = str(arg(0, "s", ""))
    if name == "indent":
        width = arg(1, "width", 4)
        step = len(width) if isinstance(width, str) else int(width)
        return len(text) + (text.count("\n") + 1) * step
    if name == "replace":
        old, new = str(arg(1, "old", "")), str(arg(2, "new", ""))
        return len(text) + (text.count(old) if old else len(text) + 1) * len(new)
    if name == "format":
        return _percent_size(text, (*args[1:], *kwargs.values()))
    if name == "wordwrap":
        width = max(1, int(arg(1, "width", 79)))
        wrap = arg(3, "wrapstring", None) or "\n"
        return len(text) + (len(text) // width + 1) * len(str(wrap))
    if name == "join":
        items = args[0]
        return sum(len(str(i)) for i in items) + len(items) * len(str(arg(1, "d", "")))
    return 0


def _guarded(name: str, function: Any) -> Any:
    """``function`` (a filter) refusing huge numbers and texts that would grow too long."""
    passes_context = getattr(function, "jinja_pass_arg", None) is not None

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        head, args = (args[:1], args[1:]) if passes_context else ((), args)
        _refuse_numbers((*args[1:], *kwargs.values()))  # the parameters, not the value
        if name == "join" and args:
            args = (list(args[0]), *args[1:])  # measured, then joined: read it once
        _refuse_big(_filter_size(name, args, kwargs))
        return function(*head, *args, **kwargs)

    return guarded


def _counted(value: Any) -> Any:
    """A loop's sequence, counting its turns against the rendering's budget."""
    budget = _ITERATIONS.get()
    for item in value:
        if budget is not None:
            budget[0] -= 1
            if budget[0] < 0:
                raise SecurityError("too many repetitions for a template")
        yield item


def _sized(value: Any) -> Any:
    _refuse_big(_size(value))
    return value


class _Instrument(NodeTransformer):
    """Loops count their turns; joined texts (``~``) are measured."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, "_mr_counted", [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(node, "_mr_sized", [], [], None, None, lineno=node.lineno)


def _environment(undefined: type[Undefined]) -> _Sandbox:
    env = _Sandbox(
        undefined=undefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        optimized=False,  # constant folding would run filters at compile time, unguarded
    )
    env.globals.clear()
    env.filters = {k: _guarded(k, v) for k, v in env.filters.items() if k in SAFE_FILTERS}
    env.filters.update(money=format_money, date=format_date, plural=plural)
    env.filters.update(_mr_counted=_counted, _mr_sized=_sized)
    return env


def _render(env: _Sandbox, source: str, context: Mapping[str, Any]) -> str:
    """Render with the loop budget, stopping as soon as the output is too long."""
    tree = _Instrument().visit(env.parse(source))
    template = env.from_string(tree)
    token = _ITERATIONS.set([MAX_ITERATIONS])
    try:
        parts: list[str] = []
        size = 0
        for part in template.generate(context):
            size += len(part)
            if size > MAX_OUTPUT:
                raise TemplateProblem("runtime", ["the letter is too long"])
            parts.append(part)
        return "".join(parts)
    finally:
        _ITERATIONS.reset(token)


@lru_cache(maxsize=1)
def _strict() -> _Sandbox:
    return _environment(StrictUndefined)


@lru_cache(maxsize=1)
def _recording() -> _Sandbox:
    return _environment(_RecordingUndefined)


_FORBIDDEN_NODES = (
    nodes.Include,
    nodes.Import,
    nodes.FromImport,
    nodes.Extends,
    nodes.Macro,
    nodes.CallBlock,
    nodes.FilterBlock,
    nodes.AssignBlock,
)

_SHOWN_AS = {
    nodes.CallBlock: "{% call %}",
    nodes.FilterBlock: "{% filter %}",
    nodes.AssignBlock: "{% set %}…{% endset %}",
}


def _check_source(source: str) -> None:
    """Refuse syntax errors, unknown names and the usual escape routes before running."""
    try:
        tree = _strict().parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem("syntax", [exc.message or ""], exc.lineno) from exc
    unsafe: set[str] = set()
    kinds = (nodes.Name, nodes.Getattr, nodes.Const, nodes.Filter, nodes.For, *_FORBIDDEN_NODES)
    for node in tree.find_all(kinds):
        if isinstance(node, _FORBIDDEN_NODES):
            unsafe.add(_SHOWN_AS.get(type(node), f"{{% {type(node).__name__.lower()} %}}"))
        elif isinstance(node, nodes.For) and node.recursive:
            unsafe.add("{% for … recursive %}")
        elif isinstance(node, nodes.Name) and node.name in FORBIDDEN_NAMES:
            unsafe.add(node.name)
        elif isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            unsafe.add(f".{node.attr}")
        elif isinstance(node, nodes.Const) and isinstance(node.value, str):
            if "__" in node.value:
                unsafe.add(repr(node.value))
        elif isinstance(node, nodes.Filter) and (
            node.name not in _strict().filters or node.name.startswith("_")
        ):
            unsafe.add(f"|{node.name}")
    if unsafe:
        raise TemplateProblem("unsafe", sorted(unsafe))
    unknown = jinja_meta.find_undeclared_variables(tree) - CONTEXT_NAMES
    if unknown:
        raise TemplateProblem("unknown_name", sorted(unknown))


def render_string(source: str, context: Mapping[str, Any]) -> str:
    """Render one template text; ``TemplateProblem`` lists every missing value at once."""
    _check_source(source)
    missing: set[str] = set()
    token = _MISSING.set(missing)
    try:
        _render(_recording(), source, context)
        if missing:
            raise TemplateProblem("missing", sorted(missing))
        text = _render(_strict(), source, context)
    except SecurityError as exc:
        raise TemplateProblem("unsafe", [str(exc)]) from exc
    except UndefinedError as exc:
        raise TemplateProblem("missing", [str(exc)]) from exc
    except TemplateProblem:
        raise
    except (TemplateError, ArithmeticError, TypeError, ValueError, LookupError) as exc:
        raise TemplateProblem("runtime", [f"{type(exc).__name__}: {exc}"]) from exc
    except (RecursionError, MemoryError) as exc:  # the checks above should make these rare
        raise TemplateProblem("runtime", [type(exc).__name__]) from exc
    finally:
        _MISSING.reset(token)
    if len(text) > MAX_OUTPUT:
        raise TemplateProblem("runtime", ["the letter is too long"])
    return text


# --- values and filters ------------------------------------------------------------------


def parse_money(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    text = str(value).replace("\u00a0", "").replace(" ", "").replace(",", ".")
    text = text.removesuffix("руб.").removesuffix("₽")
    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc


def format_money(value: Any) -> str:
    """1843.2 → «1 843,20 руб.» (non-breaking spaces between thousands)."""
    if isinstance(value, Undefined):
        return str(value)  # reports the missing value
    amount = parse_money(value)
    whole, _, cents = f"{abs(amount):,.2f}".partition(".")
    sign = "−" if amount < 0 else ""
    return f"{sign}{whole.replace(',', chr(0xA0))},{cents}\u00a0руб."


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {value!r}")


def format_date(value: Any) -> str:
    """A date as «05.03.2026» (ГОСТ Р 7.0.97: digits, day.month.year)."""
    if isinstance(value, Undefined):
        return str(value)
    if isinstance(value, str) and not value.strip():
        return ""
    return parse_date(value).strftime("%d.%m.%Y")


def plural(value: Any, one: str, few: str, many: str) -> str:
    """Russian plural: 1 месяц, 3 месяца, 11 месяцев."""
    if isinstance(value, Undefined):
        return str(value)
    n = abs(int(str(value).strip() or 0))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many
