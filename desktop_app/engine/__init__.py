"""The packet walk (no Qt): headers, forwarding per device kind, NAT/firewall/routing, the Trace."""
