"""Batch checking of school websites: find each school's SEN information report, fetch it politely, check it.

- ``inputs``: the school list (GIAS extract, tidy CSV, or URLs), filters, URL normalisation, school type mapping
- ``discover``: link scoring and choosing the report among candidates (pure functions)
- ``spider``: the Scrapy spider and middlewares (robots.txt, back-off, per-site slots, per-school fingerprints)
- ``coord``: where schools come from and results go (a local list, or Redis for several workers)
- ``results`` and ``dashboard``: results.jsonl / results.csv / index.html
- ``run`` and ``command``: settings, the crawl, and the `doccheck sites` command
"""
