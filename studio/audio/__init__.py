"""Audio engine: decode/encode, loudness (BS.1770-4), normalization, mixing — numpy, no Qt."""
