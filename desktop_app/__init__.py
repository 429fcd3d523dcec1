"""hybridviz: draw a hybrid-cloud topology and watch a packet cross it, hop by hop."""

__version__ = "0.1.0"
