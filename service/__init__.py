"""Online voice-shopping NLU service. Never imports torch or pipelines/."""
