"""Meeting summaries behind one protocol: the structured engine (default, offline, deterministic) and the
optional LLM engine.  Every sentence either engine publishes has passed ``verify_sentence`` against the
passages it cites; see ``compose.Composer``, the single gate."""
