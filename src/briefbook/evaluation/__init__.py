"""Evaluation harnesses: score briefbook's stages against expected outputs on a corpus."""
