"""Block model shared by every document source in this folder.

A document source (one module per document) defines META (a dict) and BLOCKS (a list built with the helpers
below). build.py renders BLOCKS to DOCX, HTML and TXT/MD and derives the label file from META and the section
tags carried by the blocks.

Section tags: H(..., sec="A") opens section A; later blocks belong to it until the next heading that carries
`sec`. sec="-" opens material that is not part of the plan (appendices, advice, contents): its heading text is
recorded in `not_checked` when nc=True (the default for sec="-"). Table columns can carry their own section
(T(..., colsec=[None, "B", "E", "F"])) and single cells can too (C(text, sec="C")).
"""


def H(text, level=1, sec=None, num=None, nc=None, html=None, docx=None):
    """Heading. num: the number or letter that Word list numbering prints before the text (docx carries only
    `text`; the other formats print `num text`). html/docx override the document's heading style."""
    return {"t": "h", "text": text, "level": level, "sec": sec, "num": num,
            "nc": (sec == "-") if nc is None else nc, "html": html, "docx": docx}


def P(text, lead=None, sec=None, style=None):
    """Paragraph. lead: a bold lead-in ("Who: ") printed before the text."""
    return {"t": "p", "text": text, "lead": lead, "sec": sec, "style": style}


def UL(*items, sec=None):
    """Bulleted list. An item is a string or (string, [sub-items])."""
    return {"t": "ul", "items": list(items), "sec": sec}


def OL(*items, sec=None):
    return {"t": "ol", "items": list(items), "sec": sec}


def C(text, heading=False, sec=None, span=1):
    """Table cell. text may be a list of paragraphs. heading=True: a heading printed inside the cell."""
    return {"t": "cell", "text": text, "heading": heading, "sec": sec, "span": span}


def T(rows, header=None, colsec=None, repeat_header=False, widths=None, sec=None, kv=False):
    """Table. rows: lists of strings or C(...). header: list of header strings (rendered as <th>)."""
    return {"t": "table", "rows": rows, "header": header, "colsec": colsec, "repeat": repeat_header,
            "widths": widths, "sec": sec, "kv": kv}


def KV(*pairs, sec=None):
    """Two-column details table (label | value), no header row."""
    return T([[a, b] for a, b in pairs], kv=True, sec=sec)


def DL(*pairs, sec=None):
    """Definition list (HTML <dl>)."""
    return {"t": "dl", "pairs": list(pairs), "sec": sec}


def TOC(title, *entries):
    """A typed contents list: (label, page) pairs under a heading `title` (recorded as not checked)."""
    return {"t": "toc", "title": title, "entries": list(entries)}


def BANNER(text):
    return {"t": "banner", "text": text}


def TITLE(text, sub=None):
    return {"t": "title", "text": text, "sub": sub}


def PB():
    return {"t": "pb"}


def COLS(n):
    """DOCX only: the following blocks are set in n columns (a continuous section break)."""
    return {"t": "cols", "n": n}


def TRACK(before, ins, dele, after, sec=None):
    """A paragraph with a tracked insertion (read) and a tracked deletion (not read) in the DOCX."""
    return {"t": "track", "before": before, "ins": ins, "dele": dele, "after": after, "sec": sec}


def END():
    """Ends the current section without a heading (for example before a signature block)."""
    return {"t": "end"}
