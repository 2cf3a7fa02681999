"""Reply templates: the shipped library renders, missing values are listed, escapes refused."""

from __future__ import annotations

import pytest

from letters.replies import sample_context
from letters.reply_sandbox import TemplateProblem, format_money, plural, render_string
from letters.reply_templates import ReplyTemplate, load_shipped, render
from letters.reply_text import parse_blocks, postal_address_lines

REQUIRED_KINDS = {
    "recalc_done",
    "recalc_refused",
    "readings_accepted",
    "billing_explained",
    "debt_installment",
    "restriction_notice",
    "resumption_notice",
    "forward_grid_quality",
    "forward_grid_connection",
    "extension_notice",
    "invitation",
    "repeated_appeal",
    "info_request",
}


def _template(body: str, subject: str = "Тема") -> ReplyTemplate:
    return ReplyTemplate("user_test", 1, "Проба", subject, body)


def test_library_has_the_templates_of_the_issue() -> None:
    shipped = load_shipped()
    assert set(shipped) >= REQUIRED_KINDS
    assert len(shipped) >= 10
    for template in shipped.values():
        assert template.title and template.subject and template.categories
        assert template.outcome in ("reply_sent", "forwarded", "interim")
    assert shipped["forward_grid_quality"].outcome == "forwarded"
    assert shipped["extension_notice"].outcome == "interim"


@pytest.mark.parametrize("code", sorted(load_shipped()))
def test_every_shipped_template_renders_with_its_examples(code: str) -> None:
    template = load_shipped()[code]
    text = render(template, sample_context(template))
    assert text.subject
    assert "Уважаем" in text.body
    assert "{{" not in text.body and "{%" not in text.body
    assert "руб.." not in text.body and "None" not in text.body
    for f in template.fields:  # every example value reaches the letter
        if f.required and f.type in ("text", "longtext"):
            assert f.example.split(";")[0].strip()[:20] in text.subject + text.body, f.name


def test_missing_values_are_all_listed() -> None:
    template = _template("{{ consumer.account }} {{ fields.amount|money }} {{ fields.period }}")
    context = sample_context(template)
    del context["consumer"]["account"]
    with pytest.raises(TemplateProblem) as info:
        render(template, context)
    assert info.value.code == "missing"
    assert info.value.items == ["consumer.account", "fields.amount", "fields.period"]


def test_optional_values_and_defaults() -> None:
    context = sample_context(_template(""))
    text = render_string(
        "{% if fields.extra is defined %}есть{% else %}нет{% endif %} "
        "{{ fields.place|default('центр') }}",
        context,
    )
    assert text == "нет центр"


def test_syntax_error_names_the_line() -> None:
    with pytest.raises(TemplateProblem) as info:
        render_string("строка\n{{ consumer.name ", {})
    assert info.value.code == "syntax"
    assert info.value.line == 2


def test_unknown_placeholder_is_refused() -> None:
    with pytest.raises(TemplateProblem) as info:
        render_string("{{ client.name }}", {})
    assert (info.value.code, info.value.items) == ("unknown_name", ["client"])


ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ consumer.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ config.items() }}",
    "{{ config.__class__.__init__.__globals__['os'] }}",
    "{{ self._TemplateReference__context }}",
    "{{ self.__dict__ }}",
    "{{ request.application.__globals__ }}",
    "{{ consumer|attr('__class__') }}",
    "{{ consumer|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ (consumer|attr('items'))() }}",
    "{{ consumer['__class__'] }}",
    "{% set a = '_' ~ '_class_' ~ '_' %}{{ consumer[a] }}",
    "{% set a = '_' ~ '_class_' ~ '_' %}{{ consumer|map(attribute=a)|list }}",
    "{{ '{0.__class__.__base__}'.format(consumer) }}",
    "{% set f = '{0._' ~ 'mr_path}' %}{{ f.format(consumer) }}",
    "{{ '%s'.__mod__(consumer) }}",
    "{{ range(10**9)|list }}",
    "{{ 'a' * 100000000 }}",
    "{{ 9 ** 99999 }}",
    "{{ fields.text.ljust(999999999) }}",
    "{{ dict(a=1) }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}",
    "{% extends 'base' %}",
    "{{ consumer.update({'name': 'x'}) }}",
    "{{ letters.append(1) }}",
    "{{ fields.text|tojson }}",
    "{{ consumer|pprint }}",
]


@pytest.mark.parametrize("payload", ESCAPES)
def test_sandbox_escapes_are_refused_with_a_message(payload: str) -> None:
    context = sample_context(_template(""))
    with pytest.raises(TemplateProblem) as info:
        render_string(payload, context)
    assert info.value.code in ("unsafe", "unknown_name")
    assert str(info.value)  # a message the front end can show


def test_money_plural_and_blocks() -> None:
    assert format_money("1843.2") == "1\u00a0843,20\u00a0руб."
    assert format_money("1 843,20") == "1\u00a0843,20\u00a0руб."
    assert [plural(n, "месяц", "месяца", "месяцев") for n in (1, 3, 5, 11, 21, 22)] == [
        "месяц",
        "месяца",
        "месяцев",
        "месяцев",
        "месяц",
        "месяца",
    ]
    blocks = parse_blocks("= Уважаемый!\n\nПервый\nабзац **жирно**.\n- один;\n- два.\n\nКонец")
    assert [b.kind for b in blocks] == ["center", "para", "item", "item", "para"]
    assert blocks[1].runs == (("Первый абзац ", False), ("жирно", True), (".", False))


def test_postal_lines_in_russia_post_order() -> None:
    assert postal_address_lines(
        "Калининградская обл., Гурьевский р-н, пос. Васильково, ул. Садовая, д. 3", "238311"
    ) == [
        "ул. Садовая, д. 3",
        "пос. Васильково",
        "Гурьевский р-н",
        "Калининградская обл.",
        "238311",
    ]
    assert postal_address_lines("236000, Калининград, Ленина 12-5") == [
        "Ленина 12-5",
        "Калининград",
        "236000",
    ]
