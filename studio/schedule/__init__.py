"""Weekly template, dated exceptions, resolving a day, conflicts, as-run and reports — no Qt."""
