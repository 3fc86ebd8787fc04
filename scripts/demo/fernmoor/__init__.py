"""Hand-written data and writers for the recorded demo council, Fernmoor Borough Council (fictional)."""
