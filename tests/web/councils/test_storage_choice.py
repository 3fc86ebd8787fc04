import pytest

from councilwatch.core.fetch import FileRawStore
from councilwatch.core.fetch.s3store import S3RawStore
from councilwatch.web.councils.crawling import raw_store

pytest.importorskip("boto3")


def test_raw_bodies_go_to_files_unless_a_bucket_is_configured(settings, tmp_path, monkeypatch):
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-2")
    settings.COUNCILWATCH_S3_BUCKET = ""
    settings.COUNCILWATCH_RAW_DIR = tmp_path
    assert isinstance(raw_store(), FileRawStore)
    settings.COUNCILWATCH_S3_BUCKET = "council-documents"
    settings.COUNCILWATCH_S3_ENDPOINT_URL = "http://127.0.0.1:9000"
    store = raw_store()
    assert isinstance(store, S3RawStore) and store.bucket == "council-documents"
