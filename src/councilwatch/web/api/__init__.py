"""A read-only JSON API under ``/api/v1/`` with an OpenAPI 3.1 document and an Open Civic Data export."""
