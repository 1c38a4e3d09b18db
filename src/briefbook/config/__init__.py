"""Configuration read before anything runs: the params file, issue windows, assessment outlines."""
