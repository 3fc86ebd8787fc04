from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, help="Worker threads.")
def serve(host: str, port: int, threads: int) -> None:
    """Serve the web site, feeds and API (production WSGI server; static files by whitenoise).

    Put it behind a reverse proxy for TLS. Settings come from the environment (see README).
    """
    from councilwatch.web import bootstrap

    bootstrap.ready()
    run_server(host, port, threads)


def run_server(host: str, port: int, threads: int = 8) -> None:
    import waitress
    from django.core.management import call_command

    # Collect first: whitenoise indexes the static directory when the application is created.
    call_command("collectstatic", interactive=False, verbosity=0)
    from councilwatch.web.wsgi import application

    click.echo(f"Serving councilwatch on http://{host}:{port}/  (Ctrl-C to stop)")
    waitress.serve(application, host=host, port=port, threads=threads, ident="councilwatch")
