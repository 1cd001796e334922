"""Questions about the whole collection: counts, shares, top N, comparisons, per-letter and trends.

    read(question, query, vocabulary) -> CollectionQuery | None    (service.collection.read)
    check(proposal) -> CollectionQuery                              (service.collection.shape)
    run(catalog, cq) -> Result                                      (service.collection.run)
    collection_answer(engine, cq, ...) -> Answer                    (service.collection.compose)

A question is read into an allow-listed structured query (`CollectionQuery`: a shape, the
population as service.filters filters, the part counted, a dimension to rank or trend by), run as
SQL on the catalog with values as parameters only, and answered with its table, the rule in words,
the filters behind every number, and example items cited verbatim. An LLM may propose the query;
it is checked against the same type and filters, and never runs as SQL of its own.
"""
