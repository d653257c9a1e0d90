"""Text-to-speech: Vietnamese text normalization and speech engines — no Qt."""
