"""Legacy FM: the PC plays the day to the transmitter and switches it and the village
receivers on and off — by in-band DTMF codes, a controller on a serial port, RTS/DTR
keying, or by hand. No Qt here; the settings page and live log live in ``studio.ui``."""
