"""Questions about the whole collection: counts, shares, top N, comparisons, per-letter and trends.

    read(question, vocabulary) -> CollectionQuery | None     (service.collection.read, by rule)
    propose(settings, question, vocabulary) -> ... | None     (service.collection.llm, an LLM's proposal)
    check(proposal) -> CollectionQuery                        (service.collection.shape: the allowed shape)
    run(catalog.query, cq) -> Result                          (service.collection.run: SQL, then arithmetic)
    collection_answer(engine, cq, ...) -> Answer              (service.collection.flow, .compose, .words)

A question is read into an allow-listed structured query (`CollectionQuery`: a shape, the
population as service.filters filters, the part counted, a dimension to rank or trend by), run as
SQL on the catalog with values as parameters only, and answered with its table, the rule in words,
the filters behind every number, and example items cited verbatim. An LLM may propose the query;
it is checked against the same type and filters, and never runs as SQL of its own.
"""
