"""The meetings of the demo council, one module per committee, written by hand."""
