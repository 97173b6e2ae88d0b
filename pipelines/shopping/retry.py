"""The one signal a rendering step gives when a draw cannot be said ("two rice", "um par de
bermudas"): the renderer catches it and draws again. Its own module so that lexicons can raise it
without importing the renderer, which imports them."""


class Retry(Exception):
    """This combination of template and values cannot be said; draw again."""
