"""`doccheck serve`: a local web page where a plan or a report is uploaded and its results read, and an HTTP API
beside it (Starlette on uvicorn). It calls the same pipelines as the command line; uploads stay in memory.

- ``app``: the routes, the page and the API; ``upload``: multipart parsing into memory, with limits;
  ``security``: Host, token and Origin checks and the security headers; ``pool``: the checker processes;
  ``jobs``: what a checker does with one upload; ``openapi``: the API's description; ``server``: uvicorn.
"""
