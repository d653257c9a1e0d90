"""Station-to-station replication over MQTT — no Qt."""
