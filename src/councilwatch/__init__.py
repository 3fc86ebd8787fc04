"""councilwatch: what your local council decided, with every sentence cited and checked."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/councilwatch/councilwatch"
USER_AGENT = f"councilwatch/{__version__} (+{PROJECT_URL})"
