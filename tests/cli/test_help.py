"""Every `kg` command teaches: help with an Example block, reachable with -h and --help."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import cli

COMMANDS = sorted(cli.commands)


def test_the_core_commands_exist():
    assert {"build", "eval"} <= set(COMMANDS)


def test_group_help():
    result = CliRunner().invoke(cli, ["-h"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    for name in COMMANDS:
        assert f"  {name} " in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_command_help_has_an_example(name, flag):
    result = CliRunner().invoke(cli, [name, flag])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: cli {name} ")
    assert "Example:" in result.stdout
    example = result.stdout.split("Example:", 1)[1].splitlines()[1]
    assert example.strip().startswith(f"kg {name}")  # \b kept the example lines intact


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_explained(name):
    command = cli.commands[name]
    for param in command.params:
        if param.param_type_name == "option" and not param.hidden:
            assert param.help, f"kg {name} {param.opts[0]} has no help text"


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("kg, version ")
