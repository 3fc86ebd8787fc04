"""Views of the public site, one module per area; every view only reads, except the error report form."""
