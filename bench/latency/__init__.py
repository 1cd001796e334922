"""bench/query_latency.py in parts: the stores it builds, the questions it asks, the load it sends,
the raw baseline it compares with. See bench/query_latency.py for the method."""
