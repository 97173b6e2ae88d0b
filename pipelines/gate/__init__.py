"""Fitting and reporting the translation gate (the policy the service's gate/ module serves)."""
