"""kg eval: score extraction against gold records (../shared/eval/GUIDELINES.md)."""

from __future__ import annotations

import click

from kg.cli._app import cli
from kg.evaluate import LEVELS, evaluate, read_gold


@cli.command("eval")
@click.argument(
    "gold",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    metavar="GOLD.jsonl...",
)
@click.option("--errors", is_flag=True, help="List each record's missing and extra triples.")
def eval_command(gold, errors):
    """Score extraction on gold records: precision, recall, F1.

    Each GOLD.jsonl line is a record {"id", "lang", "text", "triples",
    "optional", "negated"}. kg extracts the text and compares its triples, as
    sets per record, at type, quad-class and dyad level (micro-averaged), and
    counts denied events it asserted. With --errors, each record's missing
    and extra triples are listed first. Scores go to stdout; the last four
    lines are always the type, quad, dyad and negated-as-asserted figures.

    \b
    Example:
        kg eval ../shared/eval/dev_ar.jsonl
        kg eval ../shared/eval/seed_gold.jsonl --errors
    """
    records = [record for path in gold for record in read_gold(path)]
    score = evaluate(records)
    if errors:
        texts = {record.id: record.text for record in records}
        for item in score.errors:
            if item.missing or item.extra or item.negated_as_asserted:
                excerpt = " ".join(texts.get(item.id, "").split())
                excerpt = excerpt if len(excerpt) <= 70 else excerpt[:69] + "…"
                click.echo(f"{item.id}  {excerpt}")
                for triple in item.missing:
                    click.echo(f"  missing  {' '.join(triple)}")
                for triple in item.extra:
                    click.echo(f"  extra    {' '.join(triple)}")
                for triple in item.negated_as_asserted:
                    click.echo(f"  negated  {' '.join(triple)} (gold says it did not happen)")
        click.echo()
    # A hook reads the last four lines (`tail -n 4`): keep type, quad, dyad, negated-as-asserted.
    click.echo(f"records: {score.records}")
    for level in LEVELS:
        c = score.levels[level]
        click.echo(
            f"{level:<5} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}"
            f"  (tp {c.tp}, fp {c.fp}, fn {c.fn})"
        )
    click.echo(f"negated-as-asserted: {score.negated_as_asserted}")
