"""Printed documents (PDF, ReportLab), laid out from plain, frozen views.

``services/<area>/printing.py`` reads the book and fills a view declared in
``reports/<area>.py`` (shared pieces in ``views.py``); the area module builds
a :class:`~erp_desktop.reports.document.PdfDocument` from it and calls
:func:`~erp_desktop.reports.document.render_document`. See ``document.py``
for the model, ``domain.formatting`` for numbers and dates, ``fonts.py`` for
the embedded fonts and ``specimen.py`` for an example. No Qt, no SQLAlchemy,
no services, models or db here.
"""
