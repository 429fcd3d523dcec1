"""The packet walk (no Qt): headers, forwarding per device kind, NAT/firewall/routing, the Trace.

``trace(topology, flow) -> Trace`` follows the request; ``converse(topology, flow) -> Trace``
follows the request and its reply (``Trace.reply``, ``Trace.conversation``). The GUI animates
the Trace and the exports write it out.
"""

from .conversation import converse
from .flow import TraceFlow
from .trace import (
    DISPOSITIONS,
    OUTCOMES,
    STEP_TYPES,
    TRACE_FORMAT,
    Hop,
    Outcome,
    RouteUsed,
    Step,
    Trace,
)
from .tracer import FlowRequest, TraceInputError, trace
from .walk import Context

__all__ = [
    "DISPOSITIONS", "OUTCOMES", "STEP_TYPES", "TRACE_FORMAT", "Context", "FlowRequest", "Hop", "Outcome",
    "RouteUsed", "Step", "Trace", "TraceFlow", "TraceInputError", "converse", "trace",
]
