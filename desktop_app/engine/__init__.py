"""The packet walk (no Qt): headers, forwarding per device kind, NAT/firewall/routing, the Trace.

``trace(topology, flow) -> Trace`` is the whole interface; the GUI animates the Trace and
the exports write it out.
"""

from .trace import DISPOSITIONS, STEP_TYPES, TRACE_FORMAT, Hop, Step, Trace
from .tracer import FlowRequest, TraceInputError, trace
from .walk import Context

__all__ = [
    "DISPOSITIONS", "STEP_TYPES", "TRACE_FORMAT", "Context", "FlowRequest", "Hop", "Step",
    "Trace", "TraceInputError", "trace",
]
