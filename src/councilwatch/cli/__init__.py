"""The `councilwatch` command.

Each command lives in its own small module and is imported only when used, so `councilwatch --help`
stays fast and a command's heavy dependencies (Django, PDF, NLP) load only when that command runs.
"""

from __future__ import annotations

import importlib

import click

# name -> "module:attribute"; the order here is the order `--help` shows.
COMMANDS: dict[str, str] = {
    "demo": "councilwatch.cli.demo:demo",
    "init": "councilwatch.cli.database:init",
    "councils": "councilwatch.cli.councils:councils",
    "crawl": "councilwatch.cli.crawl:crawl",
    "replay": "councilwatch.cli.replay:replay",
    "extract": "councilwatch.cli.extract:extract",
    "search": "councilwatch.cli.search:search",
    "summarize": "councilwatch.cli.summarize:summarize",
    "brief": "councilwatch.cli.brief:brief",
    "audit": "councilwatch.cli.audit:audit",
    "serve": "councilwatch.cli.serve:serve",
    "weekly": "councilwatch.cli.weekly:weekly",
    "demand": "councilwatch.cli.demand:demand",
    "worker": "councilwatch.cli.scale:worker",
    "beat": "councilwatch.cli.scale:beat",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self.get_command(ctx, name) is not None]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # command not built in this checkout
                return None
            raise
        return getattr(module, attribute)


@click.group(
    cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(package_name="councilwatch")
def main() -> None:
    """councilwatch: what your local council decided, and proof of every word.

    Crawls council committee sites (ModernGov), extracts the minutes and report packs into citable
    passages, and writes meeting summaries in which every sentence cites its source and passes an
    automatic check against it.
    """
