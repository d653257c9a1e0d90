"""Device protocol, MQTT transport, outbox, signing and FM drivers — no Qt."""
