"""Use cases. Each takes a Session first and never commits: the caller owns
the transaction (``book.run(lambda s: service(s, …))``)."""
