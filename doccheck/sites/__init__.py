"""Batch checking of school websites: find each school's SEN information report, fetch it politely, check it.

- ``inputs``: the school list (GIAS extract, tidy CSV, or URLs; any encoding and delimiter Excel writes), triage
  of every row (crawl, or skipped with its reason), URL normalisation, school type mapping
- ``discover``: link scoring, sitemaps, judging what a read candidate is, own dates and old versions (pure functions)
- ``checks``: what else a school must publish (SITE- rules with their sources; pure functions)
- ``spider``: the Scrapy spider and middlewares (robots.txt with Crawl-delay, Retry-After, back-off, per-site
  slots, per-school fingerprints, the Local Offer link check)
- ``coord``: where schools come from and results go (a local list, or Redis for several workers)
- ``results`` and ``dashboard``: results.jsonl / results.csv / index.html
- ``run`` and ``command``: settings, the crawl, and the `doccheck sites` command
"""
