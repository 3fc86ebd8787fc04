"""Raw bodies (council pages, XML, PDFs) in an S3-compatible bucket, content-addressed like ``FileRawStore``.

For scale mode: every worker on every machine reads and writes one store, with no shared file system.
Works with any S3 API (AWS, MinIO, Ceph, Cloudflare R2, Backblaze B2 …) through ``endpoint_url``.
Credentials come from the usual AWS environment variables or instance roles, never from settings files.
"""

from __future__ import annotations

from councilwatch.core.fetch.stores import sha256_hex


class S3RawStore:
    def __init__(
        self, bucket: str, *, prefix: str = "raw/", endpoint_url: str | None = None, client=None
    ) -> None:
        if client is None:
            import boto3  # only deployments that use S3 need it (the "scale" extra)

            client = boto3.client("s3", endpoint_url=endpoint_url or None)
        self._s3 = client
        self.bucket = bucket
        self.prefix = prefix

    def _key(self, sha256: str) -> str:
        return f"{self.prefix}{sha256[:2]}/{sha256[2:4]}/{sha256}"

    def put(self, body: bytes) -> str:
        digest = sha256_hex(body)
        key = self._key(digest)
        if not self._exists(key):  # content-addressed: the same body is never uploaded twice
            self._s3.put_object(Bucket=self.bucket, Key=key, Body=body)
        return digest

    def get(self, sha256: str) -> bytes | None:
        try:
            return self._s3.get_object(Bucket=self.bucket, Key=self._key(sha256))["Body"].read()
        except self._s3.exceptions.NoSuchKey:
            return None

    def _exists(self, key: str) -> bool:
        try:
            self._s3.head_object(Bucket=self.bucket, Key=key)
        except self._s3.exceptions.ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True
