import os
import tempfile

# Tests never touch a user's real data directory.
os.environ.setdefault("COUNCILWATCH_DATA_DIR", tempfile.mkdtemp(prefix="councilwatch-test-"))
