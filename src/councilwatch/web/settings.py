"""Django settings, all from the environment.

Embedded by default: a SQLite file in the user's data directory. Set ``DATABASE_URL`` for PostgreSQL
(``postgres://postgres@127.0.0.1:5432/test``).
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

from councilwatch.paths import data_dir

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = _flag("COUNCILWATCH_DEBUG")
# An unset key is fine for the embedded demo; a real deployment must set one (see docs/operations.md).
SECRET_KEY = os.environ.get("COUNCILWATCH_SECRET_KEY", "councilwatch-embedded-not-secret")
ALLOWED_HOSTS = [
    h for h in os.environ.get("COUNCILWATCH_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'councilwatch.sqlite3'}",
        conn_max_age=int(os.environ.get("COUNCILWATCH_DB_CONN_MAX_AGE", "60")),
    )
}
if os.environ.get("COUNCILWATCH_TEST_DATABASE"):
    # lets two test runs share one PostgreSQL server without dropping each other's test database
    DATABASES["default"]["TEST"] = {"NAME": os.environ["COUNCILWATCH_TEST_DATABASE"]}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets the web server read while a crawl writes; the timeout rides out short write locks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "django.contrib.staticfiles",
    "councilwatch.web.councils",
    "councilwatch.web.search",
    "councilwatch.web.site",
    "councilwatch.web.api",
    "councilwatch.web.feeds",
    "councilwatch.web.subscriptions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "councilwatch.web.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "councilwatch.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
WSGI_APPLICATION = "councilwatch.web.wsgi.application"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("COUNCILWATCH_STATIC_ROOT") or DATA_DIR / "static")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or DATA_DIR / "media")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One process: an in-memory cache. Several web processes: point them at one Redis so a page cached by one
# serves them all (COUNCILWATCH_CACHE_URL=redis://127.0.0.1:6379/1).
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["COUNCILWATCH_CACHE_URL"],
        }
        if os.environ.get("COUNCILWATCH_CACHE_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "councilwatch"}
    )
}
COUNCILWATCH_API_CACHE_SECONDS = int(os.environ.get("COUNCILWATCH_API_CACHE_SECONDS", "0"))

# Crawling
COUNCILWATCH_HOST_GAP = float(os.environ.get("COUNCILWATCH_HOST_GAP", "1.0"))
COUNCILWATCH_FETCH_TIMEOUT = float(os.environ.get("COUNCILWATCH_FETCH_TIMEOUT", "30"))
# Running costs: worker time is priced per hour for the demand planner's budget (docs/operations.md).
COUNCILWATCH_COMPUTE_GBP_PER_HOUR = os.environ.get("COUNCILWATCH_COMPUTE_GBP_PER_HOUR", "0.05")
# Set a bucket to keep raw responses and documents in S3-compatible storage instead of COUNCILWATCH_RAW_DIR
# (credentials from the standard AWS_* environment variables).
COUNCILWATCH_S3_BUCKET = os.environ.get("COUNCILWATCH_S3_BUCKET", "")
COUNCILWATCH_S3_ENDPOINT_URL = os.environ.get("COUNCILWATCH_S3_ENDPOINT_URL", "")
COUNCILWATCH_RAW_DIR = Path(os.environ.get("COUNCILWATCH_RAW_DIR") or MEDIA_ROOT / "raw")

# Email, subscriptions and demand (issue 6). SMTP through Django's email framework; every value from the env.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _flag("EMAIL_USE_TLS")
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "councilwatch <no-reply@localhost>")
COUNCILWATCH_SITE_URL = os.environ.get("COUNCILWATCH_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Messages per second handed to the SMTP server (0 = as fast as it accepts them).
COUNCILWATCH_SEND_RATE = float(os.environ.get("COUNCILWATCH_SEND_RATE", "10"))
COUNCILWATCH_SEND_WORKERS = int(os.environ.get("COUNCILWATCH_SEND_WORKERS", "4"))  # parallel SMTP connections
COUNCILWATCH_MONTHLY_BUDGET_GBP = os.environ.get("COUNCILWATCH_MONTHLY_BUDGET_GBP", "50")
