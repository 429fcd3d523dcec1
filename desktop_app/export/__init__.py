"""Exports: pcapng, hop tables, diagrams, animations."""
