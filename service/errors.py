"""One error hierarchy; `STATUS` is the one place that maps an error to an HTTP status.

Every error response has the same JSON shape: {"error": <code>, "detail": <what to fix>}.
"""
from __future__ import annotations


class ServiceError(Exception):
    code = "internal_error"

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


class InvalidInput(ServiceError):
    code = "invalid_request"


class PayloadTooLarge(ServiceError):
    code = "payload_too_large"


class UnknownModel(ServiceError):
    code = "unknown_model"


class TaskNotServed(ServiceError):
    code = "task_not_served"


class Overloaded(ServiceError):
    code = "overloaded"


class Unauthorized(ServiceError):
    code = "unauthorized"


class Forbidden(ServiceError):
    code = "forbidden"


class ReloadInProgress(ServiceError):
    code = "reload_in_progress"


class ReloadFailed(ServiceError):
    code = "reload_failed"


class NotReady(ServiceError):
    code = "not_ready"


class PackError(ServiceError):
    """A model pack is missing, malformed, or does not match its manifest."""

    code = "invalid_pack"


STATUS: dict[type[ServiceError], int] = {
    InvalidInput: 422,
    PayloadTooLarge: 413,
    UnknownModel: 404,
    TaskNotServed: 501,
    Overloaded: 429,
    Unauthorized: 401,
    Forbidden: 403,
    ReloadInProgress: 409,
    ReloadFailed: 422,
    NotReady: 503,
    PackError: 500,
}


def status_of(error: ServiceError) -> int:
    for cls in type(error).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def error_body(code: str, detail: str) -> dict:
    return {"error": code, "detail": detail}
