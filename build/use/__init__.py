"""use stage."""
