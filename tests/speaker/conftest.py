from tests.push.conftest import deployment  # noqa: F401 - the same station and broker
