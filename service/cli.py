"""The `imr` command: one click group; each subcommand builds Settings, calls one function, prints."""

from __future__ import annotations

import importlib.metadata
import logging
import sys
from collections.abc import Iterable
from importlib.metadata import EntryPoint
from pathlib import Path

import click
import msgspec

from indexer.errors import ImrError
from indexer.settings import Settings
from service.cli_text import setup_logging
from service.settings import ServiceSettings

logger = logging.getLogger("imr")


class Command(click.Command):
    """A command whose --help ends with its examples (and, with `filters=True`, every filter)."""

    def __init__(self, *args, examples: str = "", filters: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.examples = examples
        self.filters = filters

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from service.cli_text import filter_help

        text = ("Examples:\n" + self.examples.strip("\n") if self.examples else "") + (
            "\n\n" + filter_help() if self.filters else "")
        if text:
            formatter.write("\n")
            for line in text.splitlines():
                formatter.write_text(line) if not line.startswith(" ") else formatter.write(line + "\n")


def settings_from(ctx: click.Context, **overrides: object) -> Settings:
    """The indexer's settings from the environment, flags overriding."""
    try:
        return Settings.from_env(**{k: v for k, v in overrides.items() if v is not None})
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc


def service_settings_from(ctx: click.Context, **overrides: object) -> ServiceSettings:
    """The service's settings (with the indexer's inside) from the environment, flags overriding."""
    try:
        return ServiceSettings.from_env(**{k: v for k, v in overrides.items() if v is not None})
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc


db_option = click.option("--db", type=click.Path(path_type=Path), help="embedded Chroma folder (IMR_DB)")
url_option = click.option("--chroma-url", help="Chroma server URL, e.g. http://127.0.0.1:8001 (IMR_CHROMA_URL)")


class PluginGroup(click.Group):
    """A click group that adds the `imr.commands` plugins (load_plugins) when first needed: to list
    the commands (help) or to find a name it does not have. `imr ask` never loads them."""

    plugins_loaded = False

    def _load_plugins(self) -> None:
        if not self.plugins_loaded:
            self.plugins_loaded = True
            load_plugins(self)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            self._load_plugins()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_plugins()
        return super().list_commands(ctx)


@click.group(cls=PluginGroup, epilog="""\b
Examples:
  imr index corpus/sample                      # index letters (creates the index)
  imr ask "why was the lumbar MRI denied?"     # a cited answer
  imr search "lumbar MRI" --filter decision=Upheld
  imr serve --port 8001                        # the API and the web page
  imr -v index letters/ --log-format json      # INFO logs as JSON lines""")
@click.option("-v", "--verbose", count=True, help="log each stage (INFO); -vv for debug. Quiet by default")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one JSON object per log line, for machines")
@click.version_option(package_name="imr-search")
def cli(verbose: int, log_format: str) -> None:
    """Search California workers' compensation IMR determination letters."""
    setup_logging(verbose, log_format)


@cli.command(cls=Command, examples="""
  imr index corpus/sample                       # the bundled sample letters, into data/index
  imr index letters/ --db /srv/imr/index        # a folder, recursively, into another index
  imr index letters/ --prune                    # also drop letters whose files are gone
  imr index --db /srv/imr/index                 # an empty index, to fill by upload (POST /api/letters)
""")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@url_option
@click.option("--prune", is_flag=True, help="remove letters whose files are gone")
@click.pass_context
def index(ctx: click.Context, paths: tuple[Path, ...], db: Path | None, chroma_url: str | None, prune: bool) -> None:
    """Index letters (.pdf/.txt files, or folders searched recursively). The only command that
    creates an index folder; the others refuse a --db that holds no index."""
    from indexer.embed import load_encoder
    from indexer.pipeline import index_paths
    from indexer.store import open_store

    settings = settings_from(ctx, db=db, chroma_url=chroma_url)
    try:
        store = open_store(settings)
        if sys.stderr.isatty():
            with click.progressbar(length=1, label="indexing", file=sys.stderr, show_pos=True) as bar:

                def progress(done: int, total: int, path: str) -> None:
                    bar.length = total
                    bar.update(1)

                report = index_paths(settings, paths, store=store, encoder=lambda: load_encoder(settings),
                                     prune=prune, progress=progress)
        else:
            step = {"next": 0.0}

            def progress(done: int, total: int, path: str) -> None:
                if done == total or done / total >= step["next"]:
                    logger.info("read %d/%d files", done, total)
                    step["next"] = done / total + 0.1

            report = index_paths(settings, paths, store=store, encoder=lambda: load_encoder(settings),
                                 prune=prune, progress=progress)
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc
    for failure in report.failed:
        click.echo(f"failed: {failure.reason}", err=True)
    click.echo(report.summary())
    click.echo(f"store: {store.location} ({store.count()} chunks, {store.letter_count()} letters)")
    if report.failed:
        ctx.exit(1)


@cli.command(cls=Command, examples="""
  imr parse letter.pdf                          # the items and their decisions
  imr parse letters/ --json > parsed.jsonl      # one JSON object per letter, with sentence roles
""")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="one JSON object per letter (JSON lines)")
@click.option("--text/--no-text", default=False, help="include the letter text in the JSON")
@click.pass_context
def parse(ctx: click.Context, paths: tuple[Path, ...], as_json: bool, text: bool) -> None:
    """Parse letters and print their structure (no index needed). --json adds each item's sentence
    roles and reasons; the embedding model is loaded only if the rules leave a sentence open."""
    from indexer.prepare import annotate, iter_letters

    model: list = []

    def encoder():
        if not model:
            from indexer.embed import load_encoder

            model.append(load_encoder(settings_from(ctx)))
        return model[0]

    failed = 0
    for path, result in iter_letters(paths):
        if isinstance(result, ImrError):
            failed += 1
            click.echo(f"failed: {result}", err=True)
            continue
        if as_json:
            (result,) = annotate([result], encoder)
            data = msgspec.to_builtins(result)
            if not text:
                data.pop("text", None)
            click.echo(msgspec.json.encode(data).decode())
        else:
            click.echo(f"{result.case_number}  {path}  ({len(result.items)} items, {result.page_count} pages)")
            for item in result.items:
                click.echo(f"  {item.index}. {item.request}: {item.decision}  (p. {','.join(map(str, item.pages))})")
    if failed:
        ctx.exit(1)


def open_engine(settings: Settings):
    """The index as it is, for reading: never created here (a mistyped --db is an error), and
    opened read-only when its folder cannot be written."""
    from indexer.embed import load_encoder
    from indexer.store import open_store
    from service.engine import Engine

    store = open_store(settings, create=False)
    return Engine(settings, store, load_encoder(settings))


def require_index(settings: Settings) -> None:
    from indexer.errors import IndexMissingError
    from indexer.store import CATALOG

    if not (Path(settings.db) / CATALOG).exists():
        raise click.ClickException(str(IndexMissingError(
            f"no index at {settings.db}: run `imr index LETTERS --db {settings.db}` first, or check the --db "
            "path (IMR_DB)")))


@cli.command(cls=Command, examples="""
  imr serve                                     # http://127.0.0.1:8000, the index in data/index
  imr serve --db /srv/imr/index --port 8001
  IMR_API_KEY=... imr serve --host 0.0.0.0      # reachable from other machines: writes need the key
""")
@db_option
@url_option
@click.option("--host", help="address to bind (IMR_HOST, default 127.0.0.1)")
@click.option("--port", type=int, help="port (IMR_PORT, default 8000)")
@click.pass_context
def serve(ctx: click.Context, db: Path | None, chroma_url: str | None, host: str | None, port: int | None) -> None:
    """Serve the API and the web page. Says at start who may write and what rate limit is in force."""
    import uvicorn

    from service.app import create_app, serving_threads
    from service.exposure import startup_lines
    from service.listen import bind

    settings = service_settings_from(ctx, db=db, chroma_url=chroma_url, host=host, port=port)
    require_index(settings.index)
    try:
        sock = bind(settings.host, settings.port)  # before the URL is announced: a port in use is said so
        app = create_app(settings)
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc
    serving_threads(settings)
    click.echo(f"serving {settings.index.chroma_url or settings.index.db} at http://{settings.host}:{settings.port}",
               err=True)
    for level, line in startup_lines(settings):
        click.echo(("warning: " if level == "warning" else "") + line, err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])


@cli.command(cls=Command, filters=True, examples="""
  imr search "lumbar MRI"
  imr search "lumbar MRI" --filter decision=Upheld --filter treatment=mri -k 50
  imr search "acupuncture" --json | jq '.hits[].case_number'
""")
@click.argument("query")
@click.option("-k", type=click.IntRange(1, 50), default=10, show_default=True, help="hits to return")
@click.option("--filter", "filters", multiple=True, metavar="NAME=VALUE",
              help="e.g. decision=Upheld; every name and value is listed below")
@click.option("--json", "as_json", is_flag=True, help="the API's JSON")
@db_option
@url_option
@click.pass_context
def search(ctx, query: str, k: int, filters: tuple[str, ...], as_json: bool, db, chroma_url) -> None:
    """Search the index: one hit per disputed item. Exit 1 when nothing matches ("0 hits")."""
    from service import qa
    from service.cli_text import print_hits

    settings = service_settings_from(ctx, db=db, chroma_url=chroma_url)
    try:
        result = qa.search(open_engine(settings.index), qa.SearchRequest(query=query, k=k, filters=parse_filters(filters)),
                           settings)
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(msgspec.json.encode(result).decode())
    else:
        print_hits(result)
    if not result.hits:
        ctx.exit(1)


@cli.command(cls=Command, filters=True, examples="""
  imr ask "why was the lumbar MRI denied?"
  imr ask "why was the MRI denied in case CM16-0242419?"
  imr ask "why are lumbar MRI requests denied?"          # the reasons that recur, with counts
  imr ask "how often is physical therapy upheld?" --filter body_region=knee
""")
@click.argument("question")
@click.option("--filter", "filters", multiple=True, metavar="NAME=VALUE",
              help="e.g. decision=Overturned; every name and value is listed below")
@click.option("--json", "as_json", is_flag=True, help="the API's JSON")
@db_option
@url_option
@click.pass_context
def ask(ctx, question: str, filters: tuple[str, ...], as_json: bool, db, chroma_url) -> None:
    """Answer a question from the letters: what was understood, the answer, and each quote with its
    case, item, decision and letter page."""
    from service import qa
    from service.cli_text import print_answer

    settings = service_settings_from(ctx, db=db, chroma_url=chroma_url)
    try:
        answer = qa.ask(open_engine(settings.index), qa.AskRequest(question=question, filters=parse_filters(filters)),
                        settings)
    except ImrError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(msgspec.json.encode(answer).decode())
        return
    print_answer(answer)


def parse_filters(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r}: write filters as NAME=VALUE", param_hint="--filter")
        out[name.strip()] = value.strip()
    return out


PLUGIN_GROUP = "imr.commands"


def load_plugins(group: click.Group, entry_points: Iterable[EntryPoint] | None = None) -> list[str]:
    """Add the click commands that installed packages register under the `imr.commands` entry point
    group (`imr eval` and `imr generate` come from eval/cli.py this way: the product never imports
    the harness). A plugin that fails to load is logged and skipped. Returns the names added."""
    found = importlib.metadata.entry_points(group=PLUGIN_GROUP) if entry_points is None else entry_points
    added = []
    for entry in found:
        if entry.name in group.commands:
            continue
        try:
            command = entry.load()
        except Exception as exc:  # a broken plugin must not break the product's commands
            logger.warning("imr plugin %s (%s) failed to load: %s", entry.name, entry.value, exc)
            continue
        group.add_command(command, name=entry.name)
        added.append(entry.name)
    return added


def main() -> None:  # pragma: no cover
    cli()
