"""The reference IP-loudspeaker agent (`studio-speaker`) — no Qt, runs on a Raspberry Pi."""
